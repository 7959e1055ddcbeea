import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFor, SERVICE_WEB, slaYaml, tempRepo } from "./helpers.js";

/**
 * slm against exports written by others (/work/shared/datasets, see its README). Every expected
 * figure is computed here independently of slm's engine: plain string splitting, Date.parse and
 * hand-written loops.
 */
const DATASETS = resolve(__dirname, "../../../shared/datasets");
const has = (p: string) => existsSync(join(DATASETS, p));
const skipNote = (p: string) => (has(p) ? "" : ` (skipped: ${join(DATASETS, p)} not found)`);

const UCI = "servicenow-uci/incident_event_log_first119998.csv.gz";
const HOUR = 3_600_000;
const THRESHOLDS: Record<string, number> = { P1: 4, P2: 8, P3: 24, P4: 72 };

function uciTime(text: string): number {
  const [d, t] = text.split(" ");
  const [day, month, year] = d!.split("/").map(Number);
  const [h, m] = t!.split(":").map(Number);
  return Date.UTC(year!, month! - 1, day!, h!, m!);
}

/** Business hours Mon–Fri 08:00–18:00 UTC between two instants, by walking the days. */
function officeHours(from: number, to: number): number {
  let sum = 0;
  for (let day = Math.floor(from / 86_400_000) * 86_400_000; day < to; day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const open = Math.max(from, day + 8 * HOUR);
    const close = Math.min(to, day + 18 * HOUR);
    if (close > open) sum += close - open;
  }
  return sum;
}

describe(`ServiceNow UCI event log: resolution time per priority, 2016-03${skipNote(UCI)}`, () => {
  const enabled = has(UCI);
  let repo: { root: string; cleanup: () => void };
  const expected: Record<
    string,
    { day: { total: number; good: number }; office: { total: number; good: number } }
  > = {};
  let asOf = 0;

  beforeAll(() => {
    if (!enabled) return;
    const text = gunzipSync(readFileSync(join(DATASETS, UCI))).toString("utf8");
    const targets = Object.entries(THRESHOLDS)
      .flatMap(([p, h]) => [
        `    - { name: ${p.toLowerCase()}-resolution, metric: resolution-time, priority: ${p}, threshold: ${h}h, objective: 90% }`,
        `    - { name: ${p.toLowerCase()}-resolution-office, metric: resolution-time, priority: ${p}, threshold: ${h}h, objective: 90%, calendar: office }`,
      ])
      .join("\n");
    repo = tempRepo({
      "slm.yaml": `${SERVICE_WEB.replace("web", "it-support")}---
apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  timezone: UTC
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]
---
${slaYaml("uci", "it-support", `  targets:\n${targets}\n`)}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: servicenow }
spec:
  type: tickets
  service: it-support
  timestampFormat: "d/M/yyyy H:mm"
  missing: ["?"]
  dedupe: last
  columns: { id: number, priority: priority, opened: opened_at, resolved: resolved_at }
  values:
    priority: { "1 - Critical": P1, "2 - High": P2, "3 - Moderate": P3, "4 - Low": P4 }
`,
    });
    writeFileSync(join(repo.root, "events.csv"), text);

    // Independent computation: last row per incident, opened in March 2016 (UTC).
    const lines = text.split("\n").filter((l) => l !== "");
    const header = lines[0]!.split(",");
    const col = (name: string) => header.indexOf(name);
    const last = new Map<string, string[]>();
    for (const line of lines.slice(1)) {
      const f = line.split(",");
      last.set(f[col("number")]!, f);
      for (const c of ["opened_at", "resolved_at"])
        if (f[col(c)] !== "?") asOf = Math.max(asOf, uciTime(f[col(c)]!));
    }
    const march = [Date.UTC(2016, 2, 1), Date.UTC(2016, 3, 1)];
    for (const p of Object.keys(THRESHOLDS))
      expected[p] = { day: { total: 0, good: 0 }, office: { total: 0, good: 0 } };
    for (const f of last.values()) {
      const priority = `P${f[col("priority")]!.slice(0, 1)}`;
      const opened = uciTime(f[col("opened_at")]!);
      if (opened < march[0]! || opened >= march[1]! || !(priority in THRESHOLDS)) continue;
      const threshold = THRESHOLDS[priority]! * HOUR;
      const resolved = f[col("resolved_at")] === "?" ? null : uciTime(f[col("resolved_at")]!);
      for (const [kind, clock] of [
        ["day", (a: number, b: number) => b - a],
        ["office", officeHours],
      ] as const) {
        const c = clock(opened, resolved ?? asOf);
        const e = expected[priority]![kind];
        if (resolved !== null) {
          e.total++;
          if (c <= threshold) e.good++;
        } else if (c > threshold) e.total++; // open and already over: breached; else pending
      }
    }
  });
  afterAll(() => repo?.cleanup());

  it.skipIf(!enabled)("matches an independent count per priority, 24x7 and in business hours", async () => {
    const report = await reportFor(repo.root, "uci", [
      "--period",
      "2016-03",
      "--data",
      "servicenow=events.csv",
      "--trend",
      "0",
    ]);
    expect(report.asOf).toBe(new Date(asOf).toISOString());
    for (const p of Object.keys(THRESHOLDS)) {
      const day = report.targets.find((t) => t.name === `${p.toLowerCase()}-resolution`)!;
      const office = report.targets.find((t) => t.name === `${p.toLowerCase()}-resolution-office`)!;
      expect({ p, total: day.count, good: day.good }).toEqual({ p, ...expected[p]!.day });
      expect({ p, total: office.count, good: office.good }).toEqual({ p, ...expected[p]!.office });
    }
    const all = Object.values(expected).reduce((n, e) => n + e.day.total, 0);
    expect(all).toBeGreaterThan(1000);
    expect(report.dataQuality.notes.some((n) => n.includes("dedupe"))).toBe(true);
  });
});

