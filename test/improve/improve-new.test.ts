import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Model } from "../../src/core/model.js";
import { draftImprovements, draftName } from "../../src/improve/draft-improvements.js";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempDir, tempRepo } from "../helpers/cli.js";
import { ERP_CATALOGUE, erpSla } from "../helpers/erp-repository.js";

// Drafting the register from a report (SPEC §15). acme-erp is 24x7 in UTC; May 2024 has 44,640
// minutes. Two outages: O1 2024-05-10 10:00–12:00 (120 min), O2 2024-05-20 08:00–08:30 (30 min):
// availability 1 − 150/44,640 = 99.664% < 99.9% → breached; restore (recovery-time 1h, 100%):
// O1 took 2h > 1h → breached. globex-erp (99%) is met. Each breach gets its own draft.

const FILES: Record<string, string> = {
  "catalogue.yaml": ERP_CATALOGUE,
  "agreements/acme-erp.yaml": erpSla(
    "acme-erp",
    "acme",
    "  term: { start: 2024-01-01 }\n  review: { every: 1y, last: 2024-01-15 }\n",
    [
      "{ name: availability, metric: availability, objective: 99.9%, source: outages }",
      "{ name: restore, metric: recovery-time, threshold: 1h, objective: 100%, source: outages }",
    ],
  ),
  "data/outages.csv": `ref,service,start,end,cause
O1,erp,2024-05-10T10:00:00Z,2024-05-10T12:00:00Z,"Storage controller failed: failover did not start"
O2,erp,2024-05-20T08:00:00Z,2024-05-20T08:30:00Z,DNS change
`,
};

const ENV = { SOURCE_DATE_EPOCH: "1717545600" }; // 2024-06-05T00:00:00Z

let root: string;
let work: string;
let reportFile: string;
let report: ReportModel;
beforeAll(async () => {
  root = tempRepo(FILES, "slm-improve-new-");
  work = tempDir("slm-improve-out-");
  const r = await runCli(
    ["report", "--period", "2024-05", "--sla", "acme-erp", "--format", "json", "--out", "-"],
    {
      cwd: root,
    },
  );
  expect(r.code).toBe(0);
  reportFile = join(work, "acme-erp.json");
  writeFileSync(reportFile, r.stdout);
  report = JSON.parse(r.stdout) as ReportModel;
}, 60_000);
afterAll(() => {
  removeDir(root);
  removeDir(work);
});

const improve = (args: string[], cwd = root) => runCli(["improve", "new", ...args], { cwd, env: ENV });

interface Draft {
  kind: string;
  metadata: { name: string };
  spec: {
    agreement: string;
    targets: string[];
    period: string;
    raised: string;
    cause: string;
    owner: string;
    status: string;
    actions: unknown[];
  };
}

