import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempDir, tempGitRepo, tempRepo } from "../helpers/cli.js";
import { ERP_CATALOGUE, erpSla } from "../helpers/erp-repository.js";

// An audit pack of May 2024 of a small repository (SPEC §15). Figures by hand: acme-erp is 24x7 in
// UTC; one outage 2024-05-10 10:00–12:00 (120 of 44,640 minutes) → availability 99.731% < 99.9%:
// breached. acme-erp's review: every 1y, last 2024-01-15 → next 2025-01-15, not overdue on
// 2024-06-21. globex-erp was last reviewed 2023-03-01 → next 2024-03-01: overdue on 2024-06-21.
// The Improvement "fix" has one action due 2024-06-20, not done: 1 day overdue on 2024-06-21.

const FILES: Record<string, string> = {
  "slm.config.yaml": "reports: { trend: 2 }\n",
  "catalogue.yaml": ERP_CATALOGUE,
  "agreements/acme-erp.yaml": erpSla(
    "acme-erp",
    "acme",
    "  term: { start: 2024-01-01 }\n  review: { every: 1y, last: 2024-01-15 }\n",
    ["{ name: availability, metric: availability, objective: 99.9%, source: outages }"],
  ),
  "agreements/globex-erp.yaml": erpSla(
    "globex-erp",
    "globex",
    "  term: { start: 2023-01-01 }\n  review: { every: 1y, last: 2023-03-01 }\n",
    ["{ name: availability, metric: availability, objective: 99%, source: outages }"],
  ),
  "improvements/fix.yaml": `apiVersion: slm/v1
kind: Improvement
metadata: { name: fix }
spec:
  agreement: acme-erp
  targets: [availability]
  period: 2024-05
  raised: 2024-06-03
  cause: Storage failover
  owner: it
  status: in-progress
  actions:
    - { text: Test the failover, due: 2024-06-20 }
    - { text: Write the runbook, due: 2024-06-10, done: 2024-06-09 }
`,
  "data/outages.csv":
    "ref,service,start,end,cause\nO1,erp,2024-05-10T10:00:00Z,2024-05-10T12:00:00Z,Storage\n",
};

