import { describe, expect, it } from "vitest";
import { type Percentage, parsePercentage } from "../../src/core/values/percentage.js";
import { availabilityFromChecks } from "../../src/measure/availability-from-checks.js";
import { availabilityFromOutages } from "../../src/measure/availability-from-outages.js";
import { emptyMeasurement } from "../../src/measure/measurement.js";
import { clockVerdict, ticketClock } from "../../src/measure/ticket-clock.js";
import { CheckSeries } from "../../src/sources/check-series.js";
import { dedupeStream } from "../../src/sources/dedupe.js";
import { countLatencySample, type LatencyDemand } from "../../src/sources/latency-demand.js";
import type { OutageRecord } from "../../src/sources/records.js";
import { formatCurrency } from "../../src/text/format-values.js";
import { englishText } from "../../src/text/locale-text.js";
import { summarySentence } from "../../src/text/summary-sentence.js";
import { assessmentWindows } from "../../src/time/assessment-window.js";
import { calendarFromModel } from "../../src/time/business-calendar.js";
import { intersect, subtract, totalLength, unionOf } from "../../src/time/interval-set.js";
import { parsePeriod, periodInstants, previousPeriod } from "../../src/time/period.js";
import { assess, severityOf } from "../../src/verdict/assessment.js";
import { percentOfCents, windowFeeCents } from "../../src/verdict/money.js";
import { HOUR, modelFromYaml } from "../report/helpers.js";

