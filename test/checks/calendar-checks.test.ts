import { describe, expect, it } from "vitest";
import { BASE, brief, sla, validateFiles } from "../helpers/validate-harness.js";

const calendar = (spec: string, name = "cn-office") =>
  `apiVersion: slm/v1\nkind: Calendar\nmetadata: { name: ${name} }\nspec:\n${spec}`;
const CN_HOURS = `  timezone: Asia/Shanghai\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]\n`;
const TICKETS = (timezone: string) => `apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  timezone: ${timezone}
  columns: { id: id, service: service, priority: priority, opened: opened, responded: responded }
`;

describe("calendar days (SPEC §11)", () => {
  it("accepts make-up working days, part-day holidays and holidaysFrom", () => {
    const text = calendar(`${CN_HOURS}  holidays:
    - 2024-10-01
    - { date: 2024-12-24, from: "12:00" }
  workdays:
    - 2024-02-04
    - { date: 2024-02-18, from: "09:00", to: "13:00" }
  workdayAs: mon
  holidaysFrom: { country: CN }
`);
    expect(brief(validateFiles({ ...BASE, "cal.yaml": text }))).toEqual([]);
  });

  it("refuses a date that is both a holiday and a working day, at the working day's line", () => {
    const text = calendar(`${CN_HOURS}  holidays: [2024-02-04, 2024-05-01]
  workdays:
    - 2024-02-18
    - { date: 2024-05-01, from: "09:00", to: "12:00" }
`);
    const diagnostics = validateFiles({ ...BASE, "cal.yaml": text });
    expect(brief(diagnostics)).toEqual([
      "calendar/holiday-and-workday 10:7 2024-05-01 is both a holiday (holidays[1]) and a working day; keep one",
    ]);
    expect(diagnostics[0]!.related?.[0]).toMatchObject({ line: 7, pointer: "/spec/holidays/1" });
  });

  it("refuses an empty part-day window at its end", () => {
    const text = calendar(`${CN_HOURS}  holidays:
    - { date: 2024-12-24, from: "18:00", to: "12:00" }
  workdays: [{ date: 2024-02-04, from: "13:00", to: "13:00" }]
`);
    expect(brief(validateFiles({ ...BASE, "cal.yaml": text }))).toEqual([
      'calendar/empty-hours 8:46 part-day holiday 2024-12-24 18:00–12:00: "from" must be before "to"',
      'calendar/empty-hours 9:53 working day 2024-02-04 13:00–13:00: "from" must be before "to"',
    ]);
  });

  it("refuses malformed entries at their line (schema)", () => {
    const text = calendar(`${CN_HOURS}  holidays:
    - { date: 2024-12-31 }
    - { date: 2024-02-30, from: "12:00" }
  workdays:
    - { date: 2024-02-04, from: "09:00" }
    - 2024-13-01
`);
    expect(brief(validateFiles({ ...BASE, "cal.yaml": text }))).toEqual([
      'schema/required 8:7 missing required property "from"',
      'schema/invalid-value 9:15 "2024-02-30" does not exist (February 2024 has 29 days)',
      'schema/required 11:7 missing required property "to"',
      'schema/invalid-value 12:7 "2024-13-01" has no month 13',
    ]);
  });

  it("refuses working days whose workdayAs has no hours", () => {
    const text = calendar(`${CN_HOURS}  workdays: [2024-02-04]\n  workdayAs: sat\n`);
    expect(brief(validateFiles({ ...BASE, "cal.yaml": text }))).toEqual([
      "calendar/workday-as-closed 8:14 working days take the hours of sat (workdayAs), which has no hours in this calendar: 2024-02-04 would stay closed",
    ]);
  });

  it("refuses a country or region the library does not know, and a region for CN", () => {
    const files = {
      ...BASE,
      "a.yaml": calendar(`${CN_HOURS}  holidaysFrom: { country: XX }\n`, "a"),
      "b.yaml": calendar(`${CN_HOURS}  holidaysFrom: { country: DE, region: ZZ }\n`, "b"),
      "c.yaml": calendar(`${CN_HOURS}  holidaysFrom: { country: CN, region: SH }\n`, "c"),
      "d.yaml": calendar(`${CN_HOURS}  holidaysFrom: { country: DE, region: BY-KATH }\n`, "d"),
    };
    const lines = brief(validateFiles(files));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^calendar\/holidays-from 7:28 date-holidays@3\.37\.0 does not know the country "XX"/,
    );
    expect(lines[1]).toMatch(
      /^calendar\/holidays-from 7:40 date-holidays@3\.37\.0 does not know the region "ZZ" of DE \(known: BB, BE, BW, BY/,
    );
    expect(lines[2]).toBe(
      "calendar/holidays-from 7:40 holidaysFrom CN takes no region: China's holiday schedule is national",
    );
  });

  it("warns when the library has no data for a year an agreement's term uses", () => {
    const files = {
      ...BASE,
      "cal.yaml": calendar(`${CN_HOURS}  holidaysFrom: { country: CN }\n`),
      "sla.yaml": sla(
        `  term: { start: 2026-01-01, end: 2028-12-31 }\n  calendar: cn-office\n  targets:\n    - { name: a, metric: availability, objective: 99% }\n`,
      ).replace("  term: { start: 2024-01-01 }\n", ""),
    };
    const lines = brief(validateFiles(files)).filter((l) => l.startsWith("calendar/"));
    expect(lines).toEqual([
      "calendar/holidays-from-year 7:3 holidaysFrom CN: chinese-days@1.5.7 has data for 2004–2026, not for 2027–2028 (used by SLA acme-email): the public holidays and make-up working days of those years are not applied; list them under holidays and workdays, or update the library",
    ]);
  });
});

