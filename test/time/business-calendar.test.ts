import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/core/model.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { ALWAYS_OPEN, calendarFromModel, compileCalendar } from "../../src/time/business-calendar.js";

const H = 3_600_000;

function calendarFrom(yaml: string): Calendar {
  const model = buildModel(parseYamlFile("cal.yaml", yaml).documents);
  const calendar = [...model.calendars.values()][0];
  if (!calendar) throw new Error("no calendar in fixture");
  return calendar;
}

const berlin24x7 = calendarFrom(`
apiVersion: slm/v1
kind: Calendar
metadata: { name: berlin-24x7 }
spec:
  timezone: Europe/Berlin
  hours:
    - { days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00" }
`);

const businessDe = calendarFrom(`
apiVersion: slm/v1
kind: Calendar
metadata: { name: business-hours-de }
spec:
  timezone: Europe/Berlin
  hours:
    - { days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }
    - { days: [sat], from: "09:00", to: "13:00" }
  holidays: [2024-12-24, 2024-12-25, 2024-12-26]
`);

describe("business calendar", () => {
  it("gives March 2024 743 hours and October 2024 745 hours in a 24x7 Europe/Berlin calendar (SPEC DST figures)", () => {
    const cal = compileCalendar(berlin24x7);
    // Period boundaries are local midnights: 1 March 00:00 CET = 23:00 UTC the day before.
    expect(cal.measure(Date.UTC(2024, 1, 29, 23), Date.UTC(2024, 2, 31, 22))).toBe(743 * H);
    expect(cal.measure(Date.UTC(2024, 8, 30, 22), Date.UTC(2024, 9, 31, 23))).toBe(745 * H);
  });

  it("keeps an 08:00–18:00 window 10 hours long on the days clocks change", () => {
    const cal = compileCalendar(
      calendarFrom(`
apiVersion: slm/v1
kind: Calendar
metadata: { name: every-day }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [sun], from: "00:00", to: "24:00" }, { days: [mon], from: "08:00", to: "18:00" }]
`),
    );
    // Sunday 31 March 2024 has 23 hours, Sunday 27 October 2024 has 25.
    expect(cal.measure(Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 22))).toBe(23 * H);
    expect(cal.measure(Date.UTC(2024, 9, 26, 22), Date.UTC(2024, 9, 27, 23))).toBe(25 * H);
    // Monday 1 April 2024, 08:00–18:00 CEST = 06:00–16:00 UTC.
    expect(cal.openIntervals(Date.UTC(2024, 3, 1), Date.UTC(2024, 3, 2))).toEqual([
      Date.UTC(2024, 3, 1, 6),
      Date.UTC(2024, 3, 1, 16),
    ]);
  });

  it("counts only service hours: a ticket opened Friday 17:00 and answered Monday 09:00 has a 2-hour clock", () => {
    const cal = compileCalendar(businessDe);
    // Friday 7 June 2024 17:00 CEST → Monday 10 June 09:00 CEST; Saturday 09:00–13:00 counts too.
    expect(cal.measure(Date.UTC(2024, 5, 7, 15), Date.UTC(2024, 5, 10, 7))).toBe(2 * H + 4 * H);
  });

  it("closes on holidays in the calendar's own time zone", () => {
    const cal = compileCalendar(businessDe);
    // Mon 23 – Fri 27 Dec 2024: 24–26 are holidays, so 23rd and 27th remain (2 × 10 h).
    expect(cal.measure(Date.UTC(2024, 11, 22, 23), Date.UTC(2024, 11, 27, 23))).toBe(20 * H);
  });

  it("measures partial windows at both ends of a range", () => {
    const cal = compileCalendar(businessDe);
    // Tue 4 June 2024 17:30 CEST → Wed 5 June 08:15 CEST = 30 min + 15 min.
    expect(cal.measure(Date.UTC(2024, 5, 4, 15, 30), Date.UTC(2024, 5, 5, 6, 15))).toBe(45 * 60_000);
    expect(cal.measure(Date.UTC(2024, 5, 5), Date.UTC(2024, 5, 4))).toBe(0);
  });

  it("merges touching windows across midnight into one interval", () => {
    const cal = compileCalendar(berlin24x7);
    const start = Date.UTC(2024, 4, 1, 10);
    const end = Date.UTC(2024, 4, 3, 10);
    expect(cal.openIntervals(start, end)).toEqual([start, end]);
  });

  it("treats 24x7 as always open and resolves names through the model", () => {
    expect(ALWAYS_OPEN.measure(0, 5 * H)).toBe(5 * H);
    const model = buildModel(
      parseYamlFile(
        "c.yaml",
        "apiVersion: slm/v1\nkind: Calendar\nmetadata: {name: x}\nspec: {hours: [{days: [mon], from: '09:00', to: '10:00'}]}\n",
      ).documents,
    );
    expect(calendarFromModel(model, "24x7")).toBe(ALWAYS_OPEN);
    const x = calendarFromModel(model, "x");
    expect(x.timezone).toBe("UTC");
    expect(calendarFromModel(model, "x")).toBe(x);
    // Monday 6 May 2024 09:00–10:00 UTC.
    expect(x.measure(Date.UTC(2024, 4, 6), Date.UTC(2024, 4, 7))).toBe(H);
  });
});
