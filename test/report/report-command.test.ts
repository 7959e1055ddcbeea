import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { runSlm, SERVICE_WEB, slaYaml, tempRepo } from "./helpers.js";

const H = 3600;
/** The May 2024 report of acme-web, as JSON on stdout: the invocation most cases share. */
const MAY_JSON = ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "acme-web"];
const REPO = {
  "agreements.yaml": `${SERVICE_WEB}---
${slaYaml(
  "acme-web",
  "web",
  `  fee: { amount: 1000, currency: EUR, per: month }
  creditCap: 15%
  targets:
    - name: availability
      metric: availability
      objective: 99.9%
      exclusions: [planned]
      source: outages
      credits: [{ below: 99.9%, credit: 10% }, { below: 99%, credit: 25% }]
    - name: restore
      metric: recovery-time
      threshold: 2h
      objective: 100%
      source: outages
    - name: p1-response
      metric: response-time
      priority: P1
      threshold: 1h
      objective: 50%
      credits: [{ below: 50%, credit: 10% }]
`,
)}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  service: web
  columns: { id: ref, start: start, end: end, planned: planned, cause: cause }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets }
spec:
  type: tickets
  path: data/tickets/*.csv
  columns: { id: id, service: svc, priority: prio, opened: opened, responded: responded }
  values: { prio: {}, priority: { "1": P1 } }
`,
  "data/outages.csv":
    "ref,start,end,planned,cause\r\n" +
    "O1,2024-05-03T10:00:00Z,2024-05-03T12:00:00Z,no,disk full\r\n" +
    'O2,2024-05-03T11:00:00Z,2024-05-03T13:00:00Z,no,"router, core"\r\n' +
    "M1,2024-05-10T00:00:00Z,2024-05-10T01:00:00Z,yes,maintenance\r\n",
  "data/tickets/may.csv":
    "\uFEFFid,svc,prio,opened,responded\n" +
    "T1,web,1,2024-05-02T09:00:00Z,2024-05-02T10:00:00Z\n" +
    "T2,web,1,2024-05-02T09:00:00Z,2024-05-02T11:00:00Z\n" +
    "T3,web,1,2024-05-31T23:00:00Z,\n" +
    "T4,web,1,2024-05-31T23:50:00Z,\n" +
    "T5,web,1,2024-05-31T23:50:00Z\n" +
    "T6,mail,1,2024-05-02T09:00:00Z,2024-05-02T19:00:00Z\n",
};

