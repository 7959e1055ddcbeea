import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/core/model.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { compileCalendar } from "../../src/time/business-calendar.js";

const H = 3_600_000;
/** Shanghai is UTC+8 all year (no DST since 1991). */
const cst = (iso: string) => Date.parse(`${iso}+08:00`);

function calendar(spec: string): Calendar {
  const model = buildModel(
    parseYamlFile("cal.yaml", `apiVersion: slm/v1\nkind: Calendar\nmetadata: { name: c }\nspec:\n${spec}`)
      .documents,
  );
  return model.calendars.get("c")!;
}

const CN_OFFICE = `  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
`;

/**
 * The State Council's 2024 schedule (国办发明电〔2023〕7号), typed here by hand from the notice,
 * independent of any library: days off (weekend days inside a break make no difference to
 * mon–fri hours) and the make-up working days.
 */
const CN_2024_OFF = [
  "2024-01-01",
  ...["10", "11", "12", "13", "14", "15", "16", "17"].map((d) => `2024-02-${d}`),
  "2024-04-04",
  "2024-04-05",
  "2024-04-06",
  ...["01", "02", "03", "04", "05"].map((d) => `2024-05-${d}`),
  "2024-06-10",
  "2024-09-15",
  "2024-09-16",
  "2024-09-17",
  ...["01", "02", "03", "04", "05", "06", "07"].map((d) => `2024-10-${d}`),
];
const CN_2024_WORK = [
  "2024-02-04",
  "2024-02-18",
  "2024-04-07",
  "2024-04-28",
  "2024-05-11",
  "2024-09-14",
  "2024-09-29",
  "2024-10-12",
];

/** Naive service hours of a month: every date, weekday test, the two lists above, 9 h a day. */
function naiveCnHours(year: number, month: number): number {
  let hours = 0;
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(year, month - 1, d));
    if (date.getUTCMonth() !== month - 1) break;
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    const working =
      CN_2024_WORK.includes(iso) || (weekday >= 1 && weekday <= 5 && !CN_2024_OFF.includes(iso));
    if (working) hours += 9;
  }
  return hours;
}

const monthStart = (year: number, month: number) =>
  cst(`${year}-${String(month).padStart(2, "0")}-01T00:00:00`);
const monthEnd = (year: number, month: number) =>
  month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);

