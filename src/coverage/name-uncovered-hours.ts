import { formatEpochDay, weekdayOfEpochDay } from "../core/values/date.js";
import { formatTimeOfDay } from "../core/values/time-of-day.js";
import type { IntervalSet } from "../time/interval-set.js";
import { type MinuteRanges, piecesByLocalDay, rangesKey, subtractRanges } from "../time/local-day-pieces.js";

/** Dates with the same extra uncovered hours; `ranges` is undefined for "all day". */
interface Deviation {
  days: number[];
  ranges?: MinuteRanges;
}

/** Display order: the week starts on Monday. Index 0 = mon … 6 = sun. */
const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WEEK_MINUTES = 7 * 1440;
/** Beyond this many one-off date items the rest is counted, not listed. */
const MAX_DATE_ITEMS = 8;

const displayIndex = (epochDay: number): number => (weekdayOfEpochDay(epochDay) + 6) % 7;

/**
 * Names uncovered service hours in the SLA calendar's local time, e.g.
 * `mon-fri 18:00-08:00, sat-sun all day, 2026-12-24 all day`.
 *
 * Two layers, so that a DST week or a holiday does not garble the weekly picture:
 * 1. The weekly pattern: for each weekday, the uncovered minutes that hold on more than half of
 *    that weekday's dates in the window (days [firstDay, endDay) local).
 * 2. One-off dates: dates with more uncovered than their weekday's pattern, naming only the
 *    extra hours, or "all day" when none of the SLA's service hours that date is covered. Dates with less
 *    uncovered than the pattern (an SLA holiday) are not listed.
 */
export function nameUncoveredHours(
  uncovered: IntervalSet,
  slaOpen: IntervalSet,
  timezone: string,
  firstDay: number,
  endDay: number,
): string {
  const gaps = piecesByLocalDay(uncovered, timezone);
  const open = piecesByLocalDay(slaOpen, timezone);

  const pattern: MinuteRanges[] = [];
  for (let i = 0; i < 7; i++) pattern.push(weekdayPattern(gaps, firstDay, endDay, i));

  const deviations = new Map<string, Deviation>();
  const extras = new Map<number, MinuteRanges>();
  for (const [day, ranges] of [...gaps].sort((a, b) => a[0] - b[0])) {
    const extra = subtractRanges(ranges, pattern[displayIndex(day)]!);
    if (extra.length === 0) continue;
    extras.set(day, extra);
    // A day whose every service hour is uncovered (a holiday of the supporting calendar) reads
    // better as "all day" than as the hours the weekly pattern leaves over.
    const allDay = rangesKey(ranges) === rangesKey(open.get(day));
    const label = allDay ? "all day" : formatRanges(extra);
    const entry = deviations.get(label);
    if (entry) entry.days.push(day);
    else deviations.set(label, { days: [day], ranges: allDay ? undefined : extra });
  }

  const parts = [...describeWeek(pattern), ...describeDates(deviations, extras)];
  return parts.join(", ");
}

function weekdayPattern(
  gaps: Map<number, MinuteRanges>,
  firstDay: number,
  endDay: number,
  index: number,
): MinuteRanges {
  const counts = new Map<string, { count: number; ranges: MinuteRanges }>();
  let occurrences = 0;
  for (let day = firstDay; day < endDay; day++) {
    if (displayIndex(day) !== index) continue;
    occurrences++;
    const ranges = gaps.get(day) ?? [];
    const key = rangesKey(ranges);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { count: 1, ranges });
  }
  for (const { count, ranges } of counts.values()) if (count * 2 > occurrences) return ranges;
  return [];
}

