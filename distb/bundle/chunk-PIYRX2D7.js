import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  calendarFromModel,
  piecesByLocalDay,
  rangesKey,
  subtractRanges
} from "./chunk-C2TRXQNV.js";
import {
  formatTimeOfDay
} from "./chunk-OTE4TAJD.js";
import {
  shiftDate
} from "./chunk-XGYTK23C.js";
import {
  formatEpochDay,
  weekdayOfEpochDay
} from "./chunk-MPPKPTIV.js";
import {
  subtract,
  unionOfSets
} from "./chunk-JMGTLOBI.js";
import {
  wallToUtc
} from "./chunk-VEAA5MQJ.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";

// dist/coverage/name-uncovered-hours.js
var DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
var WEEK_MINUTES = 7 * 1440;
var MAX_DATE_ITEMS = 8;
var displayIndex = (epochDay) => (weekdayOfEpochDay(epochDay) + 6) % 7;
function nameUncoveredHours(uncovered, slaOpen, timezone, firstDay, endDay) {
  const gaps = piecesByLocalDay(uncovered, timezone);
  const open = piecesByLocalDay(slaOpen, timezone);
  const pattern = [];
  for (let i = 0; i < 7; i++)
    pattern.push(weekdayPattern(gaps, firstDay, endDay, i));
  const deviations = /* @__PURE__ */ new Map();
  const extras = /* @__PURE__ */ new Map();
  for (const [day, ranges] of [...gaps].sort((a, b) => a[0] - b[0])) {
    const extra = subtractRanges(ranges, pattern[displayIndex(day)]);
    if (extra.length === 0)
      continue;
    extras.set(day, extra);
    const allDay = rangesKey(ranges) === rangesKey(open.get(day));
    const label = allDay ? "all day" : formatRanges(extra);
    const entry = deviations.get(label);
    if (entry)
      entry.days.push(day);
    else
      deviations.set(label, { days: [day], ranges: allDay ? void 0 : extra });
  }
  const parts = [...describeWeek(pattern), ...describeDates(deviations, extras)];
  return parts.join(", ");
}
function weekdayPattern(gaps, firstDay, endDay, index) {
  const counts = /* @__PURE__ */ new Map();
  let occurrences = 0;
  for (let day = firstDay; day < endDay; day++) {
    if (displayIndex(day) !== index)
      continue;
    occurrences++;
    const ranges = gaps.get(day) ?? [];
    const key = rangesKey(ranges);
    const entry = counts.get(key);
    if (entry)
      entry.count++;
    else
      counts.set(key, { count: 1, ranges });
  }
  for (const { count, ranges } of counts.values())
    if (count * 2 > occurrences)
      return ranges;
  return [];
}
function describeWeek(pattern) {
  const week = [];
  pattern.forEach((ranges, i) => {
    for (const [s, e] of ranges) {
      const last2 = week[week.length - 1];
      if (last2 && last2[1] === i * 1440 + s)
        last2[1] = i * 1440 + e;
      else
        week.push([i * 1440 + s, i * 1440 + e]);
    }
  });
  if (week.length === 0)
    return [];
  if (week.length === 1 && week[0][0] === 0 && week[0][1] === WEEK_MINUTES)
    return ["mon-sun all day"];
  const first = week[0];
  const last = week[week.length - 1];
  if (week.length > 1 && first[0] === 0 && last[1] === WEEK_MINUTES) {
    last[1] = WEEK_MINUTES + first[1];
    week.shift();
  }
  const items = [];
  const add = (day, from, label) => {
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
      add(headDay, from, `${formatTimeOfDay(from)}-${formatTimeOfDay(to)}`);
      fullFrom = headDay + 1;
    } else {
      if (from > 0) {
        add(headDay, from, `${formatTimeOfDay(from)}-24:00`);
        fullFrom = headDay + 1;
      }
      if (to > 0)
        add(tailDay, 0, `00:00-${formatTimeOfDay(to)}`);
    }
    for (let d = fullFrom; d < tailDay; d++)
      add(d, 0, "all day");
  }
  const byLabel = /* @__PURE__ */ new Map();
  for (const item of items) {
    const g = byLabel.get(item.label);
    if (g) {
      g.days.add(item.day);
      if (item.day < g.day || item.day === g.day && item.from < g.from)
        Object.assign(g, item);
    } else {
      byLabel.set(item.label, { days: /* @__PURE__ */ new Set([item.day]), day: item.day, from: item.from });
    }
  }
  const groups = [...byLabel].sort((a, b) => a[1].day - b[1].day || a[1].from - b[1].from);
  const byDays = /* @__PURE__ */ new Map();
  for (const [label, g] of groups) {
    const days = formatDays([...g.days].sort((a, b) => a - b));
    const labels = byDays.get(days);
    if (labels)
      labels.push(label);
    else
      byDays.set(days, [label]);
  }
  return [...byDays].map(([days, labels]) => `${days} ${labels.join(" and ")}`);
}
function formatDays(days) {
  const runs = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1)
      j++;
    runs.push(j === i ? DAY_NAMES[days[i]] : `${DAY_NAMES[days[i]]}-${DAY_NAMES[days[j]]}`);
    i = j + 1;
  }
  return runs.join(", ");
}
function formatRanges(ranges) {
  return ranges.map(([s, e]) => `${formatTimeOfDay(s)}-${formatTimeOfDay(e)}`).join(" and ");
}
function describeDates(deviations, extras) {
  const items = [];
  for (const [label, { days, ranges }] of deviations) {
    const alsoLacks = (day) => ranges !== void 0 && subtractRanges(ranges, extras.get(day) ?? []).length === 0;
    for (const segment of splitWhereGapExceedsWeek(days)) {
      const weekdays = new Set(segment.map(displayIndex));
      const first = segment[0];
      const last = segment[segment.length - 1];
      const inSegment = new Set(segment);
      let complete = true;
      for (let d = first; d <= last && complete; d++) {
        if (weekdays.has(displayIndex(d)) && !inSegment.has(d) && !alsoLacks(d))
          complete = false;
      }
      const consecutive = last - first + 1 === segment.length;
      if (!consecutive && complete && last - first >= 7) {
        const days2 = formatDays([...weekdays].sort((a, b) => a - b));
        items.push({
          day: first,
          text: `${formatEpochDay(first)}..${formatEpochDay(last)} ${days2} ${label}`
        });
      } else {
        for (const run of consecutiveRuns(segment)) {
          const text = run[0] === run[1] ? formatEpochDay(run[0]) : `${formatEpochDay(run[0])}..${formatEpochDay(run[1])}`;
          items.push({ day: run[0], text: `${text} ${label}` });
        }
      }
    }
  }
  items.sort((a, b) => a.day - b.day || (a.text < b.text ? -1 : 1));
  const shown = items.slice(0, MAX_DATE_ITEMS).map((i) => i.text);
  if (items.length > MAX_DATE_ITEMS)
    shown.push(`and ${items.length - MAX_DATE_ITEMS} more`);
  return shown;
}
function splitWhereGapExceedsWeek(days) {
  const out = [];
  for (const day of days) {
    const current = out[out.length - 1];
    if (current && day - current[current.length - 1] <= 7)
      current.push(day);
    else
      out.push([day]);
  }
  return out;
}
function consecutiveRuns(days) {
  const out = [];
  for (const day of days) {
    const last = out[out.length - 1];
    if (last && last[1] === day - 1)
      last[1] = day;
    else
      out.push([day, day]);
  }
  return out;
}