const ENV = { SOURCE_DATE_EPOCH: "1718971200" }; // 2024-06-21T12:00:00Z

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function filesUnder(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      const rel = relative(dir, path).split(sep).join("/");
      if (skip(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

interface Manifest {
  slm: { version: string };
  options: { period: string; asOf: string; generatedAt: string };
  git: { commit: string | null; dirty: boolean | null };
  inputs: { file: string; sha256: string }[];
  outputs: { file: string; sha256: string }[];
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;

async function audit(root: string, args: string[], env: Record<string, string> = ENV) {
  return runCli(["audit", ...args], { cwd: root, env });
}

let root: string;
let out: string;
let work: string;
beforeAll(async () => {
  root = tempGitRepo(FILES, "slm-audit-");
  work = tempDir("slm-audit-out-");
  out = join(work, "pack");
  const r = await audit(root, ["--period", "2024-05", "--out", out]);
  expect(r.stderr).toContain("wrote the audit pack of 2024-05");
  expect(r.code).toBe(0);
}, 60_000);
afterAll(() => {
  removeDir(root);
  removeDir(work);
});

describe("slm audit --period P --out DIR", () => {
  it("holds the index, coverage, KPIs and every report in every format", () => {
    expect(filesUnder(out)).toEqual([
      "coverage.json",
      "coverage.md",
      "index.html",
      "index.md",
      "kpis.json",
      "kpis.md",
      "manifest.json",
      "reports/2024-05/acme-erp.html",
      "reports/2024-05/acme-erp.json",
      "reports/2024-05/acme-erp.md",
      "reports/2024-05/globex-erp.html",
      "reports/2024-05/globex-erp.json",
      "reports/2024-05/globex-erp.md",
    ]);
  });

  it("the manifest's hashes are those of the files, computed here with node:crypto", () => {
    const m = readManifest(out);
    // Every output but the manifest itself, each hashed over the bytes on disk.
    expect(m.outputs.map((o) => o.file)).toEqual(filesUnder(out).filter((f) => f !== "manifest.json"));
    for (const o of m.outputs) expect(o.sha256, o.file).toBe(sha256(join(out, o.file)));
    // Every file of the repository slm read: config, catalogue, agreements, Improvement, the export.
    expect(m.inputs.map((i) => i.file)).toEqual(filesUnder(root, (rel) => rel === ".git"));
    for (const i of m.inputs) expect(i.sha256, i.file).toBe(sha256(join(root, i.file)));
  });

  it("records the version, period, as-of, the generation instant and the git commit", () => {
    const m = readManifest(out);
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    expect(m.git).toEqual({ commit: head, dirty: false });
    expect(m.slm.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.options).toMatchObject({
      period: "2024-05",
      asOf: "2024-06-21",
      generatedAt: "2024-06-21T12:00:00.000Z",
    });
  });

  it("the index (HTML and Markdown) shows review dates, breaches, the register, and every link resolves", () => {
    const html = readFileSync(join(out, "index.html"), "utf8");
    const md = readFileSync(join(out, "index.md"), "utf8");
    const htmlLinks = [...html.matchAll(/href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    const mdLinks = [...md.matchAll(/\]\(([^)]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
    const expected = filesUnder(out).filter((f) => f !== "index.html");
    expect(new Set(htmlLinks)).toEqual(new Set(expected));
    expect(new Set(mdLinks)).toEqual(new Set([...expected.filter((f) => f !== "index.md"), "index.html"]));
    for (const link of [...htmlLinks, ...mdLinks]) expect(existsSync(join(out, link)), link).toBe(true);
    expect(md).toContain(
      "| SLA acme-erp | acme → it | 2024-01-01 – open-ended | every 1y | 2024-01-15 | 2025-01-15 |",
    );
    expect(md).toContain(
      "| SLA globex-erp | globex → it | 2023-01-01 – open-ended | every 1y | 2023-03-01 | 2024-03-01 (OVERDUE) |",
    );
    expect(md).toContain("1 in progress");
    expect(md).toContain(
      "| fix | SLA/acme-erp | availability | 2024-05 | 2024-06-03 | in-progress | it | Storage failover | 1 of 2 | Test the failover, due 2024-06-20, 1 day overdue |",
    );
    expect(md).toContain("No agreement in force declares workload limits.");
    expect(html).toContain("2024-03-01 (OVERDUE)");
  });

  it("two runs give byte-identical packs", async () => {
    const again = join(work, "again");
    const r = await audit(root, ["--period", "2024-05", "--out", again]);
    expect(r.code).toBe(0);
    const files = filesUnder(out);
    expect(filesUnder(again)).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });

  it("refuses a folder that is not empty (exit 2), replaces it with --force", async () => {
    const busy = join(work, "busy");
    const first = await audit(root, ["--period", "2024-05", "--out", busy]);
    expect(first.code).toBe(0);
    writeFileSync(join(busy, "note.txt"), "mine");
    const refused = await audit(root, ["--period", "2024-05", "--out", busy]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not empty (use --force to replace it)");
    expect(existsSync(join(busy, "note.txt"))).toBe(true);
    const forced = await audit(root, ["--period", "2024-05", "--out", busy, "--force"]);
    expect(forced.code).toBe(0);
    expect(existsSync(join(busy, "note.txt"))).toBe(false);
    expect(existsSync(join(busy, "manifest.json"))).toBe(true);
    // No temporary is left beside it.
    expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("usage errors exit 2 with one line", async () => {
    expect((await audit(root, ["--out", join(work, "x")])).code).toBe(2);
    expect((await audit(root, ["--period", "2024-05"])).code).toBe(2);
    const both = await audit(root, ["--verify", out, "--period", "2024-05"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--verify DIR takes its period");
    const garbage = join(work, "garbage");
    expect((await audit(root, ["--period", "2024-05", "--out", garbage])).code).toBe(0);
    writeFileSync(join(garbage, "manifest.json"), '{"manifestVersion": 1');
    const unreadable = await audit(root, ["--verify", garbage]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain("manifest.json: not JSON");
    writeFileSync(join(garbage, "manifest.json"), '{"manifestVersion": 2}');
    expect((await audit(root, ["--verify", garbage])).stderr).toContain("not an slm audit manifest");
    const none = await audit(root, ["--verify", join(work, "nothing")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("manifest.json");
  });
});

describe("slm audit --verify DIR", () => {
  it("passes on a fresh pack (exit 0), whatever the clock of the rerun", async () => {
    const r = await runCli(["audit", "--verify", out], { cwd: root, now: new Date("2026-01-01T00:00:00Z") });
    expect(r.stdout).toContain("inputs and");
    expect(r.stdout).toContain("outputs identical");
    expect(r.code).toBe(0);
  });

  it("fails (exit 1) after one byte of an input changes, naming the input", async () => {
    const copy = tempRepo(FILES, "slm-audit-in-");
    try {
      const pack = join(copy, "..", `${posix.basename(copy)}-pack`);
      expect((await audit(copy, ["--period", "2024-05", "--out", pack])).code).toBe(0);
      // 12:00 → 13:00: one byte of the export.
      const csv = join(copy, "data/outages.csv");
      writeFileSync(csv, readFileSync(csv, "utf8").replace("T12:00:00Z,Storage", "T13:00:00Z,Storage"));
      const r = await audit(copy, ["--verify", pack]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("data/outages.csv: input changed");
      // The reports computed from it differ too; the pack's own files are untouched.
      expect(r.stdout).toContain("reports/2024-05/acme-erp.json: output differs: recomputed from the inputs");
      expect(r.stdout).not.toContain("the pack's file is not the one");
      removeDir(pack);
    } finally {
      removeDir(copy);
    }
  });

  it("fails (exit 1) after one byte of an output changes, naming the output", async () => {
    const pack = join(work, "tampered");
    expect((await audit(root, ["--period", "2024-05", "--out", pack])).code).toBe(0);
    const file = join(pack, "reports/2024-05/acme-erp.json");
    const bytes = readFileSync(file);
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    writeFileSync(file, bytes);
    const r = await audit(root, ["--verify", pack]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      "reports/2024-05/acme-erp.json: output differs: the pack's file is not the one the manifest records",
    ]);
    // A file slipped into the pack is named too.
    appendFileSync(join(pack, "extra.txt"), "x");
    const extra = await audit(root, ["--verify", pack]);
    expect(extra.stdout).toContain("extra.txt: output extra");
  });

  it("outside git the commit is null; an edited input marks the pack dirty", async () => {
    const plain = tempRepo(FILES, "slm-audit-nogit-");
    const dirty = tempGitRepo(FILES, "slm-audit-dirty-");
    try {
      const a = join(work, "plain");
      expect((await audit(plain, ["--period", "2024-05", "--out", a])).code).toBe(0);
      expect(readManifest(a).git).toEqual({ commit: null, dirty: null });
      appendFileSync(join(dirty, "data/outages.csv"), "O2,erp,2024-05-20T10:00:00Z,2024-05-20T10:01:00Z,x\n");
      const b = join(work, "dirty");
      expect((await audit(dirty, ["--period", "2024-05", "--out", b])).code).toBe(0);
      expect(readManifest(b).git.dirty).toBe(true);
      expect(readFileSync(join(b, "index.md"), "utf8")).toContain("inputs differ from this commit");
    } finally {
      removeDir(plain);
      removeDir(dirty);
    }
  });
});