describe("slm improve new --from-report FILE.json", () => {
  it("drafts one Improvement per breached target, causes from the report, and the drafts validate", async () => {
    expect(report.breaches.map((b) => b.target)).toEqual(["availability", "restore"]);
    const r = await improve(["--from-report", reportFile]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "drafted 2 Improvements in improvements: acme-erp-2024-05-availability.yaml, acme-erp-2024-05-restore.yaml",
    );
    const availability = parse(
      readFileSync(join(root, "improvements/acme-erp-2024-05-availability.yaml"), "utf8"),
    ) as Draft;
    expect(availability).toMatchObject({
      kind: "Improvement",
      metadata: { name: "acme-erp-2024-05-availability" },
      spec: {
        agreement: "acme-erp",
        targets: ["availability"],
        period: "2024-05",
        raised: "2024-06-05", // SOURCE_DATE_EPOCH's day
        owner: "it",
        status: "open",
        actions: [],
      },
    });
    // The cause lines are the report's breach causes, one per line, in order …
    const causes = report.breaches.find((b) => b.target === "availability")!.causes;
    expect(availability.spec.cause.split("\n")).toEqual(causes);
    // … which name each outage with its start and its downtime (by hand: 2h and 30m).
    expect(causes).toHaveLength(2);
    expect(causes[0]).toContain("Storage controller failed: failover did not start");
    expect(causes[0]).toContain("2024-05-10");
    expect(causes[0]).toContain("2h");
    expect(causes[1]).toContain("DNS change");
    expect(causes[1]).toContain("30m");
    const restore = parse(
      readFileSync(join(root, "improvements/acme-erp-2024-05-restore.yaml"), "utf8"),
    ) as Draft;
    expect(restore.spec.cause.split("\n")).toEqual(
      report.breaches.find((b) => b.target === "restore")!.causes,
    );

    const v = await runCli(["validate", "--as-of", "2024-06-05"], { cwd: root });
    expect(v.stdout + v.stderr).not.toContain("error");
    expect(v.code).toBe(0);
    // The report now lists them under its breaches: the register starts from facts.
    const again = await runCli(
      ["report", "--period", "2024-05", "--sla", "acme-erp", "--format", "json", "--out", "-"],
      { cwd: root },
    );
    const model = JSON.parse(again.stdout) as ReportModel;
    expect(model.improvement.breaches.map((b) => [b.target, b.improvements.map((i) => i.name)])).toEqual([
      ["availability", ["acme-erp-2024-05-availability"]],
      ["restore", ["acme-erp-2024-05-restore"]],
    ]);
  });

  it("skips breaches already addressed by an Improvement of the repository, and says so", async () => {
    const r = await improve(["--from-report", reportFile]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "slm: SLA/acme-erp availability 2024-05: already addressed by acme-erp-2024-05-availability (improvements/acme-erp-2024-05-availability.yaml); no draft",
    );
    expect(r.stderr).toContain(
      "no Improvement drafted: every breach of the report is addressed or still running",
    );
  });

  it("never overwrites a file without --force (exit 2, nothing written)", async () => {
    const fresh = tempRepo(FILES, "slm-improve-force-");
    try {
      const out = join(work, "drafts");
      expect((await improve(["--from-report", reportFile, "--out", out], fresh)).code).toBe(0);
      const file = join(out, "acme-erp-2024-05-restore.yaml");
      writeFileSync(file, "# mine\n");
      const refused = await improve(["--from-report", reportFile, "--out", out], fresh);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        "acme-erp-2024-05-restore.yaml: already there (use --force to overwrite)",
      );
      expect(readFileSync(file, "utf8")).toBe("# mine\n");
      const forced = await improve(["--from-report", reportFile, "--out", out, "--force"], fresh);
      expect(forced.code).toBe(0);
      expect(readFileSync(file, "utf8")).toContain("kind: Improvement");
    } finally {
      removeDir(fresh);
    }
  });

  it("a file that is not a report JSON is an input error (exit 2)", async () => {
    const bad = join(work, "bad.json");
    writeFileSync(bad, '{"hello": 1}');
    const r = await improve(["--from-report", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a report of slm report --format json");
    expect((await improve(["--from-report", join(work, "missing.json")])).code).toBe(2);
    expect(existsSync(join(root, "improvements/bad.yaml"))).toBe(false);
  });
});

describe("draftImprovements", () => {
  const agreement = (kind: string, name: string) => ({ kind, metadata: { name } });
  const model = {
    agreements: [agreement("SLA", "fibrenet"), agreement("UC", "fibrenet")],
    improvements: [],
  } as unknown as Model;
  const reportOf = (kind: string, breaches: Partial<ReportModel["breaches"][number]>[]) =>
    ({
      sla: "fibrenet",
      kind,
      provider: "fibrenet-ltd",
      period: { label: "2024-Q2" },
      breaches: breaches.map((b) => ({ severity: "minor", value: 0.99, objective: 0.995, causes: [], ...b })),
    }) as unknown as ReportModel;

  it("names the kind when agreements of two kinds share the name; a provisional breach waits", () => {
    const { drafts, skipped } = draftImprovements(
      model,
      [
        reportOf("UC", [
          { target: "availability", provisional: false },
          { target: "p1", provisional: true },
        ]),
      ],
      "2024-07-02",
    );
    expect(drafts.map((d) => [d.name, d.agreement, d.owner])).toEqual([
      ["fibrenet-2024-q2-availability", "UC/fibrenet", "fibrenet-ltd"],
    ]);
    expect(skipped).toEqual([
      { agreement: "UC/fibrenet", target: "p1", period: "2024-Q2", reason: { kind: "provisional" } },
    ]);
  });

  it("a report of an agreement the repository does not hold gets no draft", () => {
    const { drafts, skipped } = draftImprovements(
      { agreements: [], improvements: [] } as unknown as Model,
      [reportOf("SLA", [{ target: "availability", provisional: false }])],
      "2024-07-02",
    );
    expect(drafts).toEqual([]);
    expect(skipped[0]?.reason).toEqual({ kind: "unknown-agreement" });
  });

  it("file names are valid names: lower case, a date range joined, long ones cut with a hash", () => {
    expect(draftName("acme-email", "2024-05", "availability")).toBe("acme-email-2024-05-availability");
    expect(draftName("acme", "2024-05-01..2024-05-15", "p1")).toBe("acme-2024-05-01-2024-05-15-p1");
    // 40 + "-2024-05-" (9) + 5 = the first 54 characters, then "-" and 8 hex digits: 63.
    const long = draftName("a".repeat(40), "2024-05", "b".repeat(30));
    expect(long).toHaveLength(63);
    expect(long).toMatch(/^a{40}-2024-05-b{5}-[0-9a-f]{8}$/);
    expect(long).not.toBe(draftName("a".repeat(40), "2024-05", `${"b".repeat(29)}c`));
  });
});

describe("the draft's YAML", () => {
  it("keeps one cause a line in a block literal; a line it cannot carry makes one quoted scalar", async () => {
    const { IMPROVE_FORMATTERS } = await import("../../src/formatters/improve/index.js");
    const render = await IMPROVE_FORMATTERS.yaml();
    const draft = {
      name: "acme-2024-05-availability",
      agreement: "acme",
      target: "availability",
      period: "2024-05",
      raised: "2024-06-05",
      owner: "it",
      breach: { severity: "major", value: 0.99, objective: 0.999 },
    };
    const plain = ["Storage: failed # not a comment", "DNS: 'quoted' \"too\""];
    expect((parse(render({ ...draft, causes: plain })) as Draft).spec.cause.split("\n")).toEqual(plain);
    const odd = ["  leading blanks", "a\u0007bell", ""];
    expect((parse(render({ ...draft, causes: odd })) as Draft).spec.cause.split("\n")).toEqual(odd);
  });
});
