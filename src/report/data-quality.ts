import { compareStrings } from "../core/compare.js";
import { DAY_MS } from "../core/units.js";
import { isoInstant } from "../text/local-time.js";
import { periodInstants } from "../time/period.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { ReportContext } from "./report-context.js";
import type { DataQuality, PausedTickets } from "./report-model.js";

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
  const notes: string[] = [];
  const skipped = sources.flatMap((name) => ctx.engine.sourceData(name)?.skipped ?? []);
  const periodEnd = periodInstants(ctx.period, zone).end;
  for (const name of sources) {
    const data = ctx.engine.sourceData(name);
    if (!data) continue;
    notes.push(...data.notes);
    // Outage logs and ticket exports cannot tell "nothing happened" from "not exported yet": a
    // period reaching a month or more past the newest record is probably not covered by the data.
    if (
      (data.type === "outages" || data.type === "tickets") &&
      data.latest !== null &&
      data.latest < periodEnd - MONTH_MS
    ) {
      notes.push(
        `${name}: the newest record is from ${isoInstant(data.latest).slice(0, 10)}, more than a month before the period ends; time after it is counted as if nothing happened`,
      );
    }
    if (data.duplicates > 0)
      notes.push(
        `${name}: ${data.duplicates} ${data.duplicates === 1 ? "row" : "rows"} replaced by a row with the same id (dedupe)`,
      );
  }
  for (const e of evaluated) {
    if (e.m.problem) notes.push(`${e.target.name}: ${e.m.problem}`);
    const open = e.m.outages.filter((o) => o.end === null).length;
    if (open > 0 && e.target.metric === "availability") {
      notes.push(
        `${e.target.name}: ${open} outage${open === 1 ? "" : "s"} without an end counted as still down (until the as-of time, else the generation time)`,
      );
    }
    for (const w of e.spans.windows) {
      if (!w.provisional) continue;
      notes.push(
        `${e.target.name}: the ${e.target.window} ${w.label} is still running; figures so far (from its start to the end of the period), its credit is not due yet`,
      );
    }
  }
  notes.push(...holidayNotes(ctx, evaluated, zone));
  return {
    skipped,
    unknownTime: evaluated
      .filter((e) => e.m.unknownMs !== null && e.m.unknownMs > 0)
      .map((e) => ({ target: e.target.name, seconds: e.m.unknownMs! / 1000 })),
    pending: evaluated
      .filter((e) => (e.m.pending ?? 0) > 0)
      .map((e) => ({ target: e.target.name, count: e.m.pending! })),
    paused: pausedTickets(evaluated),
    notes,
  };
}

/** Per source, the resolution targets' paused tickets and time (SPEC §23 "the report notes, per source"). */
function pausedTickets(evaluated: readonly EvaluatedTarget[]): PausedTickets[] {
  const bySource = new Map<string, PausedTickets>();
  for (const e of evaluated) {
    const paused = e.m.paused;
    if (paused === null || paused.tickets === 0 || e.m.source === null) continue;
    let entry = bySource.get(e.m.source);
    if (!entry) {
      entry = { source: e.m.source, tickets: 0, seconds: 0, targets: [] };
      bySource.set(e.m.source, entry);
    }
    entry.tickets += paused.tickets;
    entry.seconds += paused.ms / 1000;
    entry.targets.push({ target: e.target.name, tickets: paused.tickets, seconds: paused.ms / 1000 });
  }
  return [...bySource.values()].sort((a, b) => compareStrings(a.source, b.source));
}

/** Calendars whose holiday library lacks a year of the period: their holidays are missing (SPEC §11). */
function holidayNotes(ctx: ReportContext, evaluated: readonly EvaluatedTarget[], zone: string): string[] {
  const { start, end } = periodInstants(ctx.period, zone);
  const notes: string[] = [];
  for (const name of [...new Set(evaluated.map((e) => e.target.calendar))].sort()) {
    const gaps = ctx.engine.calendar(name, zone).holidayGaps(start, end);
    if (!gaps || gaps.years.length === 0) continue;
    const years = gaps.years.join(", ");
    notes.push(
      `calendar ${name}: ${gaps.source} has no holiday data for ${years}; public holidays and make-up working days of ${gaps.years.length === 1 ? "that year" : "those years"} are not applied`,
    );
  }
  return notes;
}
