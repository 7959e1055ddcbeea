import { fullMessage } from "../../core/diagnostic.js";
import type { ValidationResult } from "../../model/validation-result.js";
import type { Formatter } from "../formatter.js";
import { Fingerprints } from "./fingerprint.js";

/** GitLab's levels are Code Climate's: info, minor, major, critical, blocker. */
const SEVERITY = { error: "major", warning: "minor", info: "info" } as const;

/**
 * GitLab Code Quality (the Code Climate subset GitLab reads: `description`, `check_name`,
 * `fingerprint`, `severity`, `location.path`, `location.lines.begin`), shown in the merge request
 * widget and diff when a job uploads it as `artifacts: reports: codequality`. Paths are relative
 * to the git work-tree root, as GitLab matches them against the diff.
 */
export const gitlab: Formatter<ValidationResult> = (result, ctx) => {
  const fingerprints = new Fingerprints();
  const issues = result.diagnostics.map((d) => ({
    description: `${fullMessage(d)} (${d.code})`,
    check_name: d.code,
    fingerprint: fingerprints.of(d),
    severity: SEVERITY[d.severity],
    location: { path: `${ctx.workTreePrefix ?? ""}${d.file}`, lines: { begin: d.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
