import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { load } from "../../src/api/index.js";
import type { DataSource } from "../../src/core/model.js";
import { ChecksScan } from "../../src/sources/checks-scan.js";
import { readInRanges } from "../../src/sources/parallel-checks.js";
import { SkipTally } from "../../src/sources/skip-tally.js";
import { runCli, spawnCli, tempRepo } from "../helpers/cli.js";

// The parallel checks reader (issue 18): a file is cut into byte ranges at line starts, each read
// on its own (a worker thread in the built CLI, one after the other in-process here) and the
// states appended in range order. The report must be byte for byte the one-thread report. Every
// row has the same width, so the test knows where the cuts fall without asking the code: cut k is
// just after the first line feed at or after size·k/N (N = SLM_READ_RANGES, set to the number of
// threads here), and anomalies are placed right at those cuts by rewriting rows of the same width.
// More ranges than threads are taken from one queue, whoever is free first; tests below read the
// same file that way too.

const THREADS = 3;
const ROWS = 60_000;
const STEP_MS = 10_000;
const START = Date.UTC(2024, 4, 1);

const REPO = `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: Service
metadata: { name: api }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: split }
spec:
  service: web
  provider: ops
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-01 }
  targets:
    - { name: availability, metric: availability, objective: 99.9% }
    - { name: fast, metric: latency, objective: 90%, threshold: 500ms }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: split-api }
spec:
  service: api
  provider: ops
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-01 }
  targets: [{ name: availability, metric: availability, objective: 99.9% }]
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: checks }
spec:
  type: checks
  path: data/checks.csv
  maxGap: 1m
  columns: { timestamp: timestamp, service: monitor, status: status, latency: latency_ms }
`;

const HEADER = "timestamp,monitor,status,latency_ms";

/** One row, always 36 characters: "up" pads its latency to 4 digits, "down" to 2. */
function row(t: number, service: string, down: boolean, latency: number): string {
  const iso = new Date(t).toISOString();
  return down
    ? `${iso},${service},down,${String(latency % 100).padStart(2, "0")}`
    : `${iso},${service},up,${String(latency % 10_000).padStart(4, "0")}`;
}

/** Rows in time order: web and api sampled in turn; web down for 30 samples every 7,001. */
function rows(): string[] {
  const out: string[] = [];
  for (let i = 0; i < ROWS / 2; i++) {
    const t = START + i * STEP_MS;
    out.push(row(t, "web", i % 7001 < 30, 100 + ((i * 37) % 900)));
    out.push(row(t, "api", false, 50 + ((i * 13) % 600)));
  }
  return out;
}

interface Layout {
  bom: boolean;
  eol: string;
}

/** The file's text, and the index of the first row after each cut (a naive re-computation of the rule). */
function cutRows(lines: string[], layout: Layout): number[] {
  const text = (layout.bom ? "\ufeff" : "") + [HEADER, ...lines].join(layout.eol) + layout.eol;
  const bytes = Buffer.from(text, "utf8");
  const headerEnd = bytes.indexOf("\n") + 1;
  const rowBytes = lines[0]!.length + layout.eol.length;
  const cuts: number[] = [];
  for (let k = 1; k < THREADS; k++) {
    const lf = bytes.indexOf("\n", Math.max(headerEnd, Math.floor((bytes.length * k) / THREADS)));
    cuts.push((lf + 1 - headerEnd) / rowBytes);
  }
  return cuts;
}

function write(dir: string, lines: string[], layout: Layout): void {
  const text = (layout.bom ? "\ufeff" : "") + [HEADER, ...lines].join(layout.eol) + layout.eol;
  writeFileSync(join(dir, "data", "checks.csv"), text);
}

