import type { DiffResult } from "../../diff/diff-result.js";

/** SPEC §9: `{ base, head, changes: [ { kind, name, target, field, from, to, direction } ], coverage: [ … ] }`. */
export function formatDiffJson(result: DiffResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
