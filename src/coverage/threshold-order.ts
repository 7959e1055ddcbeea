import type { Agreement, Model, Target, ThresholdComparison as LimitTest } from "../core/model.js";
import { DAY_MS, MINUTE_MS } from "../core/units.js";
import { formatEpochDay } from "../core/values/date.js";
import { durationSyntax } from "../core/values/duration.js";
import { agreementZone } from "../time/agreement-zone.js";
import { calendarFromModel } from "../time/business-calendar.js";
import { utcToWall } from "../time/zone.js";
import { MAX_DAYS, windowEndDay } from "./hours-containment.js";

/** A target's threshold as its agreement states it, with the agreement for the calendar's zone. */
export interface ThresholdOf {
  agreement: Agreement;
  target: Target;
}

/**
 * How a supporting threshold relates to the SLA's: `exact` with `looser` when the two can be
 * compared, or why not. Two durations always compare; two business-day thresholds on the same
 * calendar compare by their day counts; otherwise a business-day threshold is turned into hours,
 * which is exact only when every service day of its calendar over the SLA term has the same hours
 * (then n bd is n × that day's service time whatever the time of day the clock starts: what the
 * first day leaves the last day takes). A calendar with part-day holidays, a short working day,
 * or a day that DST lengthens inside its hours has no such length, and the reason says so.
 */
export type ThresholdOrder =
  | { exact: true; looser: boolean; supporting: string; sla: string }
  | { exact: false; why: string; supporting: string; sla: string };

export type ThresholdComparison = (supporting: ThresholdOf, sla: ThresholdOf) => ThresholdOrder | undefined;

type DayLength = { ms: number; text: string } | { why: string; text: string };

export function createThresholdComparison(model: Model): ThresholdComparison {
  const lengths = new Map<string, DayLength>();

  const dayLength = (of: ThresholdOf, term: Agreement["term"]): DayLength => {
    const zone = agreementZone(model, of.agreement);
    const key = `${of.target.calendar}|${zone}|${term.start.day}|${term.end?.day ?? ""}`;
    let found = lengths.get(key);
    if (!found) {
      found = serviceDayLength(model, of.target.calendar, zone, term);
      lengths.set(key, found);
    }
    return found;
  };

  return (supporting, sla) => {
    const s = supporting.target;
    const t = sla.target;
    if (s.compare || t.compare) return limitOrder(s.compare, t.compare);
    if (
      (s.threshold === undefined && s.businessDays === undefined) ||
      (t.threshold === undefined && t.businessDays === undefined)
    )
      return undefined;
    if (s.businessDays === undefined && t.businessDays === undefined) {
      return { exact: true, looser: s.threshold! > t.threshold!, supporting: label(s), sla: label(t) };
    }
    const sameDays =
      s.businessDays !== undefined &&
      t.businessDays !== undefined &&
      s.calendar === t.calendar &&
      agreementZone(model, supporting.agreement) === agreementZone(model, sla.agreement);
    if (sameDays)
      return { exact: true, looser: s.businessDays! > t.businessDays!, supporting: label(s), sla: label(t) };
    const term = sla.agreement.term;
    const inHours = (of: ThresholdOf): { ms: number; text: string } | { why: string; text: string } => {
      if (of.target.businessDays === undefined) return { ms: of.target.threshold!, text: label(of.target) };
      const day = dayLength(of, term);
      if ("why" in day) return { why: day.why, text: `${label(of.target)} (calendar ${of.target.calendar})` };
      const ms = of.target.businessDays * day.ms;
      return {
        ms,
        text: `${label(of.target)} (= ${durationSyntax(ms)} of calendar ${of.target.calendar}, ${day.text} a day)`,
      };
    };
    const a = inHours(supporting);
    const b = inHours(sla);
    if ("why" in a) return { exact: false, why: a.why, supporting: a.text, sla: b.text };
    if ("why" in b) return { exact: false, why: b.why, supporting: a.text, sla: b.text };
    return { exact: true, looser: a.ms > b.ms, supporting: a.text, sla: b.text };
  };
}

/**
 * Two threshold targets' tests (SPEC §22): the supporting one is at least as strict when it
 * compares the same field in the same direction with a limit no easier to meet — a lower bound
 * (≥, >) no lower, an upper bound (≤, <) no higher, and at the same limit a strict op where the
 * SLA's is strict. Opposite directions or different fields do not compare.
 */
export function limitOrder(s: LimitTest | undefined, t: LimitTest | undefined): ThresholdOrder | undefined {
  if (!s || !t) return undefined;
  const supporting = limitLabel(s);
  const sla = limitLabel(t);
  if (s.field !== t.field)
    return { exact: false, why: `it compares ${s.field}, not ${t.field}`, supporting, sla };
  if (s.dimension !== t.dimension)
    return {
      exact: false,
      why: `its limit is a ${s.dimension}, the SLA's a ${t.dimension}`,
      supporting,
      sla,
    };
  const lower = (op: string) => op === ">=" || op === ">";
  if (lower(s.op) !== lower(t.op))
    return { exact: false, why: "it bounds the value from the other side", supporting, sla };
  const strict = (op: string) => op === ">" || op === "<";
  const looser =
    s.limit === t.limit ? strict(t.op) && !strict(s.op) : lower(t.op) ? s.limit < t.limit : s.limit > t.limit;
  return { exact: true, looser, supporting, sla };
}

function limitLabel(c: LimitTest): string {
  return `${c.field} ${c.op} ${c.limitText}`;
}

function label(t: Target): string {
  return t.thresholdText ?? durationSyntax(t.threshold ?? 0);
}

/**
 * The service time of every service day of a calendar over the SLA term (up to ten years, as
 * hours containment), when all its service days have the same windows; else why not.
 */
function serviceDayLength(model: Model, name: string, zone: string, term: Agreement["term"]): DayLength {
  const calendar = calendarFromModel(model, name, zone);
  const firstDay = term.start.day;
  const endDay = Math.min(firstDay + MAX_DAYS, windowEndDay(model, [name], term));
  const tz = calendar.timezone;
  const patterns = new Map<string, { ms: number; first: number; count: number }>();
  for (let day = firstDay; day < endDay; day++) {
    const windows = calendar.dayWindows(day);
    if (windows.length === 0) continue;
    let ms = 0;
    const parts: string[] = [];
    for (let i = 0; i < windows.length; i += 2) {
      ms += windows[i + 1]! - windows[i]!;
      parts.push(
        `${(utcToWall(tz, windows[i]!) - day * DAY_MS) / MINUTE_MS}+${windows[i + 1]! - windows[i]!}`,
      );
    }
    const key = parts.join(",");
    const seen = patterns.get(key);
    if (seen) seen.count++;
    else patterns.set(key, { ms, first: day, count: 1 });
  }
  if (patterns.size === 0) return { why: `calendar ${name} has no service day in the SLA term`, text: "" };
  const ranked = [...patterns.values()].sort((x, y) => y.count - x.count || x.first - y.first);
  const usual = ranked[0]!;
  if (ranked.length === 1) return { ms: usual.ms, text: durationSyntax(usual.ms) };
  const odd = ranked.slice(1).sort((x, y) => x.first - y.first)[0]!;
  const oddText = durationSyntax(odd.ms);
  const usualText = durationSyntax(usual.ms);
  const how =
    oddText === usualText
      ? `other hours than the usual ${usualText}`
      : `${oddText} against the usual ${usualText}`;
  return {
    why: `the service days of calendar ${name} are not all alike (${formatEpochDay(odd.first)} has ${how}), so a business day has no fixed length`,
    text: "",
  };
}
