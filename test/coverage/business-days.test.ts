import { describe, expect, it } from "vitest";
import { agreement, coverageOf, modelFrom, reasons, service, sla, target } from "./helpers.js";

// SPEC §11 in coverage: a business-day threshold is compared with an hour threshold only where the
// calendars make it exact; hours containment knows make-up working days and part-day holidays.

const cnOffice = (name: string, extra = "") =>
  `kind: Calendar\nmetadata: { name: ${name} }\nspec:\n  timezone: Asia/Shanghai\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]\n  holidaysFrom: { country: CN }\n${extra}`;
const p1 = (threshold: string) =>
  `{ name: p1-fix, metric: resolution-time, priority: P1, threshold: ${threshold}, objective: 95% }`;
const catalogue = [service("erp", ["erp-app"]), service("erp-app")];

function verdictWith(
  slaThreshold: string,
  olaThreshold: string,
  calendars: string[] = [cnOffice("cn-office")],
) {
  const model = modelFrom(
    ...catalogue,
    ...calendars,
    sla("acme-erp", { service: "erp", calendar: "cn-office", targets: [p1(slaThreshold)] }),
    agreement("app-ops", { service: "erp-app", calendar: "cn-office", targets: [p1(olaThreshold)] }),
  );
  return target(coverageOf(model), "acme-erp/p1-fix");
}

describe("business-day thresholds in coverage", () => {
  it("turns 2bd into 18 h when every service day has the same 9 hours (China's make-up days included)", () => {
    // Mon–fri 09:00–18:00; make-up working days take Monday's hours, holidays are whole days:
    // every service day is 09:00–18:00, so 2bd is exactly 2 × 9 h = 18 h whatever the start.
    const met = verdictWith("2bd", "18h");
    expect(met.verdict).toBe("covered");
    expect(met.requirement).toBe("P1 ≤ 2bd in 95%");
    const looser = verdictWith("2bd", "18h1m");
    expect(reasons(looser)).toEqual([
      "threshold: erp-app: OLA app-ops/p1-fix threshold 18h1m is looser than 2bd (= 18h of calendar cn-office, 9h a day)",
    ]);
  });

  it("compares two business-day thresholds on the same calendar by their days", () => {
    expect(verdictWith("2bd", "1bd").verdict).toBe("covered");
    expect(reasons(verdictWith("2bd", "3bd"))).toEqual([
      "threshold: erp-app: OLA app-ops/p1-fix threshold 3bd is looser than 2bd",
    ]);
  });

  it("says so when a part-day holiday makes a business day's length vary", () => {
    const t = verdictWith("2bd", "16h", [
      cnOffice("cn-office", `  holidays: [{ date: 2024-12-24, from: "12:00" }]\n`),
    ]);
    expect(t.verdict).toBe("at-risk");
    expect(reasons(t)).toEqual([
      "threshold: erp-app: OLA app-ops/p1-fix threshold 16h cannot be compared exactly with 2bd (calendar cn-office): the service days of calendar cn-office are not all alike (2024-12-24 has 3h against the usual 9h), so a business day has no fixed length",
    ]);
  });

  it("says so for 24x7 business days in a zone with DST (days of 23 and 25 hours)", () => {
    const model = modelFrom(
      ...catalogue,
      sla("acme-erp", { service: "erp", targets: [p1("1bd")] }).replace(
        "  targets:",
        "  timezone: Europe/Berlin\n  targets:",
      ),
      agreement("app-ops", { service: "erp-app", targets: [p1("24h")] }),
    );
    expect(reasons(target(coverageOf(model), "acme-erp/p1-fix"))).toEqual([
      "threshold: erp-app: OLA app-ops/p1-fix threshold 24h cannot be compared exactly with 1bd (calendar 24x7): the service days of calendar 24x7 are not all alike (2024-03-31 has 23h against the usual 1d), so a business day has no fixed length",
    ]);
    // In Shanghai (no DST) 1bd on 24x7 is exactly 24 h.
    const shanghai = modelFrom(
      ...catalogue,
      sla("acme-erp", { service: "erp", targets: [p1("1bd")] }).replace(
        "  targets:",
        "  timezone: Asia/Shanghai\n  targets:",
      ),
      agreement("app-ops", { service: "erp-app", targets: [p1("24h")] }),
    );
    expect(target(coverageOf(shanghai), "acme-erp/p1-fix").verdict).toBe("covered");
  });
});

describe("hours containment with make-up working days and part-day holidays", () => {
  it("names a make-up working day and a part-day closure the supporting calendar lacks", () => {
    const model = modelFrom(
      ...catalogue,
      `kind: Calendar\nmetadata: { name: sla-hours }\nspec:\n  timezone: Asia/Shanghai\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]\n  workdays: [2024-02-04]\n`,
      `kind: Calendar\nmetadata: { name: ola-hours }\nspec:\n  timezone: Asia/Shanghai\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]\n  holidays: [{ date: 2024-12-24, from: "12:00" }]\n`,
      sla("acme-erp", {
        service: "erp",
        calendar: "sla-hours",
        term: "{ start: 2024-01-01, end: 2024-12-31 }",
        targets: [p1("4h")],
      }),
      agreement("app-ops", {
        service: "erp-app",
        calendar: "ola-hours",
        term: "{ start: 2024-01-01, end: 2024-12-31 }",
        targets: [p1("4h")],
      }),
    );
    expect(reasons(target(coverageOf(model), "acme-erp/p1-fix"))).toEqual([
      "hours: erp-app: SLA hours (calendar sla-hours, Asia/Shanghai) not covered by OLA app-ops/p1-fix (calendar ola-hours): 2024-02-04 all day, 2024-12-24 12:00-18:00",
    ]);
  });

  it("is satisfied when the supporting calendar has the same library holidays and make-up days", () => {
    const model = modelFrom(
      ...catalogue,
      cnOffice("sla-hours"),
      cnOffice("ola-hours"),
      sla("acme-erp", { service: "erp", calendar: "sla-hours", targets: [p1("4h")] }),
      agreement("app-ops", { service: "erp-app", calendar: "ola-hours", targets: [p1("4h")] }),
    );
    expect(target(coverageOf(model), "acme-erp/p1-fix").verdict).toBe("covered");
  });
});