describe("make-up working days and holidays (SPEC §11)", () => {
  const fromLibrary = compileCalendar(calendar(`${CN_OFFICE}  holidaysFrom: { country: CN }\n`));
  const explicit = compileCalendar(
    calendar(
      `${CN_OFFICE}  holidays: [${CN_2024_OFF.join(", ")}]\n  workdays: [${CN_2024_WORK.join(", ")}]\n`,
    ),
  );

  it("China 2024 from holidaysFrom CN matches the State Council schedule in every month", () => {
    for (let month = 1; month <= 12; month++) {
      const expected = naiveCnHours(2024, month) * H;
      expect(fromLibrary.measure(monthStart(2024, month), monthEnd(2024, month)), `month ${month}`).toBe(
        expected,
      );
      expect(explicit.measure(monthStart(2024, month), monthEnd(2024, month)), `month ${month}`).toBe(
        expected,
      );
    }
    // By hand for three months: February 2024 has 21 weekdays, minus 12–16 Feb (5), plus Sun 4 and
    // Sun 18 Feb: 18 days × 9 h = 162 h. April: 22 weekdays − 4, 5 Apr + Sun 7, Sun 28 Apr = 22 days
    // = 198 h. May: 23 weekdays − 1, 2, 3 May + Sat 11 May = 21 days = 189 h.
    expect(fromLibrary.measure(monthStart(2024, 2), monthEnd(2024, 2))).toBe(162 * H);
    expect(fromLibrary.measure(monthStart(2024, 4), monthEnd(2024, 4))).toBe(198 * H);
    expect(fromLibrary.measure(monthStart(2024, 5), monthEnd(2024, 5))).toBe(189 * H);
  });

  it("gives a make-up Sunday the hours of workdayAs (default Monday): a ticket opened on it has a 10 h clock, not 2 h", () => {
    // Mon–fri 08:00–18:00; Sunday 4 Feb 2024 is a working day. Opened Sun 10:00, resolved Mon
    // 5 Feb 10:00: Sunday 10:00–18:00 (8 h) + Monday 08:00–10:00 (2 h) = 10 h. Without the
    // make-up day only Monday's 2 h would count.
    const spec = `  timezone: Asia/Shanghai\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]\n`;
    const withWorkday = compileCalendar(calendar(`${spec}  workdays: [2024-02-04]\n`));
    const without = compileCalendar(calendar(spec));
    const opened = cst("2024-02-04T10:00:00");
    const resolved = cst("2024-02-05T10:00:00");
    expect(withWorkday.measure(opened, resolved)).toBe(10 * H);
    expect(without.measure(opened, resolved)).toBe(2 * H);
  });

  it("takes workdayAs hours, or the working day's own window", () => {
    // Saturday has 09:00–13:00; a working Sunday "as sat" gets those 4 h, a { date, from, to } its own 3 h.
    const cal = compileCalendar(
      calendar(`  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }, { days: [sat], from: "09:00", to: "13:00" }]
  workdays: [2024-02-04, { date: 2024-02-18, from: "14:00", to: "17:00" }]
  workdayAs: sat
`),
    );
    expect(cal.measure(cst("2024-02-04T00:00:00"), cst("2024-02-05T00:00:00"))).toBe(4 * H);
    expect(cal.openIntervals(cst("2024-02-18T00:00:00"), cst("2024-02-19T00:00:00"))).toEqual([
      cst("2024-02-18T14:00:00"),
      cst("2024-02-18T17:00:00"),
    ]);
  });

  it("closes a part-day holiday from its time (to 24:00 by default) and keeps the rest of the day", () => {
    const cal = compileCalendar(
      calendar(
        `${CN_OFFICE}  holidays: [{ date: 2024-12-24, from: "12:00" }, { date: 2024-12-31, from: "12:00", to: "14:00" }]\n`,
      ),
    );
    // Tue 24 Dec 2024: 09:00–12:00 remains (3 h). Tue 31 Dec: 09:00–12:00 and 14:00–18:00 (7 h).
    expect(cal.measure(cst("2024-12-24T00:00:00"), cst("2024-12-25T00:00:00"))).toBe(3 * H);
    expect(cal.openIntervals(cst("2024-12-31T00:00:00"), cst("2025-01-01T00:00:00"))).toEqual([
      cst("2024-12-31T09:00:00"),
      cst("2024-12-31T12:00:00"),
      cst("2024-12-31T14:00:00"),
      cst("2024-12-31T18:00:00"),
    ]);
    // December 2024: 22 weekdays × 9 h − 6 h − 2 h = 190 h.
    expect(cal.measure(monthStart(2024, 12), monthEnd(2024, 12))).toBe(190 * H);
  });

  it("lets explicit entries win over the library's", () => {
    // Mon 12 Feb 2024 is a library holiday, Sun 4 Feb a library working day; the calendar says otherwise.
    const cal = compileCalendar(
      calendar(
        `${CN_OFFICE}  holidaysFrom: { country: CN }\n  workdays: [2024-02-12]\n  holidays: [2024-02-04]\n`,
      ),
    );
    expect(cal.measure(cst("2024-02-12T00:00:00"), cst("2024-02-13T00:00:00"))).toBe(9 * H);
    expect(cal.measure(cst("2024-02-04T00:00:00"), cst("2024-02-05T00:00:00"))).toBe(0);
    // Tue 13 Feb is still the library's holiday.
    expect(cal.measure(cst("2024-02-13T00:00:00"), cst("2024-02-14T00:00:00"))).toBe(0);
  });

  it("takes German public holidays of a state from date-holidays, public type only", () => {
    const cal = compileCalendar(
      calendar(`  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]
  holidaysFrom: { country: DE, region: BY }
`),
    );
    const berlin = (iso: string, offset: string) => Date.parse(`${iso}${offset}`);
    // Thu 30 May 2024 is Corpus Christi (public in Bavaria); Tue 24 Dec is only a "bank" half day.
    expect(
      cal.measure(berlin("2024-05-30T00:00:00", "+02:00"), berlin("2024-05-31T00:00:00", "+02:00")),
    ).toBe(0);
    expect(
      cal.measure(berlin("2024-12-24T00:00:00", "+01:00"), berlin("2024-12-25T00:00:00", "+01:00")),
    ).toBe(10 * H);
    // May 2024 in Bavaria: 23 weekdays − 1 May, 9 May (Ascension), 20 May (Whit Monday), 30 May = 19 × 10 h.
    expect(
      cal.measure(berlin("2024-05-01T00:00:00", "+02:00"), berlin("2024-06-01T00:00:00", "+02:00")),
    ).toBe(190 * H);
  });

  it("names the years the library does not know", () => {
    expect(fromLibrary.holidayGaps(cst("2024-01-01T00:00:00"), cst("2025-01-01T00:00:00"))?.years).toEqual(
      [],
    );
    const gaps = fromLibrary.holidayGaps(cst("2026-06-01T00:00:00"), cst("2028-06-01T00:00:00"));
    expect(gaps?.source).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
    expect(gaps?.years).toEqual([2027, 2028]);
  });
});