describe("slm report (in-process, inline repository)", () => {
  let repo: { root: string; cleanup: () => void };
  beforeAll(() => {
    repo = tempRepo(REPO);
  });
  afterAll(() => repo.cleanup());

  const json = async (extra: string[] = []) => {
    const r = await runSlm(repo.root, [
      "report",
      "--period",
      "2024-05",
      "--format",
      "json",
      "--out",
      "-",
      "--sla",
      "acme-web",
      "--as-of",
      "2024-06-01T00:30:00Z",
      ...extra,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as ReportModel;
  };

  it("measures availability, recovery and response with the SPEC §6 rules", async () => {
    const report = await json();
    const [availability, restore, response] = report.targets;
    // Service time 744 h − 1 h planned; downtime 10:00–13:00 (two overlapping outages) = 3 h.
    expect(availability).toMatchObject({
      status: "breached",
      serviceTime: 743 * H,
      downtime: 3 * H,
      count: 2,
      severity: "critical",
    });
    expect(availability!.value).toBeCloseTo(740 / 743, 12);
    expect(availability!.budget.allowed).toBeCloseTo(0.001 * 743 * H, 6);
    expect(availability!.budget.consumed).toBeCloseTo((3 * H) / (0.001 * 743 * H), 9);
    expect(availability!.credit).toEqual({ percent: 0.1, amount: 100, status: "due" });
    // Both outages took exactly 2 h: a clock equal to the threshold meets it.
    expect(restore).toMatchObject({ status: "met", count: 2, good: 2, value: 1 });
    // T1 1 h (met), T2 2 h (breached), T3 1.5 h open at as-of (breached), T4 40 min open (pending);
    // T5 is ragged (skipped), T6 another service.
    expect(response).toMatchObject({ status: "breached", count: 3, good: 1, pending: 1, severity: "minor" });
    expect(response!.budget).toEqual({ allowed: 1.5, consumed: 2 / 1.5 });
    expect(report.credits).toEqual({
      percent: 0.15,
      amount: 150,
      currency: "EUR",
      capped: true,
      accruing: 0,
      direction: "payable",
      // The one May window (UTC), its credits after the cap (SPEC §17: what `slm credits` lists).
      windows: [
        {
          label: "2024-05",
          start: "2024-05-01T00:00:00.000Z",
          end: "2024-06-01T00:00:00.000Z",
          lastDay: "2024-05-31",
          amount: 150,
        },
      ],
    });
    expect(report.summary.sentence).toBe("1 of 3 targets met; 2 breaches (1 critical); credit EUR 150.00");
    expect(report.worst.tickets.map((t) => [t.id, t.clock])).toEqual([
      ["T2", 2 * H],
      ["T3", 1.5 * H],
    ]);
    expect(report.worst.pending.map((t) => t.id)).toEqual(["T4"]);
    expect(report.worst.outages.map((o) => [o.id, o.cause, o.duration])).toEqual([
      ["O1", "disk full", 2 * H],
      ["O2", "router, core", 2 * H],
    ]);
    expect(report.dataQuality.skipped).toEqual([
      {
        source: "tickets",
        file: "data/tickets/may.csv",
        reason: "ragged row (field count differs from the header)",
        count: 1,
        lines: [6],
      },
    ]);
    expect(report.generatedAt).toBe("2024-06-01T00:00:00.000Z");
    expect(report.inputs.map((i) => i.file)).toEqual([
      "agreements.yaml",
      "data/outages.csv",
      "data/tickets/may.csv",
    ]);
    expect(report.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
  });

  it("the default as-of is the latest timestamp in the source", async () => {
    const r = await runSlm(repo.root, MAY_JSON);
    const report = JSON.parse(r.stdout) as ReportModel;
    // Latest ticket timestamp 2024-05-31T23:50Z: T3 has run 50 min → pending, T4 0 min → pending.
    expect(report.targets[2]).toMatchObject({ count: 2, good: 1, pending: 2 });
  });

  it("is byte-for-byte deterministic", async () => {
    const a = await runSlm(repo.root, MAY_JSON);
    const b = await runSlm(repo.root, MAY_JSON);
    expect(a.stdout).toBe(b.stdout);
  });

  it("writes reports/<period>/<sla>.json and leaves no temporary file", async () => {
    const r = await runSlm(repo.root, ["report", "--period", "2024-05", "--format", "json", "--out", "out"]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(repo.root, "out", "2024-05"))).toEqual(["acme-web.json"]);
    expect(JSON.parse(readFileSync(join(repo.root, "out", "2024-05", "acme-web.json"), "utf8")).sla).toBe(
      "acme-web",
    );
  });

  it("exit codes: --fail-on-breach 1, --strict 1 with skipped rows, usage errors 2", async () => {
    expect(
      (
        await runSlm(repo.root, [
          "report",
          "--period",
          "2024-05",
          "--format",
          "json",
          "--out",
          "-",
          "--sla",
          "acme-web",
          "--fail-on-breach",
        ])
      ).code,
    ).toBe(1);
    const strict = await runSlm(repo.root, [
      "report",
      "--period",
      "2024-05",
      "--format",
      "json",
      "--out",
      "strict",
      "--strict",
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      "data/tickets/may.csv: 1 row skipped: ragged row (field count differs from the header) (line 6)",
    );
    expect(existsSync(join(repo.root, "strict"))).toBe(false);
    const noSla = await runSlm(repo.root, ["report", "--period", "2024-05", "--out", "-"]);
    expect(noSla).toMatchObject({ code: 2, stdout: "" });
    expect(noSla.stderr).toContain("--out - writes to stdout and needs --sla NAME");
    for (const period of ["2024-13", "May", "2024-02-30..2024-03-01"]) {
      const bad = await runSlm(repo.root, ["report", "--period", period, "--format", "json"]);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect((await runSlm(repo.root, ["report", "--period", "2024-05", "--as-of", "soon"])).code).toBe(2);
    expect((await runSlm(repo.root, ["report", "--period", "2024-05", "--data", "nope=x.csv"])).code).toBe(2);
  });

  it("a missing mapped column is an error naming it and the headers found (exit 2, one line)", async () => {
    const other = tempRepo({ ...REPO, "data/outages.csv": "ref,begin,end,planned,cause\n" });
    try {
      const r = await runSlm(other.root, MAY_JSON);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'slm: data/outages.csv: column "start" (field start of DataSource outages) is not in the header; headers found: "ref", "begin", "end", "planned", "cause"\n',
      );
    } finally {
      other.cleanup();
    }
  });

  it("non-UTF-8 data is an error, not mangled text", async () => {
    const latin1 = Buffer.concat([
      Buffer.from("ref,start,end,planned,cause\nO1,2024-05-03T10:00:00Z,2024-05-03T12:00:00Z,no,St"),
      Buffer.from([0xf6]),
      Buffer.from("rung\n"),
    ]);
    const other = tempRepo({ ...REPO, "data/outages.csv": latin1 });
    try {
      const r = await runSlm(other.root, MAY_JSON);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        "slm: data/outages.csv:2: bytes that are not UTF-8; set `encoding` on its DataSource (for example windows-1252 or gb18030), or save the export as UTF-8\n",
      );
    } finally {
      other.cleanup();
    }
  });

  it("a path glob may not leave the repository: validation says so before any report runs", async () => {
    const other = tempRepo({
      ...REPO,
      "agreements.yaml": REPO["agreements.yaml"].replace("path: data/outages.csv", "path: ../outages.csv"),
    });
    try {
      const r = await runSlm(other.root, MAY_JSON);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /agreements\.yaml:\d+:\d+: error schema\/invalid-value: "\.\.\/outages\.csv" leads out of the repository/,
      );
    } finally {
      other.cleanup();
    }
  });
});
