import { fail, ok, type ParseResult } from "./result.js";

/** What a `metric: threshold` limit measures; a column's unit must be of the same dimension. */
export type LimitDimension = "duration" | "bytes" | "percent" | "number";

/**
 * The units a `limit` (and a target's `unit`, the unit of the column's numbers) may carry
 * (docs/measurement.md "Units"), with base units per unit: durations in ms, sizes in bytes
 * (KB/MB/GB decimal as on disks, KiB/MiB/GiB binary), percent, and plain numbers.
 */
export const LIMIT_UNITS: Readonly<Record<string, { dimension: LimitDimension; factor: number }>> = {
  ms: { dimension: "duration", factor: 1 },
  s: { dimension: "duration", factor: 1000 },
  m: { dimension: "duration", factor: 60_000 },
  h: { dimension: "duration", factor: 3_600_000 },
  "%": { dimension: "percent", factor: 1 },
  B: { dimension: "bytes", factor: 1 },
  KB: { dimension: "bytes", factor: 1e3 },
  MB: { dimension: "bytes", factor: 1e6 },
  GB: { dimension: "bytes", factor: 1e9 },
  TB: { dimension: "bytes", factor: 1e12 },
  KiB: { dimension: "bytes", factor: 1024 },
  MiB: { dimension: "bytes", factor: 1024 ** 2 },
  GiB: { dimension: "bytes", factor: 1024 ** 3 },
  TiB: { dimension: "bytes", factor: 1024 ** 4 },
};

/** A limit as written: its number, its unit (absent: a plain number) and what it measures. */
export interface Limit {
  amount: number;
  unit?: string;
  dimension: LimitDimension;
  /** Base units (ms, bytes, percent, 1) per unit. */
  factor: number;
  text: string;
}

const LIMIT = /^(-?\d+(?:\.\d+)?)\s*([A-Za-z%]*)$/;

export function parseLimit(input: unknown): ParseResult<Limit> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail(`${input} is not a finite number`);
    return ok({ amount: input, dimension: "number", factor: 1, text: String(input) });
  }
  if (typeof input !== "string")
    return fail("expected a number with an optional unit, e.g. 20GB, 80%, 500ms");
  const text = input.trim();
  const m = LIMIT.exec(text);
  if (!m) return fail(`"${text}" is not a number with an optional unit (e.g. 20GB, 80%, 500ms, 1000)`);
  const amount = Number(m[1]);
  const unit = m[2]!;
  if (unit === "") return ok({ amount, dimension: "number", factor: 1, text });
  const known = LIMIT_UNITS[unit];
  if (!known) return fail(`"${unit}" is not a unit of a limit (${Object.keys(LIMIT_UNITS).join(", ")})`);
  return ok({ amount, unit, dimension: known.dimension, factor: known.factor, text });
}

/** A column's unit (`unit:` on a threshold target): one of LIMIT_UNITS, or `number` for plain numbers. */
export function parseColumnUnit(input: unknown): ParseResult<{ dimension: LimitDimension; factor: number }> {
  if (input === "number") return ok({ dimension: "number", factor: 1 });
  const known = typeof input === "string" ? LIMIT_UNITS[input.trim()] : undefined;
  if (!known)
    return fail(`"${String(input)}" is not a unit (${[...Object.keys(LIMIT_UNITS), "number"].join(", ")})`);
  return ok(known);
}
