import { afterAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

// SPEC §11 — time zones, calendars and service days of the real world.

const H = 3600;
const CONFIG = "reports: { out: reports, format: json, trend: 0 }\n";
const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec:\n${spec}`;
const service = (name: string) => doc("Service", name, "  owner: ops\n");
/** An SLA's spec: the service, its customer, a 2024 term with a review, then `rest`. */
const slaSpec = (serviceName: string, customer: string, rest: string) =>
  `  service: ${serviceName}\n  provider: ops\n  customer: ${customer}\n  term: { start: 2024-01-01 }\n  review: { every: 1y, last: 2024-01-01 }\n${rest}`;

async function report(cwd: string, sla: string, period: string): Promise<ReportModel> {
  const r = await runCli(["report", "--period", period, "--format", "json", "--out", "-", "--sla", sla], {
    cwd,
    env: { SOURCE_DATE_EPOCH: "1717200000" },
  });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ReportModel;
}

const target = (r: ReportModel, name: string) => r.targets.find((t) => t.name === name)!;
const cleanups: string[] = [];
afterAll(() => {
  for (const dir of cleanups) removeDir(dir);
});

describe("a Chinese provider's calendar: 2024 holidays with make-up days, a part-day holiday, business days", () => {
  // Mon–fri 09:00–18:00 Beijing time, China's official 2024 schedule from holidaysFrom, and a
  // company event closing Friday 10 May from 15:00.
  const root = tempRepo({
    "slm.config.yaml": CONFIG,
    "catalogue.yaml": service("erp"),
    "calendar.yaml": doc(
      "Calendar",
      "cn-office",
      `  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidaysFrom: { country: CN }
  holidays: [{ date: 2024-05-10, from: "15:00" }]
`,
    ),
    "sla.yaml": doc(
      "SLA",
      "cn-erp",
      slaSpec(
        "erp",
        "acme-cn",
        `  calendar: cn-office
  fee: { amount: 200000, currency: CNY, per: month }
  targets:
    - name: availability
      metric: availability
      objective: 99.5%
      credits: [{ below: 99.5%, credit: 5% }, { below: 98.5%, credit: 10% }]
    - { name: p1-resolution, metric: resolution-time, priority: P1, threshold: 2bd, objective: 90% }
    - { name: p2-response, metric: response-time, priority: P2, threshold: 4h, objective: 90% }
`,
      ),
    ),
    "sources.yaml": `${doc(
      "DataSource",
      "outages",
      `  type: outages
  path: outages.csv
  service: erp
  timezone: Asia/Shanghai
  columns: { id: id, start: start, end: end }
`,
    )}---\n${doc(
      "DataSource",
      "tickets",
      `  type: tickets
  path: tickets.csv
  service: erp
  timezone: Asia/Shanghai
  columns: { id: id, priority: priority, opened: opened, responded: responded, resolved: resolved }
`,
    )}`,
    "outages.csv": [
      "id,start,end",
      "O-LABOUR,2024-05-02 10:00,2024-05-02 12:00",
      "O-TUE,2024-05-07 14:00,2024-05-07 15:00",
      "O-EVENT,2024-05-10 15:00,2024-05-10 17:00",
      "O-MAKEUP,2024-05-11 10:00,2024-05-11 13:00",
      "",
    ].join("\n"),
    "tickets.csv": [
      "id,priority,opened,responded,resolved",
      "T-MU,P2,2024-02-04 10:00,2024-02-05 10:00,2024-02-05 12:00",
      "T-SF1,P1,2024-02-09 10:00,2024-02-09 10:05,2024-02-19 09:30",
      "T-SF2,P1,2024-02-09 10:00,2024-02-09 10:05,2024-02-19 10:30",
      "T-QM,P1,2024-04-03 17:00,2024-04-03 17:05,2024-04-08 17:30",
      "T-LD,P1,2024-04-30 16:00,2024-04-30 16:05,2024-05-07 15:00",
      "",
    ].join("\n"),
  });
  cleanups.push(root);

  it("measures May 2024 availability in the hours China actually worked", async () => {
    const r = await report(root, "cn-erp", "2024-05");
    expect(r.timezone).toBe("Asia/Shanghai");
    expect(r.period).toEqual({
      label: "2024-05",
      start: "2024-04-30T16:00:00.000Z",
      end: "2024-05-31T16:00:00.000Z",
    });
    const a = target(r, "availability");
    // By hand: May 2024 has 23 weekdays; 1–3 May (Wed–Fri) are off (Labour Day), Sat 11 May is a
    // make-up working day: 21 days × 9 h = 189 h; Fri 10 May closes at 15:00, −3 h = 186 h.
    expect(a.serviceTime).toBe(186 * H);
    // Downtime: O-TUE 1 h; O-MAKEUP 3 h on the working Saturday; O-LABOUR on a holiday and O-EVENT
    // inside the part-day holiday count nothing: 4 h.
    expect(a.downtime).toBe(4 * H);
    expect(a.value).toBeCloseTo(182 / 186, 12); // 97.849 %
    // Below 98.5 %: the 10 % tier of the 200,000 CNY monthly fee.
    expect(a.credit).toEqual({ percent: 0.1, amount: 20000, status: "due" });
  });

  it("runs business-day clocks across the Spring Festival, with its make-up Sunday", async () => {
    const r = await report(root, "cn-erp", "2024-02");
    const p1 = target(r, "p1-resolution");
    expect(p1.threshold).toBeNull();
    expect(p1.thresholdText).toBe("2bd");
    // T-SF1 and T-SF2 opened Fri 9 Feb 10:00; 10–17 Feb off; Sun 18 Feb works; 2bd → Mon 19 Feb
    // 10:00, i.e. 8 h + 9 h + 1 h = 18 h of service time. T-SF1 (resolved 09:30) has 17.5 h: met;
    // T-SF2 (10:30) 18.5 h: breached.
    expect([p1.count, p1.good]).toEqual([2, 1]);
    const sf2 = r.worst.tickets.find((t) => t.id === "T-SF2")!;
    expect([sf2.clock, sf2.threshold, sf2.clockCapped]).toEqual([18.5 * H, 18 * H, false]);
    expect(r.breaches.find((b) => b.target === "p1-resolution")!.causes).toEqual([
      "T-SF2 (P1): 18h 30m > 18h (2bd)",
    ]);
    // T-MU, opened on the make-up Sunday 4 Feb 10:00, first answered Mon 5 Feb 10:00: Sunday
    // 10:00–18:00 (8 h) + Monday 09:00–10:00 (1 h) = 9 h > 4 h. (Without the make-up day: 1 h.)
    const p2 = target(r, "p2-response");
    expect([p2.threshold, p2.thresholdText, p2.count, p2.good]).toEqual([4 * H, "4h", 1, 0]);
    expect(r.worst.tickets.find((t) => t.id === "T-MU")!.clock).toBe(9 * H);
  });

  it("notes in the report a year the holiday library does not know", async () => {
    const r = await report(root, "cn-erp", "2027-03");
    expect(r.dataQuality.notes).toContain(
      "calendar cn-office: chinese-days@1.5.7 has no holiday data for 2027; public holidays and make-up working days of that year are not applied",
    );
    // 2024 is known: no such note.
    const known = await report(root, "cn-erp", "2024-05");
    expect(known.dataQuality.notes.some((n) => n.includes("no holiday data"))).toBe(false);
  });

  it("runs business-day clocks across Qingming and Labour Day", async () => {
    const r = await report(root, "cn-erp", "2024-04");
    // T-QM opened Wed 3 Apr 17:00; 4–6 Apr off; Sun 7 Apr works (1), Mon 8 Apr (2): deadline
    // Mon 8 Apr 17:00 = 1 + 9 + 8 = 18 h; resolved 17:30, 18.5 h: breached.
    // T-LD opened Tue 30 Apr 16:00; 1–5 May off; Mon 6 (1), Tue 7 May (2): deadline 16:00 =
    // 2 + 9 + 7 = 18 h; resolved 15:00, 17 h: met.
    const p1 = target(r, "p1-resolution");
    expect([p1.count, p1.good, p1.value]).toEqual([2, 1, 0.5]);
    const qm = r.worst.tickets.find((t) => t.id === "T-QM")!;
    expect([qm.clock, qm.threshold]).toEqual([18.5 * H, 18 * H]);
  });
});

describe("the agreement's time zone pins month and quarter boundaries (Asia/Shanghai)", () => {
  // Every ticket is resolved 2 h after opening against a 1 h threshold, so each one counted is
  // listed among the breached tickets and the ids show which period it fell in.
  const TICKETS = [
    "id,priority,opened,resolved",
    "E,P1,2024-04-01 06:00,2024-04-01 08:00", // 31 Mar 22:00Z: Q2 in Beijing, Q1 in UTC
    "A,P1,2024-04-30 23:59,2024-05-01 01:59", // 15:59Z: April either way
    "B,P1,2024-05-01 07:30,2024-05-01 09:30", // 30 Apr 23:30Z: May in Beijing, April in UTC
    "C,P1,2024-05-31 23:30,2024-06-01 01:30", // 15:30Z: May either way
    "D,P1,2024-06-01 00:10,2024-06-01 02:10", // 31 May 16:10Z: June in Beijing, May in UTC
    "",
  ].join("\n");
  const files = (timezone: string) => ({
    "slm.config.yaml": CONFIG,
    "catalogue.yaml": service("desk"),
    "sla.yaml": doc(
      "SLA",
      "sh-desk",
      slaSpec(
        "desk",
        "acme-cn",
        `${timezone}  targets:\n    - { name: p1, metric: resolution-time, priority: P1, threshold: 1h, objective: 50% }\n`,
      ),
    ),
    "tickets.yaml": doc(
      "DataSource",
      "tickets",
      `  type: tickets
  path: tickets.csv
  service: desk
  timezone: Asia/Shanghai
  columns: { id: id, priority: priority, opened: opened, resolved: resolved }
`,
    ),
    "tickets.csv": TICKETS,
  });
  const shanghai = tempRepo(files("  timezone: Asia/Shanghai\n"));
  const utc = tempRepo(files(""));
  cleanups.push(shanghai, utc);
  const ids = (r: ReportModel) => r.worst.tickets.map((t) => t.id).sort();

  it("starts a Shanghai SLA's May at 2024-05-01T00:00+08:00: a ticket opened 1 May 07:30 Beijing time is May", async () => {
    const r = await report(shanghai, "sh-desk", "2024-05");
    expect(r.timezone).toBe("Asia/Shanghai");
    expect(r.period).toEqual({
      label: "2024-05",
      start: "2024-04-30T16:00:00.000Z",
      end: "2024-05-31T16:00:00.000Z",
    });
    expect(ids(r)).toEqual(["B", "C"]);
    const q2 = await report(shanghai, "sh-desk", "2024-Q2");
    expect(q2.period.start).toBe("2024-03-31T16:00:00.000Z");
    expect(ids(q2)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("without spec.timezone the built-in 24x7 is UTC, and validate says so", async () => {
    const r = await report(utc, "sh-desk", "2024-05");
    expect(r.timezone).toBe("UTC");
    expect(ids(r)).toEqual(["C", "D"]);
    expect(ids(await report(utc, "sh-desk", "2024-Q2"))).toEqual(["A", "B", "C", "D"]);
    const v = await runCli(["validate", "--format", "json"], { cwd: utc });
    const codes = (JSON.parse(v.stdout) as { diagnostics: { code: string; line: number }[] }).diagnostics;
    expect(codes.map((d) => `${d.code}:${d.line}`)).toEqual(["timezone/utc-default:4"]);
  });
});

describe("a DST gap inside a calendar window (issue 10 item 10)", () => {
  const root = tempRepo({
    "slm.config.yaml": CONFIG,
    "catalogue.yaml": service("batch"),
    "calendar.yaml": doc(
      "Calendar",
      "sunday-window",
      `  timezone: Europe/Berlin\n  hours: [{ days: [sun], from: "02:30", to: "05:00" }]\n`,
    ),
    "sla.yaml": doc(
      "SLA",
      "batch",
      slaSpec(
        "batch",
        "acme",
        "  calendar: sunday-window\n  targets: [{ name: availability, metric: availability, objective: 90% }]\n",
      ),
    ),
    "outages.yaml": doc(
      "DataSource",
      "outages",
      "  type: outages\n  path: outages.csv\n  service: batch\n  columns: { start: start, end: end }\n",
    ),
    "outages.csv": "start,end\n2024-03-31T00:00:00Z,2024-03-31T02:00:00Z\n",
  });
  cleanups.push(root);

  it("gives Sunday 02:30–05:00 Europe/Berlin 43,200 s in March 2024 and the outage 00:00–02:00Z 3,600 s", async () => {
    const a = target(await report(root, "batch", "2024-03"), "availability");
    // Four Sundays of 2 h 30 and 31 March, whose 02:30–03:00 does not exist: 03:00–05:00 CEST = 2 h.
    expect(a.serviceTime).toBe(43_200);
    // 31 March's window is 01:00–03:00Z; the outage covers its first hour.
    expect(a.downtime).toBe(3_600);
  });
});