const pct = (s: string): Percentage => {
  const r = parsePercentage(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const severity = (s: string) => {
  const r = parsePercentage(s, { allowOver100: true });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const SEVERITY = { minor: severity("150%"), major: severity("300%") };
const ratio = (good: number, total: number) => ({ ...emptyMeasurement("count" as const), good, total });
const T0 = Date.parse("2024-05-01T00:00:00Z");

describe("periods", () => {
  it("parses the four forms and steps back", () => {
    expect(parsePeriod("2024-05")).toMatchObject({
      kind: "month",
      endDay: parsePeriod("2024-05").startDay + 31,
    });
    expect(parsePeriod("2024-Q2").endDay - parsePeriod("2024-Q2").startDay).toBe(91);
    expect(parsePeriod("2024").endDay - parsePeriod("2024").startDay).toBe(366);
    expect(
      parsePeriod("2024-05-01..2024-05-15").endDay - parsePeriod("2024-05-01..2024-05-15").startDay,
    ).toBe(15);
    expect(previousPeriod(parsePeriod("2024-01")).label).toBe("2023-12");
    expect(previousPeriod(parsePeriod("2024-Q1")).label).toBe("2023-Q4");
    expect(previousPeriod(parsePeriod("2024-05-11..2024-05-20")).label).toBe("2024-05-01..2024-05-10");
    for (const bad of ["2024-13", "2024-Q5", "24-05", "2024-02-30..2024-03-01", "2024-05-10..2024-05-01"]) {
      expect(() => parsePeriod(bad)).toThrow(/period/);
    }
  });

  it("places a month in the SLA's time zone", () => {
    const { start, end } = periodInstants(parsePeriod("2024-05"), "Europe/Berlin");
    expect(new Date(start).toISOString()).toBe("2024-04-30T22:00:00.000Z");
    expect(new Date(end).toISOString()).toBe("2024-05-31T22:00:00.000Z");
  });

  it("a 24x7 Europe/Berlin calendar gives March 2024 743 h and October 2024 745 h", () => {
    const model = modelFromYaml(`apiVersion: slm/v1
kind: Calendar
metadata: { name: berlin-24x7 }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00" }]
`);
    const cal = calendarFromModel(model, "berlin-24x7");
    const hours = (p: string) => {
      const { start, end } = periodInstants(parsePeriod(p), cal.timezone);
      return cal.measure(start, end) / HOUR;
    };
    expect(hours("2024-03")).toBe(743);
    expect(hours("2024-10")).toBe(745);
    expect(hours("2024-05")).toBe(31 * 24);
  });

  it("assesses a quarterly target in a monthly report over the quarter to date, provisional", () => {
    const w = assessmentWindows(parsePeriod("2024-05"), "quarter");
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      label: "2024-Q2",
      startDay: parsePeriod("2024-04").startDay,
      endDay: parsePeriod("2024-06").startDay,
      provisional: true,
    });
    // The June report holds the whole quarter: it ends in the period.
    expect(assessmentWindows(parsePeriod("2024-06"), "quarter")[0]).toMatchObject({
      startDay: parsePeriod("2024-04").startDay,
      endDay: parsePeriod("2024-07").startDay,
      provisional: false,
    });
    expect(assessmentWindows(parsePeriod("2024-Q2"), "month").map((x) => x.label)).toEqual([
      "2024-04",
      "2024-05",
      "2024-06",
    ]);
  });
});

describe("intervals", () => {
  it("merges overlaps, intersects and subtracts", () => {
    const u = unionOf([
      [5, 10],
      [0, 3],
      [2, 6],
      [20, 30],
    ]);
    expect(u).toEqual([0, 10, 20, 30]);
    expect(intersect(u, [8, 25])).toEqual([8, 10, 20, 25]);
    expect(subtract(u, [1, 2, 9, 21])).toEqual([0, 1, 2, 9, 21, 30]);
    expect(totalLength(u)).toBe(20);
  });
});

describe("availability from outages", () => {
  const outage = (
    start: number,
    end: number | null,
    planned = false,
    cause: string | null = null,
  ): OutageRecord => ({
    id: null,
    service: "web",
    start: T0 + start * HOUR,
    end: end === null ? null : T0 + end * HOUR,
    planned,
    cause,
    dims: [],
    line: 2,
    file: "x",
  });
  const month = [T0, T0 + 744 * HOUR];

  it("counts overlapping outages once", () => {
    const m = availabilityFromOutages(
      [outage(10, 12), outage(11, 13), outage(100, 101)],
      "web",
      month,
      false,
      T0 + 744 * HOUR,
    );
    expect(m.downtimeMs).toBe(4 * HOUR);
    expect(m.serviceTimeMs).toBe(744 * HOUR);
  });

  it("planned outages count as downtime unless excluded, then leave service time", () => {
    const list = [outage(10, 12, true), outage(11, 13)];
    const counted = availabilityFromOutages(list, "web", month, false, T0);
    expect(counted.downtimeMs).toBe(3 * HOUR);
    const excluded = availabilityFromOutages(list, "web", month, true, T0);
    expect(excluded.serviceTimeMs).toBe(742 * HOUR);
    expect(excluded.downtimeMs).toBe(1 * HOUR);
  });

  it("an outage without an end is down until as-of; other services are ignored", () => {
    const m = availabilityFromOutages(
      [outage(740, null), { ...outage(0, 100), service: "mail" }],
      "web",
      month,
      false,
      T0 + 742 * HOUR,
    );
    expect(m.downtimeMs).toBe(2 * HOUR);
  });
});

describe("availability from checks", () => {
  it("a status holds until the next sample; gaps over maxGap, time before the first and after the latest are unknown", () => {
    const s = new CheckSeries("web", 10 * 60_000);
    const min = 60_000;
    s.add(T0 + 60 * min, false);
    s.add(T0 + 65 * min, true);
    s.add(T0 + 70 * min, false);
    s.add(T0 + 100 * min, false); // a 30-minute silence: unknown
    s.add(T0 + 105 * min, false);
    s.finish(T0 + 110 * min);
    const m = availabilityFromChecks(s, "web", [T0, T0 + 120 * min]);
    expect(m.downtimeMs).toBe(5 * min);
    expect(m.serviceTimeMs).toBe(10 * min + 10 * min);
    expect(m.unknownMs).toBe(60 * min + 30 * min + 10 * min);
    expect(s.outOfOrder).toBe(false);
    s.add(T0, false);
    expect(s.outOfOrder).toBe(true);
  });
});

describe("ticket clocks", () => {
  it("a clock equal to its threshold meets it; one millisecond more breaches", () => {
    expect(clockVerdict(4 * HOUR, 4 * HOUR, true)).toBe("met");
    expect(clockVerdict(4 * HOUR + 1, 4 * HOUR, true)).toBe("breached");
  });

  it("an open ticket is pending while within the threshold and breached once over it", () => {
    expect(clockVerdict(HOUR, 4 * HOUR, false)).toBe("pending");
    expect(clockVerdict(5 * HOUR, 4 * HOUR, false)).toBe("breached");
    const cal = calendarFromModel(modelFromYaml(""), "24x7");
    const limit = { ms: 4 * HOUR };
    expect(ticketClock(cal, T0, null, T0 + 3 * HOUR, 0, limit)).toEqual({
      clockMs: 3 * HOUR,
      pausedMs: 0,
      thresholdMs: 4 * HOUR,
      stopped: false,
      capped: false,
    });
    expect(ticketClock(cal, T0, T0 + 5 * HOUR, T0 + 3 * HOUR, 0, limit).stopped).toBe(false);
    expect(ticketClock(cal, T0, T0 + 2 * HOUR, T0 + 3 * HOUR, HOUR, limit)).toEqual({
      clockMs: HOUR,
      pausedMs: HOUR,
      thresholdMs: 4 * HOUR,
      stopped: true,
      capped: false,
    });
  });

  it("counts only calendar hours, holidays off", () => {
    const model = modelFromYaml(`apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]
  holidays: [2024-05-01]
`);
    const cal = calendarFromModel(model, "office");
    // Tue 2024-04-30 17:00 Berlin → Thu 2024-05-02 09:00 Berlin: 1 h Tuesday + 0 (holiday) + 1 h Thursday.
    const clock = ticketClock(
      cal,
      Date.parse("2024-04-30T15:00:00Z"),
      Date.parse("2024-05-02T07:00:00Z"),
      Number.POSITIVE_INFINITY,
      0,
      { ms: 4 * HOUR },
    );
    expect(clock.clockMs).toBe(2 * HOUR);
  });
});

describe("assessment", () => {
  it("is met when value equals the objective exactly, and no data is never met", () => {
    expect(assess(ratio(999, 1000), pct("99.9%"), SEVERITY, []).status).toBe("met");
    expect(assess(ratio(998, 1000), pct("99.9%"), SEVERITY, []).status).toBe("breached");
    const none = assess(ratio(0, 0), pct("99.9%"), SEVERITY, [{ below: pct("99%"), credit: pct("10%") }]);
    expect(none).toMatchObject({ status: "no-data", value: null, severity: null, credit: null });
  });

  it("error budget: 99.9% of a 30-day month allows 43.2 minutes (2592 s)", () => {
    const month = 30 * 24 * HOUR;
    const a = assess(
      { ...emptyMeasurement("time"), good: month - 2592_000, total: month },
      pct("99.9%"),
      SEVERITY,
      [],
    );
    expect(a.budgetAllowed).toBe(2592_000);
    expect(a.budgetConsumed).toBe(1);
    expect(a.status).toBe("met");
  });

  it("severity tiers: ≤150% minor, ≤300% major, above critical, exactly at the edges", () => {
    const obj = pct("99%"); // 1000 items: budget 10
    expect(severityOf(15, 1000, obj, SEVERITY)).toBe("minor");
    expect(severityOf(16, 1000, obj, SEVERITY)).toBe("major");
    expect(severityOf(30, 1000, obj, SEVERITY)).toBe("major");
    expect(severityOf(31, 1000, obj, SEVERITY)).toBe("critical");
    expect(severityOf(16, 1000, obj, { minor: severity("200%"), major: severity("400%") })).toBe("minor");
    expect(severityOf(1, 1000, pct("100%"), SEVERITY)).toBe("critical");
  });

  it("AWS EC2 region-level credits: every boundary (below is strict)", () => {
    // Region-level SLA 99.99%: <99.99% & ≥99.0% → 10%; <99.0% & ≥95.0% → 30%; <95.0% → 100%.
    const tiers = [
      { below: pct("99.99%"), credit: pct("10%") },
      { below: pct("99.0%"), credit: pct("30%") },
      { below: pct("95.0%"), credit: pct("100%") },
    ];
    const credit = (good: number) =>
      assess(ratio(good, 1_000_000), pct("99.99%"), SEVERITY, tiers).credit?.credit.ppb ?? 0;
    expect(credit(1_000_000)).toBe(0);
    expect(credit(999_900)).toBe(0); // exactly 99.99%
    expect(credit(999_899)).toBe(pct("10%").ppb);
    expect(credit(990_000)).toBe(pct("10%").ppb); // 99.0% exactly is not below 99.0%
    expect(credit(989_999)).toBe(pct("30%").ppb);
    expect(credit(950_000)).toBe(pct("30%").ppb);
    expect(credit(949_999)).toBe(pct("100%").ppb);
    expect(credit(0)).toBe(pct("100%").ppb);
  });
});

describe("money", () => {
  it("scales the fee to the window and rounds credits to the cent", () => {
    expect(windowFeeCents({ amount: 12000, currency: "EUR", per: "month" }, 3)).toBe(3_600_000);
    expect(windowFeeCents({ amount: 12000, currency: "EUR", per: "year" }, 1)).toBe(100_000);
    expect(windowFeeCents({ amount: 100, currency: "EUR", per: "quarter" }, 1)).toBe(3333);
    expect(percentOfCents(pct("10%"), 1_200_000)).toBe(120_000);
    expect(percentOfCents(pct("33.333%"), 100)).toBe(33);
    expect(formatCurrency(1200, "EUR")).toBe("EUR 1,200.00");
    expect(formatCurrency(1_234_567.89, "USD")).toBe("USD 1,234,567.89");
  });

  it("writes the summary sentence", () => {
    expect(
      summarySentence(
        {
          targets: 11,
          met: 9,
          noData: 0,
          breaches: { minor: 1, major: 1, critical: 0 },
          credit: { amount: 1200, currency: "EUR" },
        },
        englishText(),
      ),
    ).toBe("9 of 11 targets met; 2 breaches (1 major); credit EUR 1,200.00");
    expect(
      summarySentence(
        {
          targets: 3,
          met: 2,
          noData: 1,
          breaches: { minor: 0, major: 0, critical: 0 },
          credit: null,
        },
        englishText(),
      ),
    ).toBe("2 of 3 targets met; no breaches; 1 without data");
  });
});

describe("dedupe", () => {
  type Row = { id: string | null; v: number };
  /** Streams `rows` through dedupe as a reader would (each pass replays them), collecting what is kept. */
  async function dedupe(rows: Row[], mode: "none" | "first" | "last") {
    let kept: number[] = [];
    let passes = 0;
    const outcome = await dedupeStream<Row>(
      mode,
      async (submit) => {
        passes++;
        for (const r of rows) submit(r);
      },
      (r) => kept.push(r.v),
      () => {
        kept = [];
      },
    );
    return { kept: kept.sort((a, b) => a - b), passes, ...outcome };
  }

  it("keeps the first or the last row per id, rows without id always", async () => {
    const rows = [
      { id: "a", v: 1 },
      { id: "b", v: 2 },
      { id: "a", v: 3 },
      { id: null, v: 4 },
    ];
    // Not sorted by id ("a" comes back after "b"): the ids go into a table.
    expect(await dedupe(rows, "last")).toMatchObject({ kept: [2, 3, 4], dropped: 1, held: 2, passes: 3 });
    expect(await dedupe(rows, "first")).toMatchObject({ kept: [1, 2, 4], dropped: 1, held: 2, passes: 2 });
    expect(await dedupe(rows, "none")).toMatchObject({ kept: [1, 2, 3, 4], dropped: 0, passes: 1 });
  });

  it("streams an export sorted by id in one pass, holding no table", async () => {
    // Sorted as exports sort ids: INC9 before INC10 (shorter first).
    const rows = [
      { id: "INC9", v: 1 },
      { id: "INC9", v: 2 },
      { id: "INC10", v: 3 },
      { id: null, v: 4 },
      { id: "INC11", v: 5 },
      { id: "INC11", v: 6 },
      { id: "INC11", v: 7 },
    ];
    expect(await dedupe(rows, "last")).toMatchObject({ kept: [2, 3, 4, 7], dropped: 3, held: 0, passes: 1 });
    expect(await dedupe(rows, "first")).toMatchObject({ kept: [1, 3, 4, 5], dropped: 3, held: 0, passes: 1 });
  });
});

describe("latency samples", () => {
  it("are counted into each span that holds them in service time; at most the threshold is good", () => {
    const min = 60_000;
    const demand: LatencyDemand = {
      service: "web",
      filter: null,
      thresholdMs: 300,
      spans: [
        {
          start: T0,
          end: T0 + 60 * min,
          open: [T0, T0 + 10 * min, T0 + 20 * min, T0 + 30 * min],
          good: 0,
          total: 0,
        },
        { start: T0 + 25 * min, end: T0 + 90 * min, open: [T0 + 25 * min, T0 + 90 * min], good: 0, total: 0 },
      ],
    };
    const sample = (t: number, ms: number) => countLatencySample(demand, { value: t }, ms);
    sample(T0, 300); // first span, good
    sample(T0 + 10 * min, 100); // between the first span's intervals: not counted there
    sample(T0 + 29 * min, 301); // both spans, slow
    sample(T0 + 60 * min, 50); // second span only
    sample(T0 + 90 * min, 50); // after both
    expect(demand.spans.map((s) => [s.good, s.total])).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });
});
