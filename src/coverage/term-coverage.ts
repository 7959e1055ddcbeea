import type { Agreement } from "../core/model.js";
import { shiftDate } from "../core/values/calendar-interval.js";
import { type CalendarDate, formatEpochDay } from "../core/values/date.js";

/** An inclusive range of epoch days; `to` is Infinity for an open end. */
export type DayRange = [number, number];

type Term = Agreement["term"];

export function termRange(term: Term): DayRange {
  return [term.start.day, term.end?.day ?? Number.POSITIVE_INFINITY];
}

/**
 * The days of the SLA term that no supporting agreement's term covers. Terms are whole days,
 * inclusive at both ends (SPEC §3), so a UC ending 2024-12-31 and its successor starting
 * 2025-01-01 leave no gap.
 */
export function uncoveredTermDays(sla: Term, supporting: readonly Term[]): DayRange[] {
  const covered = supporting.map(termRange).sort((a, b) => a[0] - b[0]);
  const [start, end] = termRange(sla);
  const out: DayRange[] = [];
  let cursor = start;
  for (const [s, e] of covered) {
    if (cursor > end) break;
    if (e < cursor) continue;
    if (s > cursor) out.push([cursor, Math.min(s - 1, end)]);
    cursor = Math.max(cursor, e + 1);
  }
  // An open-ended supporting term leaves the cursor at infinity: nothing after it is uncovered.
  if (cursor <= end && cursor !== Number.POSITIVE_INFINITY) out.push([cursor, end]);
  return out;
}

export function formatDayRange([from, to]: DayRange): string {
  if (to === Number.POSITIVE_INFINITY) return `${formatEpochDay(from)} onwards`;
  return from === to ? formatEpochDay(from) : `${formatEpochDay(from)}..${formatEpochDay(to)}`;
}

export function formatTerm(term: Term): string {
  return term.end ? `${term.start.text}..${term.end.text}` : `${term.start.text} onwards`;
}

/**
 * The last day to give notice on a contract with a notice period: term end − notice period.
 * Undefined for an open-ended term or a contract without a notice period (nothing to miss).
 */
export function noticeDeadline(agreement: Agreement): CalendarDate | undefined {
  if (deadlines.has(agreement)) return deadlines.get(agreement);
  const notice = agreement.contract?.noticePeriod;
  const deadline = notice && agreement.term.end ? shiftDate(agreement.term.end, notice, -1) : undefined;
  deadlines.set(agreement, deadline);
  return deadline;
}

/** One UC supports many SLA targets: its deadline is computed once. */
const deadlines = new WeakMap<Agreement, CalendarDate | undefined>();

/** SPEC §5: a notice deadline before the SLA term ends is a warning (the SLA outlives the decision). */
export function noticeFallsInsideSla(deadline: CalendarDate, sla: Term): boolean {
  return sla.end === undefined || deadline.day < sla.end.day;
}
