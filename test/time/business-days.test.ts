import { describe, expect, it } from "vitest";
import { ticketClock } from "../../src/measure/ticket-clock.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { alwaysOpen, compileCalendar } from "../../src/time/business-calendar.js";
import { businessDayDeadline } from "../../src/time/business-days.js";

const H = 3_600_000;
const cst = (iso: string) => Date.parse(`${iso}+08:00`);

function compiled(spec: string) {
  const model = buildModel(
    parseYamlFile("cal.yaml", `apiVersion: slm/v1\nkind: Calendar\nmetadata: { name: c }\nspec:\n${spec}`)
      .documents,
  );
  return compileCalendar(model.calendars.get("c")!);
}

/** Mon–fri 09:00–18:00 in Shanghai with China's 2024 schedule (make-up days included). */
const cn = compiled(`  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidaysFrom: { country: CN }
`);

describe("business-day thresholds (SPEC §11)", () => {
  it("runs to the same time of day on the n-th following service day, across a holiday week", () => {
    // Opened Tue 30 Apr 2024 16:00. 1–5 May are off (Labour Day), so the 1st and 2nd following
    // service days are Mon 6 and Tue 7 May: deadline Tue 7 May 16:00. Service time to it:
    // 30 Apr 16–18 (2 h) + 6 May (9 h) + 7 May 09–16 (7 h) = 18 h.
    const opened = cst("2024-04-30T16:00:00");
    const deadline = businessDayDeadline(cn, opened, 2);
    expect(deadline).toBe(cst("2024-05-07T16:00:00"));
    expect(cn.measure(opened, deadline)).toBe(18 * H);
  });

  it("counts make-up working days as service days (Spring Festival 2024)", () => {
    // Opened Fri 9 Feb 10:00; 10–17 Feb are off; Sun 18 Feb is a working day (1), Mon 19 Feb (2).
    const opened = cst("2024-02-09T10:00:00");
    expect(businessDayDeadline(cn, opened, 2)).toBe(cst("2024-02-19T10:00:00"));
    // 8 h + 9 h + 1 h = 18 h: two full service days, as always on a calendar whose days are alike.
    expect(cn.measure(opened, businessDayDeadline(cn, opened, 2))).toBe(18 * H);
  });

  it("starts a clock opened outside service hours at the next opening, with that time of day", () => {
    // Opened Tue 23 Apr 2024 20:00 (after close): the clock starts Wed 24 Apr 09:00. 3bd: Thu 25,
    // Fri 26 and Sun 28 Apr (a make-up working day) → Sun 28 Apr 09:00; 3 × 9 h of service time.
    const opened = cst("2024-04-23T20:00:00");
    expect(businessDayDeadline(cn, opened, 3)).toBe(cst("2024-04-28T09:00:00"));
    expect(cn.measure(opened, businessDayDeadline(cn, opened, 3))).toBe(27 * H);
  });

  it("stops at the close of a service day that closes before the clock's time of day", () => {
    // Sun 18 Feb works only 09:00–13:00. Opened Fri 9 Feb 15:00, 1bd → Sun 18 Feb, whose hours
    // close at 13:00, before 15:00: deadline 13:00. Service time: 3 h (Fri) + 4 h (Sun) = 7 h.
    const cal = compiled(`  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidays: [2024-02-12, 2024-02-13, 2024-02-14, 2024-02-15, 2024-02-16]
  workdays: [{ date: 2024-02-18, from: "09:00", to: "13:00" }]
`);
    const opened = cst("2024-02-09T15:00:00");
    expect(businessDayDeadline(cal, opened, 1)).toBe(cst("2024-02-18T13:00:00"));
    expect(cal.measure(opened, businessDayDeadline(cal, opened, 1))).toBe(7 * H);
  });

  it("moves the deadline later by the paused service time", () => {
    // 2bd from Tue 30 Apr 16:00 allows 18 h of service time (first test). Resolved Wed 8 May
    // 09:30 with 2 h on hold: the clock is 2 + 9 + 9 + 0.5 − 2 = 18.5 h > 18 h: breached. The
    // same ticket resolved Tue 7 May 18:00 (2 + 9 + 9 − 2 = 18 h) meets it, two hours after the
    // unpaused deadline of 16:00.
    const opened = cst("2024-04-30T16:00:00");
    const late = ticketClock(cn, opened, cst("2024-05-08T09:30:00"), Number.POSITIVE_INFINITY, 2 * H, {
      businessDays: 2,
    });
    expect(late).toMatchObject({ clockMs: 18.5 * H, thresholdMs: 18 * H, stopped: true });
    const onTime = ticketClock(cn, opened, cst("2024-05-07T18:00:00"), Number.POSITIVE_INFINITY, 2 * H, {
      businessDays: 2,
    });
    expect(onTime.clockMs).toBe(onTime.thresholdMs);
  });

  it("on the built-in 24x7 counts local days of the agreement's zone, DST included", () => {
    const shanghai = alwaysOpen("Asia/Shanghai");
    // 1 May 2024 07:30 Beijing time + 1bd = 2 May 07:30 Beijing time, 24 h.
    expect(businessDayDeadline(shanghai, cst("2024-05-01T07:30:00"), 1)).toBe(cst("2024-05-02T07:30:00"));
    // Berlin, Sat 30 Mar 2024 12:00 CET + 1bd = Sun 31 Mar 12:00 CEST: 23 h (the night lost an hour).
    const berlin = alwaysOpen("Europe/Berlin");
    const opened = Date.parse("2024-03-30T12:00:00+01:00");
    expect(businessDayDeadline(berlin, opened, 1) - opened).toBe(23 * H);
  });
});

describe("far-future clocks (issue 10 item 6)", () => {
  it("stops a clock resolved 9999-12-31 once it is past a year and its threshold, marked as capped", () => {
    const opened = cst("2024-05-06T10:00:00");
    const clock = ticketClock(cn, opened, Date.parse("9999-12-31T10:30:00Z"), Number.POSITIVE_INFINITY, 0, {
      ms: 8 * H,
    });
    expect(clock.capped).toBe(true);
    expect(clock.stopped).toBe(true);
    // The value is the service time of the first 366 days: at least 200 service days of 9 h.
    expect(clock.clockMs).toBeGreaterThan(200 * 9 * H);
    expect(clock.clockMs).toBeLessThan(366 * 9 * H);
  });

  it("counts a clock of less than a year exactly", () => {
    const opened = cst("2024-05-06T10:00:00");
    const clock = ticketClock(cn, opened, cst("2024-05-07T10:00:00"), Number.POSITIVE_INFINITY, 0, {
      ms: 8 * H,
    });
    expect(clock).toEqual({ clockMs: 9 * H, pausedMs: 0, thresholdMs: 8 * H, stopped: true, capped: false });
  });
});
