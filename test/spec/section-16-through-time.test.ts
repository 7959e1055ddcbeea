import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";
import { gitHistory, gitIn, writeFiles } from "../helpers/git-history.js";
import { C1, C4, CATALOGUE, OUTAGES, sla, throughTimeRepository } from "./through-time-fixture.js";

// SPEC §16 — agreements through time. The repository and the hand-worked figures are in
// through-time-fixture.ts: January–June under C1 (99.5%, 10% below 99.5%), July–September under C3
// (99.9%, 10% below 99.9%), October–December under C4 (99.9%, 10% below 99.9%, 25% below 99.0%).

const NOW = new Date("2025-01-15T12:00:00Z");

async function report(root: string, period: string, extra: string[] = []): Promise<ReportModel> {
  const r = await runCli(
    ["report", "--period", period, "--format", "json", "--out", "-", "--sla", "acme-web", ...extra],
    {
      cwd: root,
      now: NOW,
      env: { SOURCE_DATE_EPOCH: "1736942400" },
    },
  );
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ReportModel;
}

let repo: { root: string; ids: string[] };
let c1: string;
let c3: string;
let c4: string;
beforeAll(() => {
  repo = throughTimeRepository();
  [c1, , c3, c4] = repo.ids as [string, string, string, string];
});
afterAll(() => removeDir(repo.root));

describe("spec.effective (SPEC §16)", () => {
  it("defaults to term.start; before the term starts it is an error, after the term ends a warning", async () => {
    const files = (effective: string) => ({
      "catalogue.yaml": CATALOGUE,
      "acme-web.yaml": sla({ displayName: "Acme Web", objective: "99.9%", credits: "[]", effective }),
    });
    const before = tempRepo(files("2023-12-31"));
    const after = tempRepo(files("2026-01-01"));
    try {
      const b = await runCli(["validate", "--format", "json"], { cwd: before, now: NOW });
      expect(b.code).toBe(1);
      expect(JSON.parse(b.stdout).diagnostics).toContainEqual(
        expect.objectContaining({
          code: "term/effective-before-start",
          severity: "error",
          message:
            "effective 2023-12-31 is before the term starts (2024-01-01): terms take effect inside the term",
          pointer: "/spec/effective",
          line: 9,
        }),
      );
      const a = await runCli(["validate", "--format", "json"], { cwd: after, now: NOW });
      expect(a.code).toBe(0);
      expect(JSON.parse(a.stdout).diagnostics).toContainEqual(
        expect.objectContaining({ code: "term/effective-after-end", severity: "warning" }),
      );
    } finally {
      removeDir(before);
      removeDir(after);
    }
  });
});

