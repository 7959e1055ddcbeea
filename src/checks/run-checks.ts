import { withPreset } from "../core/data-source-presets.js";
import { type Diagnostic, SEVERITY_RANK, type Severity } from "../core/diagnostic.js";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../core/diagnostic-codes.js";
import type { Kind } from "../core/model.js";
import type { CalendarDate } from "../core/values/date.js";
import { dateFromParts } from "../core/values/date.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import { type CheckContext, type NamedDocument, toDiagnostic } from "./check.js";
import { CHECKS } from "./index.js";

export interface CheckInput {
  doc: LoadedDocument;
  kind: Kind;
  value: Record<string, unknown>;
  valid: boolean;
}

/** Layer 2: runs every semantic check over the documents that have a valid envelope. */
export function runChecks(
  inputs: readonly CheckInput[],
  now: Date,
  minSeverity: Severity = "info",
  /** The level each code's findings have in this repository (the config may change warnings). */
  levelOf: (code: DiagnosticCode) => Severity | "off" = (code) => DIAGNOSTIC_CODES[code].severity,
): Diagnostic[] {
  const named: NamedDocument[] = [];
  const valid: NamedDocument[] = [];
  const names = new Map<Kind, Map<string, NamedDocument>>();
  for (const input of inputs) {
    const metadata = input.value.metadata as { name?: unknown } | undefined;
    if (typeof metadata?.name !== "string") continue;
    const spec = input.value.spec;
    const d: NamedDocument = {
      doc: input.doc,
      kind: input.kind,
      name: metadata.name,
      // Checks see a DataSource as it will be read: with its preset's settings filled in.
      spec:
        input.kind === "DataSource" && input.valid && spec && typeof spec === "object"
          ? withPreset(spec as Record<string, unknown>)
          : spec,
    };
    named.push(d);
    if (input.valid) valid.push(d);
    const byName = names.get(d.kind) ?? new Map<string, NamedDocument>();
    names.set(d.kind, byName);
    if (!byName.has(d.name)) byName.set(d.name, d);
  }
  const diagnostics: Diagnostic[] = [];
  const ctx: CheckContext = {
    valid,
    named,
    names,
    today: utcDate(now),
    report: (at, finding) => {
      const level = levelOf(finding.code);
      if (level !== "off" && SEVERITY_RANK[level] >= SEVERITY_RANK[minSeverity])
        diagnostics.push(toDiagnostic(at, finding, level));
    },
  };
  for (const check of CHECKS) check(ctx);
  return diagnostics;
}

function utcDate(now: Date): CalendarDate {
  return dateFromParts(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}