describe("DST gaps in a calendar window (issue 10 item 10)", () => {
  const berlin = (cal: string) =>
    compileCalendar(calendar(`  timezone: Europe/Berlin\n  hours: [{ days: [sun], ${cal} }]\n`));
  // March 2024 in Berlin: 1 March 00:00 CET = 29 Feb 23:00Z; 1 April 00:00 CEST = 31 Mar 22:00Z.
  const march = [Date.UTC(2024, 1, 29, 23), Date.UTC(2024, 2, 31, 22)] as const;

  it("keeps the part of a window that exists when it starts in the gap: Sunday 02:30–05:00 is 2 h on 31 March", () => {
    const cal = berlin(`from: "02:30", to: "05:00"`);
    // Sundays 3, 10, 17, 24 March: 2.5 h each; 31 March: 02:30–03:00 does not exist, 03:00–05:00 CEST
    // = 01:00–03:00Z is 2 h. 4 × 9,000 s + 7,200 s = 43,200 s.
    expect(cal.measure(...march) / 1000).toBe(43_200);
    expect(cal.openIntervals(Date.UTC(2024, 2, 31), Date.UTC(2024, 3, 1))).toEqual([
      Date.UTC(2024, 2, 31, 1),
      Date.UTC(2024, 2, 31, 3),
    ]);
    // An outage 00:00–02:00Z that day overlaps the window 01:00–02:00Z: 3,600 s.
    expect(cal.measure(Date.UTC(2024, 2, 31, 0), Date.UTC(2024, 2, 31, 2)) / 1000).toBe(3_600);
  });

  it("ends a window that ends in the gap when the clock jumps: Sunday 01:00–02:30 is 1 h on 31 March", () => {
    const cal = berlin(`from: "01:00", to: "02:30"`);
    // 01:00 CET = 00:00Z; 02:30 does not exist, the window ends at the jump, 02:00 CET = 01:00Z.
    expect(cal.openIntervals(Date.UTC(2024, 2, 31), Date.UTC(2024, 3, 1))).toEqual([
      Date.UTC(2024, 2, 31, 0),
      Date.UTC(2024, 2, 31, 1),
    ]);
    // 4 × 1.5 h + 1 h = 7 h.
    expect(cal.measure(...march)).toBe(7 * H);
  });

  it("counts the repeated hour once more when a window spans the autumn change: 02:30–05:00 is 3.5 h on 27 October", () => {
    const cal = berlin(`from: "02:30", to: "05:00"`);
    // 02:30 first occurs at 00:30Z (CEST); 05:00 CET is 04:00Z.
    expect(cal.openIntervals(Date.UTC(2024, 9, 27), Date.UTC(2024, 9, 28))).toEqual([
      Date.UTC(2024, 9, 27, 0, 30),
      Date.UTC(2024, 9, 27, 4),
    ]);
  });

  it("starts a window in the gap of a zone that jumps at midnight (America/Havana, 10 March 2024)", () => {
    // Havana springs forward at 00:00 (UTC−5) to 01:00 (UTC−4): a 00:00–02:00 window has 1 h.
    const cal = compileCalendar(
      calendar(`  timezone: America/Havana\n  hours: [{ days: [sun], from: "00:00", to: "02:00" }]\n`),
    );
    expect(cal.measure(Date.UTC(2024, 2, 10), Date.UTC(2024, 2, 11))).toBe(H);
  });
});