describe("slm report reads each agreement as committed (SPEC §16)", () => {
  it("judges each month of 2024 under the revision in force at its start", async () => {
    const r = await report(repo.root, "2024");
    const t = r.targets[0]!;
    // Jan–Jun: C1 (effective 2024-01-01); Jul–Sep: C3, which ties with C2 (2024-07-01) and is
    // newer; Oct–Dec: C4 (2024-10-01).
    expect(t.windows.map((w) => [w.label, w.terms.commit, w.terms.effective])).toEqual([
      ["2024-01", c1, "2024-01-01"],
      ["2024-02", c1, "2024-01-01"],
      ["2024-03", c1, "2024-01-01"],
      ["2024-04", c1, "2024-01-01"],
      ["2024-05", c1, "2024-01-01"],
      ["2024-06", c1, "2024-01-01"],
      ["2024-07", c3, "2024-07-01"],
      ["2024-08", c3, "2024-07-01"],
      ["2024-09", c3, "2024-07-01"],
      ["2024-10", c4, "2024-10-01"],
      ["2024-11", c4, "2024-10-01"],
      ["2024-12", c4, "2024-10-01"],
    ]);
    // Feb 99.856% ≥ 99.5% (C1) met, no credit; Mar 99.328% < 99.5% breached, 10% of EUR 1,000;
    // Jul 99.866% < 99.9% (C3) breached, 10%; Sep 98.843% < 99.9%, C3 has no 25% tier: 10%;
    // Oct 98.880% < 99.0% (C4): 25%; Nov 99.931% met; Dec 99.731% < 99.9%: 10%.
    expect(t.windows.map((w) => [w.label, w.status, w.credit.amount])).toEqual([
      ["2024-01", "met", 0],
      ["2024-02", "met", 0],
      ["2024-03", "breached", 100],
      ["2024-04", "met", 0],
      ["2024-05", "met", 0],
      ["2024-06", "met", 0],
      ["2024-07", "breached", 100],
      ["2024-08", "met", 0],
      ["2024-09", "breached", 100],
      ["2024-10", "breached", 250],
      ["2024-11", "met", 0],
      ["2024-12", "breached", 100],
    ]);
    // 100 + 100 + 100 + 250 + 100 = EUR 650 due in the year.
    expect(r.credits.amount).toBe(650);
    // The row is the last window's terms: C4's objective.
    expect(t.objective).toBe(0.999);
    expect(t.terms).toEqual({ commit: c4, effective: "2024-10-01" });
    expect(r.terms).toEqual({
      source: "git",
      revisions: [
        { commit: c1, effective: "2024-01-01" },
        { commit: c3, effective: "2024-07-01" },
        { commit: c4, effective: "2024-10-01" },
      ],
    });
    expect(r.dataQuality.notes).toContain(
      `availability: judged under 3 revisions of the agreement in this period: 2024-01 to 2024-06 under ${c1.slice(0, 7)} (effective 2024-01-01); 2024-07 to 2024-09 under ${c3.slice(0, 7)} (effective 2024-07-01); 2024-10 to 2024-12 under ${c4.slice(0, 7)} (effective 2024-10-01)`,
    );
  });

  it("gives a month's report the terms, name and figures of the revision in force then", async () => {
    const march = await report(repo.root, "2024-03");
    // C1: the typo is in the name committed then; 300 min down of a 223.2 min budget
    // (0.5% × 44,640 min) = 134.4% → minor (≤ 150%).
    expect(march.displayName).toBe("Acme Wbe");
    expect(march.targets[0]).toMatchObject({
      objective: 0.995,
      status: "breached",
      severity: "minor",
      terms: { commit: c1, effective: "2024-01-01" },
      credit: { percent: 0.1, amount: 100, status: "due" },
    });
    expect(march.targets[0]!.budget.consumed).toBeCloseTo(300 / 223.2, 9);
    expect(march.terms.revisions).toHaveLength(1);
    expect(march.dataQuality.notes.some((n) => n.includes("revisions"))).toBe(false);

    // August: C3, the typo fix (not C2); met, nothing consumed.
    const august = await report(repo.root, "2024-08");
    expect(august.displayName).toBe("Acme Web");
    expect(august.targets[0]).toMatchObject({ objective: 0.999, status: "met", terms: { commit: c3 } });

    // October: C4's 25% tier; 500 min of a 44.64 min budget = 1,120% → critical.
    const october = await report(repo.root, "2024-10");
    expect(october.targets[0]).toMatchObject({
      status: "breached",
      severity: "critical",
      terms: { commit: c4, effective: "2024-10-01" },
      credit: { percent: 0.25, amount: 250 },
    });
  });

  it("says in the Markdown header which revisions judged the period", async () => {
    const r = await runCli(
      ["report", "--period", "2024", "--format", "md", "--out", "-", "--sla", "acme-web"],
      {
        cwd: repo.root,
        now: NOW,
      },
    );
    expect(r.stdout).toContain(
      `| Terms | 3 revisions: commit ${c1.slice(0, 7)} from 2024-01-01, commit ${c3.slice(0, 7)} from 2024-07-01, commit ${c4.slice(0, 7)} from 2024-10-01 (see Data quality) |`,
    );
    const march = await runCli(
      ["report", "--period", "2024-03", "--format", "html", "--out", "-", "--sla", "acme-web"],
      {
        cwd: repo.root,
        now: NOW,
      },
    );
    expect(march.stdout).toContain(`<dt>Terms</dt><dd>commit ${c1.slice(0, 7)}, effective 2024-01-01</dd>`);
  });

  it("--terms current judges every window under today's text", async () => {
    const r = await report(repo.root, "2024", ["--terms", "current"]);
    const t = r.targets[0]!;
    expect(new Set(t.windows.map((w) => w.terms.commit))).toEqual(new Set([null]));
    expect(r.terms).toEqual({ source: "current", revisions: [{ commit: null, effective: "2024-10-01" }] });
    // C4 for the whole year: Feb 99.856% < 99.9% → 10%; Mar 99.328% → 10%; Jul → 10%;
    // Sep 98.843% < 99.0% → 25%; Oct → 25%; Dec → 10%: 100+100+100+250+250+100 = 900.
    expect(t.windows.map((w) => w.credit.amount)).toEqual([0, 100, 100, 0, 0, 0, 100, 0, 250, 250, 0, 100]);
    expect(r.credits.amount).toBe(900);
  });

  it("counts uncommitted edits as the newest revision (commit null) and the clean work tree as its commit", async () => {
    const clean = await report(repo.root, "2024-12");
    expect(clean.targets[0]!.terms).toEqual({ commit: c4, effective: "2024-10-01" });
    // An edit in the work tree with C4's effective date wins the tie with C4.
    writeFiles(repo.root, { "acme-web.yaml": C4.replace("objective: 99.9%", "objective: 99.5%") });
    try {
      const dirty = await report(repo.root, "2024-12");
      // December 99.731% ≥ 99.5%: met under the uncommitted text.
      expect(dirty.targets[0]).toMatchObject({ objective: 0.995, status: "met", terms: { commit: null } });
      const june = await report(repo.root, "2024-06");
      expect(june.targets[0]!.terms.commit).toBe(c1);
    } finally {
      writeFiles(repo.root, { "acme-web.yaml": C4 });
    }
  });
});

