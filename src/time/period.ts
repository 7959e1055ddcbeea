import { UsageError } from "../core/errors.js";
import { DAY_MS } from "../core/units.js";
import { daysInMonth, epochDayParts, formatEpochDay } from "../core/values/date.js";
import { fail, ok, type ParseResult } from "../core/values/result.js";
import { daysFromCivil, isValidDate } from "./civil-date.js";
import { wallToUtc } from "./zone.js";

/**
 * A reporting period as local calendar days [startDay, endDay) (epoch days). It becomes instants
 * only in a time zone — the SLA's — so "2024-05" in Europe/Berlin starts at 2024-04-30T22:00Z.
 */
export interface Period {
  label: string;
  kind: "month" | "quarter" | "year" | "range";
  startDay: number;
  endDay: number;
}

/** A range covers at most ten years: every window and trend point is measured, so the work grows with the span. */
export const MAX_RANGE_DAYS = 3653;
/** The period and its trend together reach back at most a century (36,525 days). */
export const MAX_REPORT_DAYS = 36_525;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-[Qq]([1-4])$/;
const YEAR = /^(\d{4})$/;
const RANGE = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/;

export function parsePeriod(text: string): Period {
  const t = text.trim();
  let m = MONTH.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new UsageError(`--period ${t}: there is no month ${month}`);
    return monthPeriod(Number(m[1]), month);
  }
  m = QUARTER.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = YEAR.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  m = RANGE.exec(t);
  if (m) {
    const [y1, m1, d1, y2, m2, d2] = m.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!isValidDate(y1, m1, d1) || !isValidDate(y2, m2, d2))
      throw new UsageError(`--period ${t}: not a real date`);
    const startDay = daysFromCivil(y1, m1, d1);
    const endDay = daysFromCivil(y2, m2, d2) + 1;
    if (endDay <= startDay) throw new UsageError(`--period ${t}: the range ends before it starts`);
    if (endDay - startDay > MAX_RANGE_DAYS)
      throw new UsageError(
        `--period ${t}: a range may cover at most 10 years (${MAX_RANGE_DAYS} days); report longer stretches year by year (--period 2024)`,
      );
    return { label: t, kind: "range", startDay, endDay };
  }
  throw new UsageError(
    `--period "${t}" is not a period (expected 2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15)`,
  );
}

export function monthPeriod(year: number, month: number): Period {
  const startDay = daysFromCivil(year, month, 1);
  return {
    label: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`,
    kind: "month",
    startDay,
    endDay: startDay + daysInMonth(year, month),
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    label: `${String(year).padStart(4, "0")}-Q${quarter}`,
    kind: "quarter",
    startDay: daysFromCivil(year, first, 1),
    endDay: first === 10 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, first + 3, 1),
  };
}

export function yearPeriod(year: number): Period {
  return {
    label: String(year).padStart(4, "0"),
    kind: "year",
    startDay: daysFromCivil(year, 1, 1),
    endDay: daysFromCivil(year + 1, 1, 1),
  };
}

/** The period of the same kind just before `p` (a range: the same number of days before it). */
export function previousPeriod(p: Period): Period {
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
        endDay: p.startDay,
      };
    }
  }
}

/**
 * Refuses a period whose trend reaches back more than a century: `--period 2024 --trend 999` would
 * measure a thousand years of windows. Bounded this way, a report's work and memory are bounded
 * whatever the command line (docs/measurement.md).
 */
export function checkTrendReach(period: Period, trend: number): void {
  const days = (trend + 1) * (period.endDay - period.startDay);
  if (days > MAX_REPORT_DAYS) {
    const most = Math.max(0, Math.floor(MAX_REPORT_DAYS / (period.endDay - period.startDay)) - 1);
    throw new UsageError(
      `--trend ${trend} with --period ${period.label} would measure ${trend + 1} periods (${days.toLocaleString("en-US")} days); the period and its trend may cover at most 100 years (${MAX_REPORT_DAYS.toLocaleString("en-US")} days): use --trend ${most} or less`,
    );
  }
}

/** Instant of local midnight starting epoch day `day` in `zone`. */
export function dayStartInstant(day: number, zone: string): number {
  return wallToUtc(zone, day * DAY_MS);
}

export function periodInstants(p: Period, zone: string): { start: number; end: number } {
  return { start: dayStartInstant(p.startDay, zone), end: dayStartInstant(p.endDay, zone) };
}

/** A period written in a document (an Improvement's `period`): its normalised label, or why it is none. */
export function parsePeriodLabel(input: unknown): ParseResult<string> {
  if (typeof input !== "string" && typeof input !== "number") return fail("a period is text like 2024-05");
  try {
    return ok(parsePeriod(String(input)).label);
  } catch (e) {
    return fail(e instanceof UsageError ? e.message.replace(/^--period /, "") : String(e));
  }
}