describe("whole weeks at once", () => {
  const cal = compileCalendar(
    calendar(`  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }, { days: [sun], from: "01:00", to: "04:00" }]
  holidays: [2024-12-24, { date: 2025-12-31, from: "12:00" }]
  workdays: [2026-01-03]
  holidaysFrom: { country: DE, region: BY }
`),
  );

  it("gives the same service time as adding up every day's windows, over years with DST, holidays and working days", () => {
    const start = Date.UTC(2023, 0, 1, 7, 13);
    const end = Date.UTC(2030, 5, 1, 9, 41);
    // openIntervals walks day by day (no week arithmetic): the naive sum.
    const intervals = cal.openIntervals(start, end);
    let naive = 0;
    for (let i = 0; i < intervals.length; i += 2) naive += intervals[i + 1]! - intervals[i]!;
    expect(cal.measure(start, end)).toBe(naive);
  });

  it("agrees with the day-by-day sum on random spans in zones with DST, half-hour shifts and make-up days", () => {
    const calendars = [
      cal,
      compileCalendar(
        calendar(
          `${CN_OFFICE}  holidaysFrom: { country: CN }\n  holidays: [{ date: 2025-01-28, from: "12:00" }]\n`,
        ),
      ),
      compileCalendar(
        calendar(
          `  timezone: Australia/Lord_Howe\n  hours: [{ days: [sun, mon, sat], from: "01:00", to: "03:00" }, { days: [wed], from: "00:00", to: "24:00" }]\n`,
        ),
      ),
      compileCalendar(
        calendar(
          `  timezone: America/Havana\n  hours: [{ days: [sun, mon, tue, wed, thu, fri, sat], from: "00:00", to: "01:30" }]\n`,
        ),
      ),
    ];
    // A fixed pseudo-random sequence (no Math.random: the test must be repeatable).
    let seed = 12345;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const base = Date.UTC(2023, 0, 1);
    for (const c of calendars) {
      for (let i = 0; i < 40; i++) {
        const start = base + Math.floor(next() * 3 * 365 * 24) * H + Math.floor(next() * 60) * 60_000;
        const end = start + Math.floor(next() * 400 * 24) * H;
        const intervals = c.openIntervals(start, end);
        let naive = 0;
        for (let k = 0; k < intervals.length; k += 2) naive += intervals[k + 1]! - intervals[k]!;
        expect(
          c.measure(start, end),
          `${c.name} ${new Date(start).toISOString()}..${new Date(end).toISOString()}`,
        ).toBe(naive);
      }
    }
  });

  it("stops counting once past a limit, so a clock to the year 9999 is cheap", () => {
    const opened = Date.UTC(2024, 4, 6, 8);
    const far = Date.parse("9999-12-31T10:30:00Z");
    const counted = cal.measure(opened, far, 4 * H);
    expect(counted).toBeGreaterThan(4 * H);
    // It stopped within the first days: far less than a year of service time.
    expect(counted).toBeLessThan(24 * H);
  });
});