describe("agreement time zone (SPEC §11)", () => {
  const targets = `  targets:\n    - { name: p1, metric: response-time, priority: P1, threshold: 4h, objective: 95% }\n`;

  it("warns (timezone/utc-default) when an agreement falls back to UTC while its DataSource names another zone", () => {
    const files = { ...BASE, "desk.yaml": TICKETS("Asia/Shanghai"), "sla.yaml": sla(targets) };
    expect(brief(validateFiles(files))).toEqual([
      "timezone/utc-default 4:1 SLA acme-email has no timezone and the built-in 24x7 calendar is UTC, so its periods and local times are UTC, while it uses DataSource desk (Asia/Shanghai); set spec.timezone (e.g. timezone: Asia/Shanghai)",
    ]);
  });

  it("warns when a target's calendar names another zone than the agreement's UTC calendar", () => {
    const files = {
      ...BASE,
      "cal.yaml": calendar(CN_HOURS),
      "sla.yaml": sla(
        `  targets:\n    - { name: a, metric: availability, objective: 99%, calendar: cn-office }\n`,
      ),
    };
    expect(brief(validateFiles(files))).toEqual([
      "timezone/utc-default 4:1 SLA acme-email has no timezone and the built-in 24x7 calendar is UTC, so its periods and local times are UTC, while it uses calendar cn-office (Asia/Shanghai); set spec.timezone (e.g. timezone: Asia/Shanghai)",
    ]);
  });

  it("is silent with spec.timezone, with a calendar in that zone, or when everything is UTC", () => {
    const withZone = sla(`  timezone: Asia/Shanghai\n${targets}`);
    const withCalendar = sla(`  calendar: cn-office\n${targets}`);
    for (const text of [withZone, withCalendar]) {
      const files = {
        ...BASE,
        "cal.yaml": calendar(CN_HOURS),
        "desk.yaml": TICKETS("Asia/Shanghai"),
        "sla.yaml": text,
      };
      expect(brief(validateFiles(files))).toEqual([]);
    }
    expect(brief(validateFiles({ ...BASE, "desk.yaml": TICKETS("UTC"), "sla.yaml": sla(targets) }))).toEqual(
      [],
    );
  });

  it("refuses an unknown spec.timezone at its line", () => {
    expect(brief(validateFiles({ ...BASE, "sla.yaml": sla(`  timezone: Asia/Peking\n${targets}`) }))).toEqual(
      [
        'schema/invalid-value 10:13 unknown time zone "Asia/Peking" (expected an IANA name like Europe/Berlin or UTC)',
      ],
    );
  });
});

describe("business-day thresholds (SPEC §11)", () => {
  it("accepts 3bd on clocks, refuses it on latency and refuses fractions", () => {
    const text = sla(`  targets:
    - { name: a, metric: resolution-time, priority: P2, threshold: 3bd, objective: 90% }
    - { name: b, metric: recovery-time, threshold: 1bd, objective: 90% }
    - { name: c, metric: latency, threshold: 2bd, objective: 90% }
`);
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text }))).toEqual([
      'target/threshold-business-days 13:46 target "c" (latency) is not a clock: business days (2bd) apply to response, resolution and recovery times; give the latency in ms',
    ]);
    const bad = sla(`  targets:
    - { name: d, metric: response-time, priority: P1, threshold: 1.5bd, objective: 90% }
    - { name: e, metric: response-time, priority: P1, threshold: 0bd, objective: 90% }
`);
    expect(brief(validateFiles({ ...BASE, "sla.yaml": bad }))).toEqual([
      'schema/invalid-value 11:66 "1.5bd": business days are whole days (1bd, 2bd, 3bd …); write a shorter limit in hours',
      'schema/invalid-value 12:66 "0bd": a business-day threshold counts at least 1 service day (1bd)',
    ]);
  });
});