/** The weekly pattern, merged around the clock (and from Sunday into Monday), grouped by label. */
function describeWeek(pattern: MinuteRanges[]): string[] {
  const week: [number, number][] = [];
  pattern.forEach((ranges, i) => {
    for (const [s, e] of ranges) {
      const last = week[week.length - 1];
      if (last && last[1] === i * 1440 + s) last[1] = i * 1440 + e;
      else week.push([i * 1440 + s, i * 1440 + e]);
    }
  });
  if (week.length === 0) return [];
  if (week.length === 1 && week[0]![0] === 0 && week[0]![1] === WEEK_MINUTES) return ["mon-sun all day"];
  // Sunday night running into Monday morning is one stretch.
  const first = week[0]!;
  const last = week[week.length - 1]!;
  if (week.length > 1 && first[0] === 0 && last[1] === WEEK_MINUTES) {
    last[1] = WEEK_MINUTES + first[1];
    week.shift();
  }

  const items: Array<{ day: number; from: number; label: string }> = [];
  const add = (day: number, from: number, label: string): void => {
    items.push({ day: day % 7, from, label });
  };
  for (const [s, e] of week) {
    const headDay = Math.floor(s / 1440);
    const from = s % 1440;
    const tailDay = Math.floor(e / 1440);
    const to = e % 1440;
    if (headDay === tailDay) {
      add(headDay, from, `${formatTimeOfDay(from)}-${formatTimeOfDay(to)}`);
      continue;
    }
    let fullFrom = headDay;
    if (from > 0 && to > 0 && to < from) {
      // An overnight stretch, read as "18:00 until 08:00 the next service morning".
      add(headDay, from, `${formatTimeOfDay(from)}-${formatTimeOfDay(to)}`);
      fullFrom = headDay + 1;
    } else {
      if (from > 0) {
        add(headDay, from, `${formatTimeOfDay(from)}-24:00`);
        fullFrom = headDay + 1;
      }
      if (to > 0) add(tailDay, 0, `00:00-${formatTimeOfDay(to)}`);
    }
    for (let d = fullFrom; d < tailDay; d++) add(d, 0, "all day");
  }

  // Group by label; labels sharing the same set of days are joined with "and".
  const byLabel = new Map<string, { days: Set<number>; day: number; from: number }>();
  for (const item of items) {
    const g = byLabel.get(item.label);
    if (g) {
      g.days.add(item.day);
      if (item.day < g.day || (item.day === g.day && item.from < g.from)) Object.assign(g, item);
    } else {
      byLabel.set(item.label, { days: new Set([item.day]), day: item.day, from: item.from });
    }
  }
  const groups = [...byLabel].sort((a, b) => a[1].day - b[1].day || a[1].from - b[1].from);
  const byDays = new Map<string, string[]>();
  for (const [label, g] of groups) {
    const days = formatDays([...g.days].sort((a, b) => a - b));
    const labels = byDays.get(days);
    if (labels) labels.push(label);
    else byDays.set(days, [label]);
  }
  return [...byDays].map(([days, labels]) => `${days} ${labels.join(" and ")}`);
}

/** Consecutive weekdays as ranges: [0,1,2,3,4] → "mon-fri", [0,2] → "mon, wed". */
function formatDays(days: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    runs.push(j === i ? DAY_NAMES[days[i]!]! : `${DAY_NAMES[days[i]!]}-${DAY_NAMES[days[j]!]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

function formatRanges(ranges: MinuteRanges): string {
  return ranges.map(([s, e]) => `${formatTimeOfDay(s)}-${formatTimeOfDay(e)}`).join(" and ");
}

/**
 * One-off dates per label. Dates that recur weekly over a stretch (a DST week that differs,
 * every weekday from one date to another) read `2024-03-11..2024-03-29 mon-fri 17:00-18:00`;
 * other dates as runs of consecutive days, `2026-12-24..2026-12-26 all day`.
 */
function describeDates(deviations: Map<string, Deviation>, extras: Map<number, MinuteRanges>): string[] {
  const items: Array<{ day: number; text: string }> = [];
  for (const [label, { days, ranges }] of deviations) {
    // A date listed under another label that also lacks these hours (a holiday inside a DST
    // stretch) does not break the stretch: it is named again on its own.
    const alsoLacks = (day: number): boolean =>
      ranges !== undefined && subtractRanges(ranges, extras.get(day) ?? []).length === 0;
    for (const segment of splitWhereGapExceedsWeek(days)) {
      const weekdays = new Set(segment.map(displayIndex));
      const first = segment[0]!;
      const last = segment[segment.length - 1]!;
      const inSegment = new Set(segment);
      let complete = true;
      for (let d = first; d <= last && complete; d++) {
        if (weekdays.has(displayIndex(d)) && !inSegment.has(d) && !alsoLacks(d)) complete = false;
      }
      const consecutive = last - first + 1 === segment.length;
      if (!consecutive && complete && last - first >= 7) {
        const days = formatDays([...weekdays].sort((a, b) => a - b));
        items.push({
          day: first,
          text: `${formatEpochDay(first)}..${formatEpochDay(last)} ${days} ${label}`,
        });
      } else {
        for (const run of consecutiveRuns(segment)) {
          const text =
            run[0] === run[1]
              ? formatEpochDay(run[0])
              : `${formatEpochDay(run[0])}..${formatEpochDay(run[1])}`;
          items.push({ day: run[0], text: `${text} ${label}` });
        }
      }
    }
  }
  items.sort((a, b) => a.day - b.day || (a.text < b.text ? -1 : 1));
  const shown = items.slice(0, MAX_DATE_ITEMS).map((i) => i.text);
  if (items.length > MAX_DATE_ITEMS) shown.push(`and ${items.length - MAX_DATE_ITEMS} more`);
  return shown;
}

function splitWhereGapExceedsWeek(days: number[]): number[][] {
  const out: number[][] = [];
  for (const day of days) {
    const current = out[out.length - 1];
    if (current && day - current[current.length - 1]! <= 7) current.push(day);
    else out.push([day]);
  }
  return out;
}

function consecutiveRuns(days: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const day of days) {
    const last = out[out.length - 1];
    if (last && last[1] === day - 1) last[1] = day;
    else out.push([day, day]);
  }
  return out;
}