describe("revisions and the documents they use (SPEC §16)", () => {
  it("reads calendars from the same revision as the agreement", async () => {
    // Service hours mon–fri 09:00–17:00 until a commit that makes them 08:00–18:00 and says the
    // SLA's terms change from 2024-07-01. June 2024 has 20 weekdays, July 23.
    const calendar = (from: string, to: string) => `apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  hours: [{ days: [mon, tue, wed, thu, fri], from: "${from}", to: "${to}" }]
`;
    const withCalendar = (effective?: string) =>
      sla({ displayName: "Acme Web", objective: "99.9%", credits: "[]", effective }).replace(
        "  fee:",
        "  calendar: office\n  fee:",
      );
    const history = gitHistory([
      {
        message: "office hours",
        files: {
          "catalogue.yaml": CATALOGUE,
          "office.yaml": calendar("09:00", "17:00"),
          "acme-web.yaml": withCalendar(),
          "data/outages.csv": `${OUTAGES}\n`,
        },
      },
      {
        message: "longer hours from July",
        files: { "office.yaml": calendar("08:00", "18:00"), "acme-web.yaml": withCalendar("2024-07-01") },
      },
    ]);
    try {
      const june = await report(history.root, "2024-06");
      expect(june.targets[0]!.serviceTime).toBe(20 * 8 * 3600); // 576,000 s under the first calendar
      const july = await report(history.root, "2024-07");
      expect(july.targets[0]!.serviceTime).toBe(23 * 10 * 3600);
      const current = await report(history.root, "2024-06", ["--terms", "current"]);
      expect(current.targets[0]!.serviceTime).toBe(20 * 10 * 3600);
    } finally {
      removeDir(history.root);
    }
  });

  it("reads a data source's definition from the same revision as the agreement, the export from the work tree", async () => {
    // The outages move to another export from July (a new monitoring tool); both files are in the
    // work tree. June: one outage of 60 min in old.csv → 1 − 60/43,200; July: 120 min in new.csv →
    // 1 − 120/44,640. Each file also holds an outage in the other month, which must not count.
    const catalogue = (path: string) => CATALOGUE.replace("path: data/outages.csv", `path: ${path}`);
    const history = gitHistory([
      {
        message: "outages from the old tool",
        files: {
          "catalogue.yaml": catalogue("data/old.csv"),
          "acme-web.yaml": C1,
          "data/old.csv": [
            "ref,service,start,end",
            "A0,web,2024-01-01T00:00:00Z,2024-01-01T00:00:00Z",
            "A1,web,2024-06-03T10:00:00Z,2024-06-03T11:00:00Z",
            "A2,web,2024-07-03T10:00:00Z,2024-07-03T15:00:00Z",
            "",
          ].join("\n"),
          "data/new.csv": [
            "ref,service,start,end",
            "B0,web,2024-01-01T00:00:00Z,2024-01-01T00:00:00Z",
            "B1,web,2024-06-10T00:00:00Z,2024-06-10T09:00:00Z",
            "B2,web,2024-07-10T10:00:00Z,2024-07-10T12:00:00Z",
            "",
          ].join("\n"),
        },
      },
      {
        message: "outages from the new tool from July",
        files: {
          "catalogue.yaml": catalogue("data/new.csv"),
          "acme-web.yaml": C1.replace("  review:", "  effective: 2024-07-01\n  review:"),
        },
      },
    ]);
    try {
      const june = await report(history.root, "2024-06");
      expect(june.targets[0]!.terms.commit).toBe(history.ids[0]);
      expect(june.targets[0]!.downtime).toBe(3600);
      expect(june.targets[0]!.value).toBeCloseTo(1 - 60 / 43_200, 12);
      const july = await report(history.root, "2024-07");
      expect(july.targets[0]!.terms.commit).toBe(history.ids[1]);
      expect(july.targets[0]!.downtime).toBe(7200);
      expect(july.targets[0]!.value).toBeCloseTo(1 - 120 / 44_640, 12);
    } finally {
      removeDir(history.root);
    }
  });

  it("passes over a revision at which the repository does not validate, and says so", async () => {
    const history = gitHistory([
      {
        message: "initial",
        files: { "catalogue.yaml": CATALOGUE, "acme-web.yaml": C1, "data/outages.csv": `${OUTAGES}\n` },
      },
      {
        message: "broken",
        files: { "acme-web.yaml": C1.replace("99.5%", "99.0%"), "broken.yaml": "kind: [\n" },
      },
      { message: "fixed", files: { "broken.yaml": null, "acme-web.yaml": C4 } },
    ]);
    try {
      const march = await report(history.root, "2024-03");
      // The broken commit's revision (effective 2024-01-01, newer than C1) is passed over: C1 judges March.
      expect(march.targets[0]!.terms.commit).toBe(history.ids[0]);
      expect(march.targets[0]!.objective).toBe(0.995);
      expect(march.dataQuality.notes).toContain(
        `terms: the agreement files do not validate at commit ${history.ids[1]!.slice(0, 7)}; its revision of the agreement was passed over`,
      );
    } finally {
      removeDir(history.root);
    }
  });

  it("without git history judges every window under the work tree, and says so in the report", async () => {
    const plain = tempRepo({
      "catalogue.yaml": CATALOGUE,
      "acme-web.yaml": C4,
      "data/outages.csv": `${OUTAGES}\n`,
    });
    const empty = tempRepo({
      "catalogue.yaml": CATALOGUE,
      "acme-web.yaml": C4,
      "data/outages.csv": `${OUTAGES}\n`,
    });
    gitIn(empty, ["init", "-q", "-b", "main"]);
    try {
      const r = await report(plain, "2024-03");
      expect(r.terms).toEqual({
        source: "work-tree",
        revisions: [{ commit: null, effective: "2024-10-01" }],
      });
      expect(r.dataQuality.notes[0]).toBe(
        "terms: no git history (not a git work tree); every window is judged under the agreements as they are now",
      );
      const e = await report(empty, "2024-03");
      expect(e.dataQuality.notes[0]).toBe(
        "terms: no git history (no commit yet); every window is judged under the agreements as they are now",
      );
    } finally {
      removeDir(plain);
      removeDir(empty);
    }
  });

  it("judges windows before the first revision takes effect under the earliest, with a note", async () => {
    const history = gitHistory([
      {
        message: "terms from April",
        files: {
          "catalogue.yaml": CATALOGUE,
          "acme-web.yaml": C1.replace("  review:", "  effective: 2024-04-01\n  review:"),
          "data/outages.csv": `${OUTAGES}\n`,
        },
      },
    ]);
    try {
      const q1 = await report(history.root, "2024-Q1");
      expect(q1.targets[0]!.windows.map((w) => w.terms.commit)).toEqual([
        history.ids[0],
        history.ids[0],
        history.ids[0],
      ]);
      expect(q1.dataQuality.notes).toContain(
        `availability: no revision of the agreement takes effect by the start of 2024-01, 2024-02, 2024-03; judged under the earliest, ${history.ids[0]!.slice(0, 7)} (effective 2024-04-01)`,
      );
    } finally {
      removeDir(history.root);
    }
  });
});