/** Rows with something to get right at every cut. */
function anomalies(layout: Layout): { lines: string[]; badLine: number; raggedLine: number } {
  const lines = rows();
  const [cut1, cut2] = cutRows(lines, layout) as [number, number];
  // A down stretch of web across cut 1: 10 web samples before it, 10 after.
  for (let i = cut1 - 20; i < cut1 + 20; i++) {
    const t = START + Math.floor(i / 2) * STEP_MS;
    if (lines[i]!.includes(",web,")) lines[i] = row(t, "web", true, 42);
  }
  // Across cut 2: api goes silent for longer than maxGap (its rows become a service no target
  // reads), and web's last row before the cut and first after share a timestamp with different
  // statuses (the later row wins).
  for (let i = cut2 - 14; i < cut2 + 14; i++)
    if (lines[i]!.includes(",api,")) lines[i] = lines[i]!.replace(",api,", ",zzz,");
  const before = lines[cut2 - 1]!.includes(",web,") ? cut2 - 1 : cut2 - 2;
  const at = Date.parse(lines[before]!.slice(0, 24));
  lines[before] = row(at, "web", true, 7);
  lines[cut2] = row(at, "web", false, 1234);
  // An unreadable timestamp a few rows into the second range, a ragged row in the third.
  const bad = cut1 + 5;
  lines[bad] = `${lines[bad]!.slice(0, 23)}X${lines[bad]!.slice(24)}`;
  const ragged = cut2 + 7;
  lines[ragged] = `${lines[ragged]!.slice(0, 33)},1,3`;
  // Line numbers: the header is line 1, row i is line i + 2.
  return { lines, badLine: bad + 2, raggedLine: ragged + 2 };
}

const REPORT = ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--trend", "0"];

