import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  daysInMonth,
  epochDayParts,
  formatEpochDay
} from "./chunk-MPPKPTIV.js";
import {
  daysFromCivil,
  isValidDate
} from "./chunk-XH2FNGPU.js";
import {
  utcToWall,
  wallToUtc
} from "./chunk-VEAA5MQJ.js";
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  UsageError
} from "./chunk-RMJS7MV5.js";

// dist/time/period.js
var MAX_RANGE_DAYS = 3653;
var MAX_REPORT_DAYS = 36525;
var MONTH = /^(\d{4})-(\d{2})$/;
var QUARTER = /^(\d{4})-[Qq]([1-4])$/;
var YEAR = /^(\d{4})$/;
var RANGE = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/;
function parsePeriod(text) {
  const t = text.trim();
  let m = MONTH.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12)
      throw new UsageError(`--period ${t}: there is no month ${month}`);
    return monthPeriod(Number(m[1]), month);
  }
  m = QUARTER.exec(t);
  if (m)
    return quarterPeriod(Number(m[1]), Number(m[2]));
  m = YEAR.exec(t);
  if (m)
    return yearPeriod(Number(m[1]));
  m = RANGE.exec(t);
  if (m) {
    const [y1, m1, d1, y2, m2, d2] = m.slice(1).map(Number);
    if (!isValidDate(y1, m1, d1) || !isValidDate(y2, m2, d2))
      throw new UsageError(`--period ${t}: not a real date`);
    const startDay = daysFromCivil(y1, m1, d1);
    const endDay = daysFromCivil(y2, m2, d2) + 1;
    if (endDay <= startDay)
      throw new UsageError(`--period ${t}: the range ends before it starts`);
    if (endDay - startDay > MAX_RANGE_DAYS)
      throw new UsageError(`--period ${t}: a range may cover at most 10 years (${MAX_RANGE_DAYS} days); report longer stretches year by year (--period 2024)`);
    return { label: t, kind: "range", startDay, endDay };
  }
  throw new UsageError(`--period "${t}" is not a period (expected 2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15)`);
}
function monthPeriod(year, month) {
  const startDay = daysFromCivil(year, month, 1);
  return {
    label: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`,
    kind: "month",
    startDay,
    endDay: startDay + daysInMonth(year, month)
  };
}
function quarterPeriod(year, quarter) {
  const first = (quarter - 1) * 3 + 1;
  return {
    label: `${String(year).padStart(4, "0")}-Q${quarter}`,
    kind: "quarter",
    startDay: daysFromCivil(year, first, 1),
    endDay: first === 10 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, first + 3, 1)
  };
}
function yearPeriod(year) {
  return {
    label: String(year).padStart(4, "0"),
    kind: "year",
    startDay: daysFromCivil(year, 1, 1),
    endDay: daysFromCivil(year + 1, 1, 1)
  };
}
function previousPeriod(p) {
  const [y, m] = epochDayParts(p.startDay);
  switch (p.kind) {
    case "month":
      return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
    case "quarter": {
      const q = Math.floor((m - 1) / 3) + 1;
      return q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
    }
    case "year":
      return yearPeriod(y - 1);
    case "range": {
      const length = p.endDay - p.startDay;
      const startDay = p.startDay - length;
      return {
        label: `${formatEpochDay(startDay)}..${formatEpochDay(p.startDay - 1)}`,
        kind: "range",
        startDay,
        endDay: p.startDay
      };
    }
  }
}
function checkTrendReach(period, trend) {
  const days = (trend + 1) * (period.endDay - period.startDay);
  if (days > MAX_REPORT_DAYS) {
    const most = Math.max(0, Math.floor(MAX_REPORT_DAYS / (period.endDay - period.startDay)) - 1);
    throw new UsageError(`--trend ${trend} with --period ${period.label} would measure ${trend + 1} periods (${days.toLocaleString("en-US")} days); the period and its trend may cover at most 100 years (${MAX_REPORT_DAYS.toLocaleString("en-US")} days): use --trend ${most} or less`);
  }
}
function dayStartInstant(day, zone) {
  return wallToUtc(zone, day * DAY_MS);
}
function periodInstants(p, zone) {
  return { start: dayStartInstant(p.startDay, zone), end: dayStartInstant(p.endDay, zone) };
}
function parsePeriodLabel(input) {
  if (typeof input !== "string" && typeof input !== "number")
    return fail("a period is text like 2024-05");
  try {
    return ok(parsePeriod(String(input)).label);
  } catch (e) {
    return fail(e instanceof UsageError ? e.message.replace(/^--period /, "") : String(e));
  }
}
function lastLocalDay(end, zone) {
  return Math.floor(utcToWall(zone, end - 1) / DAY_MS);
}

export {
  MAX_RANGE_DAYS,
  MAX_REPORT_DAYS,
  parsePeriod,
  monthPeriod,
  quarterPeriod,
  yearPeriod,
  previousPeriod,
  checkTrendReach,
  dayStartInstant,
  periodInstants,
  parsePeriodLabel,
  lastLocalDay
};
