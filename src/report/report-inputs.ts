import { compareStrings } from "../core/compare.js";
import { type Agreement, CALENDAR_24X7 } from "../core/model.js";
import { improvementsOf } from "../lifecycle/improvement-register.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { ReportContext } from "./report-context.js";
import type { ReportModel } from "./report-model.js";

/** Every file the report's figures depend on, with its SHA-256 (SPEC §6): agreement, service, calendars, improvements, sources, exports. */
export function reportInputs(
  ctx: ReportContext,
  agreement: Agreement,
  evaluated: readonly EvaluatedTarget[],
): ReportModel["inputs"] {
  const files = new Map<string, string>();
  const add = (file: string | undefined) => {
    if (file !== undefined) files.set(file, ctx.fileHashes.get(file) ?? "");
  };
  add(agreement.origin.file);
  // The templates it inherits from are as much its terms as its own file (SPEC §21).
  for (const t of agreement.templates ?? []) add(t.origin.file);
  add(ctx.model.services.get(agreement.service)?.origin.file);
  for (const name of new Set([agreement.calendar, ...agreement.targets.map((t) => t.calendar)])) {
    if (name !== CALENDAR_24X7 || ctx.model.calendars.has(name))
      add(ctx.model.calendars.get(name)?.origin.file);
  }
  // The Improvements its "Service improvement" section lists are part of what it says (SPEC §15).
  for (const i of improvementsOf(ctx.model, agreement)) add(i.origin.file);
  for (const e of evaluated) {
    if (e.m.source === null) continue;
    add(ctx.model.dataSources.get(e.m.source)?.origin.file);
    for (const f of ctx.engine.sourceData(e.m.source)?.files ?? []) files.set(f.file, f.sha256);
  }
  return [...files.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([file, sha256]) => ({ file, sha256 }));
}