/** The reports of both agreements (web's with a latency target, api's), as one text. */
async function reportInProcess(
  dir: string,
  threads: number,
  format = "json",
  ranges = String(threads),
): Promise<string> {
  vi.stubEnv("SLM_READ_THREADS", String(threads));
  vi.stubEnv("SLM_READ_RANGES", ranges);
  vi.stubEnv("SLM_SPLIT_BYTES", "1");
  let out = "";
  for (const sla of ["split", "split-api"]) {
    const args = [...REPORT, "--sla", sla];
    args[args.indexOf("json")] = format;
    const result = await runCli(args, { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    out += result.stdout;
  }
  return out;
}

async function checksSource(dir: string): Promise<DataSource> {
  const repository = await load(dir);
  return repository.model!.dataSources.get("checks")!;
}

/** Whether the file is read in ranges (true) or left to one thread, and the hash it gave. */
async function readsInRanges(dir: string): Promise<{ split: boolean; sha256: string }> {
  vi.stubEnv("SLM_READ_THREADS", String(THREADS));
  vi.stubEnv("SLM_READ_RANGES", String(THREADS));
  vi.stubEnv("SLM_SPLIT_BYTES", "1");
  const source = await checksSource(dir);
  const scan = new ChecksScan(source, {
    services: new Set(["web"]),
    latency: [],
    series: [],
    thresholds: [],
  });
  const file = { file: "data/checks.csv", absolute: join(dir, "data", "checks.csv"), sha256: "" };
  const split = await readInRanges(scan, file, new SkipTally("checks"));
  return { split, sha256: file.sha256 };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the checks reader in byte ranges gives the one-thread report", () => {
  for (const layout of [
    { bom: false, eol: "\n" },
    { bom: true, eol: "\r\n" },
  ]) {
    const name = `${layout.bom ? "BOM, " : ""}${layout.eol === "\n" ? "LF" : "CRLF"}`;
    it(`down time, a silence and equal timestamps across cuts, skipped rows' line numbers (${name})`, async () => {
      const dir = tempRepo({ "slm.yaml": REPO, "data/.keep": "" });
      const { lines, badLine, raggedLine } = anomalies(layout);
      write(dir, lines, layout);
      const { split, sha256 } = await readsInRanges(dir);
      expect(split).toBe(true);
      expect(sha256).toBe(
        createHash("sha256")
          .update(readFileSync(join(dir, "data", "checks.csv")))
          .digest("hex"),
      );
      const one = await reportInProcess(dir, 1);
      const many = await reportInProcess(dir, THREADS);
      expect(many).toBe(one);
      expect(await reportInProcess(dir, THREADS, "md")).toBe(await reportInProcess(dir, 1, "md"));
      const web = JSON.parse((await runCli([...REPORT, "--sla", "split"], { cwd: dir })).stdout);
      expect(web.dataQuality.skipped).toEqual([
        {
          source: "checks",
          file: "data/checks.csv",
          reason: "ragged row (field count differs from the header)",
          count: 1,
          lines: [raggedLine],
        },
        {
          source: "checks",
          file: "data/checks.csv",
          reason: "unreadable timestamp",
          count: 1,
          lines: [badLine],
        },
      ]);
    });
  }

  it("in more ranges than threads, taken from one queue: the same reports", async () => {
    const dir = tempRepo({ "slm.yaml": REPO, "data/.keep": "" });
    const layout = { bom: false, eol: "\n" };
    write(dir, anomalies(layout).lines, layout);
    const one = await reportInProcess(dir, 1);
    expect(await reportInProcess(dir, 2, "json", "16")).toBe(one);
    expect(await reportInProcess(dir, 2, "json", "37")).toBe(one);
  });

  it("a series out of time order across a cut is sorted, and noted, the same way", async () => {
    const dir = tempRepo({ "slm.yaml": REPO, "data/.keep": "" });
    const layout = { bom: false, eol: "\n" };
    const lines = rows();
    const [cut1] = cutRows(lines, layout) as [number];
    // web's first sample after the cut moves before its last one before it.
    const after = lines[cut1]!.includes(",web,") ? cut1 : cut1 + 1;
    const before = lines[cut1 - 1]!.includes(",web,") ? cut1 - 1 : cut1 - 2;
    [lines[before], lines[after]] = [lines[after]!, lines[before]!];
    write(dir, lines, layout);
    expect((await readsInRanges(dir)).split).toBe(true);
    const one = await reportInProcess(dir, 1);
    expect(await reportInProcess(dir, THREADS)).toBe(one);
    expect(one).toContain("samples of web are not in time order; they were sorted");
  });

  it("a quoted field holding a line break leaves the file to one thread, with the same report", async () => {
    const dir = tempRepo({ "slm.yaml": REPO, "data/.keep": "" });
    const layout = { bom: false, eol: "\n" };
    const lines = rows();
    lines[ROWS / 2] = `${lines[ROWS / 2]!.slice(0, 32)}"12\n34"`;
    write(dir, lines, layout);
    expect((await readsInRanges(dir)).split).toBe(false);
    expect(await reportInProcess(dir, THREADS)).toBe(await reportInProcess(dir, 1));
  });

  it("bytes that are not UTF-8 in a later range: the same error, at the same line", async () => {
    const dir = tempRepo({ "slm.yaml": REPO, "data/.keep": "" });
    const layout = { bom: false, eol: "\n" };
    const lines = rows();
    const [, cut2] = cutRows(lines, layout) as [number, number];
    write(dir, lines, layout);
    const path = join(dir, "data", "checks.csv");
    const bytes = readFileSync(path);
    // A Latin-1 "é" in place of a digit of the latency, 3 rows into the third range.
    const at = HEADER.length + 1 + (cut2 + 3) * (lines[0]!.length + 1) + 33;
    bytes[at] = 0xe9;
    writeFileSync(path, bytes);
    const run = async (threads: number) => {
      vi.stubEnv("SLM_READ_THREADS", String(threads));
      vi.stubEnv("SLM_READ_RANGES", String(threads));
      vi.stubEnv("SLM_SPLIT_BYTES", "1");
      return runCli([...REPORT, "--sla", "split"], { cwd: dir });
    };
    const one = await run(1);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain(`data/checks.csv:${cut2 + 3 + 2}: bytes that are not UTF-8`);
    expect(await run(THREADS)).toEqual(one);
  });
});

// The built CLI (test/global-setup.ts builds dist/ first): real worker threads.
describe("the built CLI reads a large checks file on worker threads, with the same report", () => {
  it("json and md byte for byte (BOM, CRLF, anomalies at every cut), and a quoted line break", () => {
    const dir = tempRepo({ "slm.yaml": REPO, "data/.keep": "" });
    const layout = { bom: true, eol: "\r\n" };
    const { lines, badLine } = anomalies(layout);
    write(dir, lines, layout);
    const run = (threads: number, format: string, sla = "split", ranges?: string) => {
      const args = [...REPORT, "--sla", sla];
      args[args.indexOf("json")] = format;
      const result = spawnCli(args, {
        cwd: dir,
        env: {
          SLM_READ_THREADS: String(threads),
          SLM_READ_RANGES: ranges ?? String(threads),
          SLM_SPLIT_BYTES: "1",
          SOURCE_DATE_EPOCH: "1719748800",
        },
      });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      return result.stdout;
    };
    const one = run(1, "json");
    expect(run(THREADS, "json")).toBe(one);
    // Two threads and 16 ranges from one queue: the same bytes.
    expect(run(2, "json", "split", "16")).toBe(one);
    expect(run(THREADS, "md")).toBe(run(1, "md"));
    const skipped = JSON.parse(one).dataQuality.skipped as { reason: string; lines: number[] }[];
    expect(skipped.find((s) => s.reason === "unreadable timestamp")?.lines).toEqual([badLine]);
    const quoted = rows();
    quoted[100] = `${quoted[100]!.slice(0, 32)}"12\n34"`;
    write(dir, quoted, { bom: false, eol: "\n" });
    expect(run(THREADS, "json")).toBe(run(1, "json"));
    // Six runs of the built CLI: a minute or more when the machine is shared.
  }, 300_000);

  it("files so small that this thread reads every range before a worker has started: the whole report", () => {
    // Three files: the first gets the threads started early, each later one a new worker, and
    // this thread, done with its few thousand rows before that worker has loaded its modules,
    // then waits for it with nothing else pending: the worker must keep the process alive
    // meanwhile (it did not: the report was an empty output with exit code 0).
    const dir = tempRepo({
      "slm.yaml": REPO.replace("path: data/checks.csv", 'path: "data/*.csv"'),
      "data/.keep": "",
    });
    const lines = rows();
    for (let k = 0; k < 3; k++)
      writeFileSync(
        join(dir, "data", `${k}.csv`),
        `${[HEADER, ...lines.slice(k * 5000, (k + 1) * 5000)].join("\n")}\n`,
      );
    const run = (threads: string) =>
      spawnCli([...REPORT, "--sla", "split"], {
        cwd: dir,
        env: { SLM_READ_THREADS: threads, SLM_SPLIT_BYTES: "1", SOURCE_DATE_EPOCH: "1719748800" },
      });
    const one = run("1");
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).sla).toBe("split");
    for (let k = 0; k < 3; k++) expect(run("2")).toEqual(one);
  }, 120_000);

  it("a reader thread started for a large file that is then not read does not keep slm running", () => {
    const dir = tempRepo({ "slm.yaml": REPO, "data/.keep": "" });
    write(dir, rows(), { bom: false, eol: "\n" });
    // The threads start while the repository is validated (the file is large enough to split);
    // no OLA is in force, so nothing is read and the idle thread must not hold the process.
    const started = Date.now();
    const result = spawnCli(["report", "--period", "2024-05", "--kind", "ola", "--out", "out"], {
      cwd: dir,
      env: { SLM_READ_THREADS: "2", SLM_SPLIT_BYTES: "1" },
      timeout: 30_000,
    });
    expect(result.stderr).toBe("slm: no OLA is in force during 2024-05\n");
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

describe("the parallel reader's settings (environment knobs, never options)", () => {
  it("read on one thread per core by default, in one range per thread; 1 turns it off", async () => {
    const { parallelSettings, RANGES_PER_THREAD, SPLIT_BYTES } = await import(
      "../../src/sources/parallel-checks.js"
    );
    const { availableParallelism } = await import("node:os");
    const cores = availableParallelism();
    expect(RANGES_PER_THREAD).toBe(1);
    expect(parallelSettings({})).toEqual({ threads: cores, ranges: cores, splitBytes: 64 * 1024 * 1024 });
    expect(SPLIT_BYTES).toBe(64 * 1024 * 1024);
    expect(parallelSettings({ SLM_READ_THREADS: "auto" }).threads).toBe(cores);
    expect(parallelSettings({ SLM_READ_THREADS: "0" }).threads).toBe(cores);
    expect(parallelSettings({ SLM_READ_THREADS: "1" })).toMatchObject({ threads: 1, ranges: 1 });
    expect(parallelSettings({ SLM_READ_THREADS: "3", SLM_READ_RANGES: "5", SLM_SPLIT_BYTES: "10" })).toEqual({
      threads: 3,
      ranges: 5,
      splitBytes: 10,
    });
    // Not a whole number of at least 1: the default, not an error (a knob, not an option).
    expect(parallelSettings({ SLM_READ_THREADS: "two", SLM_READ_RANGES: "-4" })).toEqual(
      parallelSettings({}),
    );
  });
});
