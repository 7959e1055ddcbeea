import { DAY_MS } from "../core/units.js";
import { englishText } from "../text/locale-text.js";
import { isoInstant } from "../text/local-time.js";
import { describeNoteFact, type NoteFact } from "../text/note-facts.js";
import { periodInstants } from "../time/period.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { ReportContext } from "./report-context.js";
import type { DataQuality } from "./report-model.js";

const MONTH_MS = 31 * DAY_MS;

/** What the reader should know about the data behind the figures (SPEC §6 "data quality notes"). */
export function dataQuality(
  ctx: ReportContext,
  evaluated: readonly EvaluatedTarget[],
  zone: string,
): DataQuality {
  const sources = [
    ...new Set(evaluated.map((e) => e.m.source).filter((s): s is string => s !== null)),
  ].sort();
  const notes: NoteFact[] = [];
  const skipped = sources.flatMap((name) => ctx.engine.sourceData(name)?.skipped ?? []);
  const periodEnd = periodInstants(ctx.period, zone).end;
  for (const name of sources) {
    const data = ctx.engine.sourceData(name);
    if (!data) continue;
    notes.push(...data.notes.map((text): NoteFact => ({ kind: "text", text })));
    // Outage logs and ticket exports cannot tell "nothing happened" from "not exported yet": a
    // period reaching a month or more past the newest record is probably not covered by the data.
    if (
      (data.type === "outages" || data.type === "tickets") &&
      data.latest !== null &&
      data.latest < periodEnd - MONTH_MS
    ) {
      notes.push({ kind: "stale-source", source: name, newest: isoInstant(data.latest).slice(0, 10) });
    }
    if (data.duplicates > 0) notes.push({ kind: "replaced-rows", source: name, rows: data.duplicates });
  }
  for (const e of evaluated) {
    if (e.m.problem) notes.push({ kind: "unmeasured", target: e.target.name, problem: e.m.problem });
    const open = e.m.outages.filter((o) => o.end === null).length;
    if (open > 0 && e.target.metric === "availability") {
      notes.push({ kind: "open-outages", target: e.target.name, outages: open });
    }
    for (const w of e.spans.windows) {
      if (!w.provisional) continue;
      notes.push({ kind: "window-running", target: e.target.name, window: e.target.window, label: w.label });
    }
  }
  notes.push(...holidayNotes(ctx, evaluated, zone));
  const en = englishText();
  return {
    skipped,
    unknownTime: evaluated
      .filter((e) => e.m.unknownMs !== null && e.m.unknownMs > 0)
      .map((e) => ({ target: e.target.name, seconds: e.m.unknownMs! / 1000 })),
    pending: evaluated
      .filter((e) => (e.m.pending ?? 0) > 0)
      .map((e) => ({ target: e.target.name, count: e.m.pending! })),
    notes: notes.map((n) => describeNoteFact(n, en)),
    noteFacts: notes,
  };
}

/** Calendars whose holiday library lacks a year of the period: their holidays are missing (SPEC §11). */
function holidayNotes(ctx: ReportContext, evaluated: readonly EvaluatedTarget[], zone: string): NoteFact[] {
  const { start, end } = periodInstants(ctx.period, zone);
  const notes: NoteFact[] = [];
  for (const name of [...new Set(evaluated.map((e) => e.target.calendar))].sort()) {
    const gaps = ctx.engine.calendar(name, zone).holidayGaps(start, end);
    if (!gaps || gaps.years.length === 0) continue;
    notes.push({ kind: "holiday-gap", calendar: name, source: gaps.source, years: [...gaps.years] });
  }
  return notes;
}
