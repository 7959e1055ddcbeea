import { describe, expect, it } from "vitest";
import { parseDate, unwrap } from "../../src/core/values/index.js";
import { createHoursContainment } from "../../src/coverage/hours-containment.js";
import { modelFrom } from "./helpers.js";

function calendar(name: string, timezone: string, hours: string[], holidays: string[] = []): string {
  return [
    "kind: Calendar",
    `metadata: { name: ${name} }`,
    "spec:",
    `  timezone: ${timezone}`,
    "  hours:",
    ...hours.map((h) => `    - ${h}`),
    `  holidays: [${holidays.join(", ")}]`,
  ].join("\n");
}
const weekdays = (from: string, to: string) =>
  `{ days: [mon, tue, wed, thu, fri], from: "${from}", to: "${to}" }`;
const term = (start: string, end?: string) => ({
  start: unwrap(parseDate(start), start),
  end: end === undefined ? undefined : unwrap(parseDate(end), end),
});

describe("hours containment", () => {
  it("names what business hours leave of 24x7 (SPEC example)", () => {
    const model = modelFrom(calendar("office-utc", "UTC", [weekdays("08:00", "18:00")]));
    const hours = createHoursContainment(model);
    expect(hours("24x7", ["office-utc"], term("2024-01-01", "2024-12-31"))).toBe(
      "mon-fri 18:00-08:00, sat-sun all day",
    );
  });

  it("is satisfied by the same calendar, by 24x7, or by a union of calendars", () => {
    const model = modelFrom(
      calendar("office", "Europe/Berlin", [weekdays("08:00", "18:00")]),
      calendar("early", "Europe/Berlin", [weekdays("06:00", "12:00")]),
      calendar("late", "Europe/Berlin", [weekdays("12:00", "20:00")]),
    );
    const hours = createHoursContainment(model);
    const t = term("2024-01-01", "2024-12-31");
    expect(hours("office", ["office"], t)).toBeUndefined();
    expect(hours("office", ["24x7"], t)).toBeUndefined();
    expect(hours("office", ["early", "late"], t)).toBeUndefined();
    expect(hours("office", ["early"], t)).toBe("mon-fri 12:00-18:00");
  });

  it("names Saturday hours the supporting calendar lacks", () => {
    const model = modelFrom(
      calendar("extended", "Europe/Berlin", [
        weekdays("08:00", "18:00"),
        `{ days: [sat], from: "09:00", to: "13:00" }`,
      ]),
      calendar("office", "Europe/Berlin", [weekdays("08:00", "17:00")]),
    );
    expect(createHoursContainment(model)("extended", ["office"], term("2024-01-01", "2024-12-31"))).toBe(
      "mon-fri 17:00-18:00, sat 09:00-13:00",
    );
  });

  it("compares two time zones that change clocks on the same day without artefacts", () => {
    // Berlin and London both switch at 01:00 UTC: London 08:00–18:00 is always Berlin 09:00–19:00.
    const model = modelFrom(
      calendar("berlin", "Europe/Berlin", [weekdays("08:00", "18:00")]),
      calendar("london", "Europe/London", [weekdays("08:00", "18:00")]),
    );
    expect(createHoursContainment(model)("berlin", ["london"], term("2024-01-01", "2024-12-31"))).toBe(
      "mon-fri 08:00-09:00",
    );
  });

  it("names the DST weeks in which New York and Berlin are five hours apart as dates", () => {
    // New York 02:00–12:00 is Berlin 08:00–18:00 while both are on standard or both on summer
    // time. The US changes on 2024-03-10 and 2024-11-03, the EU on 2024-03-31 and 2024-10-27:
    // in between New York's 12:00 is Berlin's 17:00.
    const model = modelFrom(
      calendar("berlin", "Europe/Berlin", [weekdays("08:00", "18:00")]),
      calendar("new-york", "America/New_York", [weekdays("02:00", "12:00")]),
    );
    expect(createHoursContainment(model)("berlin", ["new-york"], term("2024-01-01", "2024-12-31"))).toBe(
      "2024-03-11..2024-03-29 mon-fri 17:00-18:00, 2024-10-28..2024-11-01 17:00-18:00",
    );
  });

  it("keeps the weekly pattern of a 24x7 (UTC) SLA against a Berlin calendar and lists the winter as dates", () => {
    const model = modelFrom(calendar("office", "Europe/Berlin", [weekdays("08:00", "18:00")]));
    expect(createHoursContainment(model)("24x7", ["office"], term("2024-04-01", "2024-12-31"))).toBe(
      "mon-fri 16:00-06:00, sat-sun all day, 2024-10-28..2024-12-31 mon-fri 06:00-07:00",
    );
  });

  it("names holidays of the supporting calendar that the SLA calendar works", () => {
    const model = modelFrom(
      calendar("sla-hours", "Europe/Berlin", [weekdays("08:00", "18:00")], ["2024-12-25"]),
      calendar(
        "ola-hours",
        "Europe/Berlin",
        [weekdays("08:00", "18:00")],
        ["2024-12-24", "2024-12-25", "2024-12-26", "2024-05-01"],
      ),
    );
    expect(createHoursContainment(model)("sla-hours", ["ola-hours"], term("2024-01-01", "2024-12-31"))).toBe(
      "2024-05-01 all day, 2024-12-24 all day, 2024-12-26 all day",
    );
    // The other way round: an SLA holiday only means less to cover.
    expect(
      createHoursContainment(model)("ola-hours", ["sla-hours"], term("2024-01-01", "2024-12-31")),
    ).toBeUndefined();
  });

  it("groups a run of holidays and a holiday inside a 24x7 gap", () => {
    const model = modelFrom(
      calendar("office", "UTC", [weekdays("08:00", "18:00")], ["2025-12-24", "2025-12-25", "2025-12-26"]),
    );
    expect(createHoursContainment(model)("24x7", ["office"], term("2025-01-01", "2025-12-31"))).toBe(
      "mon-fri 18:00-08:00, sat-sun all day, 2025-12-24..2025-12-26 all day",
    );
  });

  it("checks an open-ended term for one year, or up to the last holiday listed", () => {
    const model = modelFrom(
      calendar("sla-hours", "UTC", [weekdays("08:00", "18:00")]),
      calendar("ola-hours", "UTC", [weekdays("08:00", "18:00")], ["2027-06-01"]),
      calendar("ola-2024", "UTC", [weekdays("08:00", "18:00")], ["2024-06-03"]),
    );
    const hours = createHoursContainment(model);
    expect(hours("sla-hours", ["ola-hours"], term("2024-01-01"))).toBe("2027-06-01 all day");
    expect(hours("sla-hours", ["ola-2024"], term("2024-01-01"))).toBe("2024-06-03 all day");
    // A holiday before the term starts is not a gap.
    expect(hours("sla-hours", ["ola-2024"], term("2024-07-01"))).toBeUndefined();
  });
});
