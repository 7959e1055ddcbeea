/** Value parsers return a result instead of throwing: a bad value is a finding, not an exception. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T>(error: string): ParseResult<T> => ({ ok: false, error });

/** For code paths that run after validation, where a bad value is a programming error. */
export function unwrap<T>(result: ParseResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error}`);
  return result.value;
}
