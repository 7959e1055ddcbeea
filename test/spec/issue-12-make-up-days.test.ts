import { afterAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

// Issue 12's headline case: a Chinese provider's May 2024 availability read 99.00 % (5 % credit,
// major) without make-up working days, where the truth is 98.48 % (10 % credit, critical).
// Saturday 11 May 2024 was a make-up working day for the Labour Day holiday (1–5 May).

const H = 3600;
const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec:\n${spec}`;

const calendar = (extra: string) =>
  doc(
    "Calendar",
    "cn-office",
    `  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidays: [2024-05-01, 2024-05-02, 2024-05-03]
${extra}`,
  );

const repo = (calendarText: string) =>
  tempRepo({
    "slm.config.yaml": "reports: { out: reports, format: json, trend: 0 }\n",
    "catalogue.yaml": doc("Service", "erp", "  owner: ops\n"),
    "calendar.yaml": calendarText,
    "sla.yaml": doc(
      "SLA",
      "cn-erp",
      `  service: erp
  provider: ops
  customer: acme-cn
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-01 }
  calendar: cn-office
  fee: { amount: 200000, currency: CNY, per: month }
  targets:
    - name: availability
      metric: availability
      objective: 99.5%
      credits: [{ below: 99.5%, credit: 5% }, { below: 99%, credit: 10% }]
`,
    ),
    "sources.yaml": doc(
      "DataSource",
      "outages",
      `  type: outages
  path: outages.csv
  service: erp
  timezone: Asia/Shanghai
  columns: { id: id, start: start, end: end }
`,
    ),
    // 1 h 48 min on Tuesday 7 May, 1 h 04 min on the make-up Saturday 11 May.
    "outages.csv":
      "id,start,end\nO-TUE,2024-05-07 10:00,2024-05-07 11:48\nO-SAT,2024-05-11 14:00,2024-05-11 15:04\n",
  });

async function availability(root: string) {
  const r = await runCli(
    ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "cn-erp"],
    {
      cwd: root,
      env: { SOURCE_DATE_EPOCH: "1717200000" },
    },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const model = JSON.parse(r.stdout) as ReportModel;
  return model.targets.find((t) => t.name === "availability")!;
}

const without = repo(calendar(""));
const explicit = repo(calendar("  workdays: [2024-05-11]\n"));
const library = repo(
  doc(
    "Calendar",
    "cn-office",
    `  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidaysFrom: { country: CN }
`,
  ),
);
afterAll(() => {
  for (const dir of [without, explicit, library]) removeDir(dir);
});

describe("issue 12: make-up working days change a Chinese provider's May 2024 verdict", () => {
  it("without the make-up Saturday: 99.00 %, the 5 % tier, major", async () => {
    const a = await availability(without);
    // By hand: 23 weekdays in May 2024 − 1, 2, 3 May = 20 days × 9 h = 180 h; only O-TUE
    // (1.8 h) is in service time: 178.2 / 180 = 0.99 exactly. Budget 0.5 % × 180 h = 0.9 h,
    // consumed 200 % (≤ 300 %): major. 99.00 % is not below 99 %: 5 % of 200,000 = 10,000.
    expect(a.serviceTime).toBe(180 * H);
    expect(a.downtime).toBe(1.8 * H);
    expect(a.value).toBeCloseTo(0.99, 12);
    expect(a.severity).toBe("major");
    expect(a.credit).toEqual({ percent: 0.05, amount: 10000, status: "due" });
  });

  for (const [label, root] of [
    ["listed in workdays", explicit],
    ["from holidaysFrom: CN (chinese-days)", library],
  ] as const) {
    it(`with the make-up Saturday ${label}: 98.48 %, the 10 % tier, critical`, async () => {
      const a = await availability(root);
      // By hand: 21 days × 9 h = 189 h; downtime 1 h 48 + 1 h 04 = 2 h 52 = 10,320 s;
      // (189 × 3600 − 10,320) / (189 × 3600) = 0.984832… → 98.48 %. Budget 0.945 h = 3,402 s,
      // consumed 10,320 / 3,402 = 303 % (> 300 %): critical. Below 99 %: 10 % = 20,000 CNY.
      expect(a.serviceTime).toBe(189 * H);
      expect(a.downtime).toBe(10_320);
      expect(a.value).toBeCloseTo((189 * H - 10_320) / (189 * H), 12);
      expect((a.value! * 100).toFixed(2)).toBe("98.48");
      expect(a.severity).toBe("critical");
      expect(a.credit).toEqual({ percent: 0.1, amount: 20000, status: "due" });
    });
  }
});