const DEMO = "servicenow-demo/incidents_rest.csv";

describe(`ServiceNow demo: 24x7 resolution clock equals calendar_stc${skipNote(DEMO)}`, () => {
  // 27 incidents are resolved; for 26 the clock slm computes (resolved − opened in 24x7) equals
  // ServiceNow's own calendar_stc. INC0000060 differs by exactly 7,200 s: its calendar_stc
  // (102,197 s) is shorter than resolved_at − opened_at (109,397 s) — ServiceNow fixes
  // calendar_stc when an incident is first resolved, and this one's resolved_at was stamped again
  // two hours later (or shifted by a time-zone change on the demo instance); the export alone
  // cannot reproduce it, so the test names it as the one exception.
  it.skipIf(!has(DEMO))("26 of 27 resolved incidents agree to the second", async () => {
    const { readWholeSource } = await import("../helpers/read-source.js");
    const { ticketClock } = await import("../../src/measure/ticket-clock.js");
    const { calendarFromModel } = await import("../../src/time/business-calendar.js");
    const { modelFromYaml } = await import("./helpers.js");
    const model = modelFromYaml(`apiVersion: slm/v1
kind: DataSource
metadata: { name: demo }
spec:
  type: tickets
  service: web
  columns: { id: number, priority: priority, opened: opened_at, resolved: resolved_at }
`);
    const absolute = join(DATASETS, DEMO);
    const { tickets } = await readWholeSource(model.dataSources.get("demo")!, [
      { file: DEMO, absolute, sha256: "" },
    ]);
    const calendar = calendarFromModel(model, "24x7");
    const clocks = new Map(
      tickets
        .filter((t) => t.resolved !== null)
        .map((t) => [
          t.id,
          ticketClock(calendar, t.opened, t.resolved, Number.POSITIVE_INFINITY, 0, {
            ms: Number.POSITIVE_INFINITY,
          }).clockMs / 1000,
        ]),
    );
    // Independent: calendar_stc per resolved incident, read with Node's own string functions (the
    // quoted descriptions hold commas, so fields are taken from the header position counted
    // from the right, where no quoted column lies).
    const lines = readFileSync(absolute, "utf8")
      .split("\n")
      .filter((l) => l !== "");
    const header = lines[0]!.split(",");
    const fromRight = (name: string) => header.length - header.indexOf(name);
    const stc = new Map<string, number>();
    for (const line of lines.slice(1)) {
      const f = line.split(",");
      const get = (name: string) => f[f.length - fromRight(name)]!;
      if (get("resolved_at") !== "") stc.set(get("number"), Number(get("calendar_stc")));
    }
    expect(stc.size).toBe(27);
    expect(clocks.size).toBe(27);
    const disagree = [...stc].filter(([id, s]) => clocks.get(id) !== s).map(([id]) => id);
    expect(disagree).toEqual(["INC0000060"]);
    expect(clocks.get("INC0000060")! - stc.get("INC0000060")!).toBe(7200);
  });
});