// dist/coverage/hours-containment.js
var ONE_YEAR = { months: 12, days: 0, text: "1y" };
var MAX_DAYS = 3653;
function createHoursContainment(model) {
  const cache = /* @__PURE__ */ new Map();
  return (slaCalendar, supporting, term, zone = "UTC") => {
    const names = supporting.length === 1 ? [...supporting] : [...new Set(supporting)].sort();
    const key = `${slaCalendar}|${zone}|${names.join(",")}|${term.start.day}|${term.end?.day ?? ""}`;
    if (cache.has(key))
      return cache.get(key);
    const named = decide(slaCalendar, names, term, zone);
    cache.set(key, named);
    return named;
  };
  function decide(slaCalendar, names, term, zone) {
    if (names.includes(slaCalendar))
      return void 0;
    const sla = calendarFromModel(model, slaCalendar, zone);
    const others = names.map((n) => calendarFromModel(model, n));
    if (others.some((c) => c.always))
      return void 0;
    const firstDay = term.start.day;
    const endDay = Math.min(firstDay + MAX_DAYS, windowEndDay(model, [slaCalendar, ...names], term));
    const start = wallToUtc(sla.timezone, firstDay * DAY_MS);
    const end = wallToUtc(sla.timezone, endDay * DAY_MS);
    const open = sla.openIntervals(start, end);
    const covered = unionOfSets(others.map((c) => c.openIntervals(start, end)));
    const gaps = subtract(open, covered);
    return gaps.length === 0 ? void 0 : nameUncoveredHours(gaps, open, sla.timezone, firstDay, endDay);
  }
}
function windowEndDay(model, calendars, term) {
  if (term.end)
    return term.end.day + 1;
  let end = shiftDate(term.start, ONE_YEAR).day;
  for (const name of calendars) {
    const calendar = model.calendars.get(name);
    for (const day of [...calendar?.holidays ?? [], ...calendar?.workdays ?? []])
      end = Math.max(end, day.day + 1);
  }
  return end;
}

export {
  nameUncoveredHours,
  MAX_DAYS,
  createHoursContainment,
  windowEndDay
};
