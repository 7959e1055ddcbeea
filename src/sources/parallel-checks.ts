import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ChecksDemand, ChecksScan } from "./checks-scan.js";
import { parseCsvBytes } from "./csv-stream.js";
import { type ByteRange, lineRanges } from "./line-ranges.js";
import { type RangeResult, type RangeTask, rangeFailure, readRange } from "./range-read.js";
import type { InputFile } from "./records.js";
import type { SkipTally } from "./skip-tally.js";

/**
 * Files from this size on are read in parallel. Not tuned: below it a worker's start-up (~0.1 s
 * of CPU, docs/measurement.md) is a growing share of the time saved.
 */
export const SPLIT_BYTES = 64 * 1024 * 1024;
/** The head read for the header: a header longer than this leaves the file to one thread. */
const HEAD_BYTES = 1 << 16;

/**
 * How many threads read a large file, and from what size: `SLM_READ_THREADS` (default 1: off;
 * `0` or `auto` one per core) and `SLM_SPLIT_BYTES` (default 64 MiB; tests set a few kilobytes to
 * split small files). Tuning knobs of the environment, not options: the result never depends on
 * them. Off by default because on the 2-core machine we measure on, two threads were 4–16% slower
 * than one (docs/measurement.md): start-up, not reading, dominates a 2,000,000-row report.
 */
export function parallelSettings(env: NodeJS.ProcessEnv = process.env): {
  threads: number;
  splitBytes: number;
} {
  const threads = Number(env.SLM_READ_THREADS);
  const split = Number(env.SLM_SPLIT_BYTES);
  return {
    threads:
      env.SLM_READ_THREADS === "auto" || threads === 0
        ? availableParallelism()
        : Number.isInteger(threads) && threads >= 1
          ? threads
          : 1,
    splitBytes: Number.isInteger(split) && split >= 1 ? split : SPLIT_BYTES,
  };
}

/**
 * The worker's module beside this one in the build (dist/sources/); null when running from the
 * TypeScript sources (vitest), where a worker thread cannot load them: there the ranges are read
 * one after the other on this thread (the same splitting and merging; the tests of the worker
 * threads themselves run the built CLI).
 */
function workerUrl(): URL | null {
  return import.meta.url.endsWith(".ts") ? null : new URL("./checks-worker.js", import.meta.url);
}

/**
 * Reads one large UTF-8 file of a checks source in byte ranges, the first on this thread and
 * each other one on a worker thread (`checks-worker.ts`), each into its own `ChecksScan`, and appends their states to `scan` in
 * range order — series (`CheckSeries.append`), latest instant, latency counts, skipped rows with
 * their line numbers moved by the lines before each range — so the result is the one a single
 * pass gives. The main thread hashes the file meanwhile. Returns false, having changed nothing,
 * when the file is left to the single-threaded reader: too small, another encoding, one thread,
 * threshold targets on the source,
 * no header in its first 64 KiB, a line feed inside a quoted field (a range may then start inside
 * a row), or a problem of the file in some range (read again on one thread, which reports it at
 * the right line; `rangeFailure`). A thread that fails otherwise is a bug, raised as such.
 */
export async function readInRanges(scan: ChecksScan, file: InputFile, tally: SkipTally): Promise<boolean> {
  const source = scan.source;
  const { threads, splitBytes } = parallelSettings();
  const url = workerUrl();
  // Threshold targets' counts are not merged across ranges: such a source stays on one thread.
  if (threads < 2 || source.encoding !== "utf-8" || scan.demand.thresholds.length > 0) return false;
  let plan: { ranges: ByteRange[]; header: string[] | null } | null;
  try {
    plan = await planRanges(file.absolute, source.delimiter, source.header, threads, splitBytes);
  } catch {
    // The single-threaded reader reports what is wrong with the file.
    return false;
  }
  if (plan === null || plan.ranges.length < 2) return false;
  const { ranges, header } = plan;
  // Only what a worker can be sent: the read demand also holds the engine's sinks (functions).
  const demand: ChecksDemand = {
    services: scan.demand.services,
    latency: scan.demand.latency,
    series: scan.demand.series,
    thresholds: [],
  };
  const [results, sha256] = await Promise.all([
    // The first range is read here, the others on worker threads: this thread would otherwise
    // only wait (and hash), and one worker fewer is one start-up and one heap fewer.
    Promise.all(
      ranges.map((range, k) => runRange(k === 0 ? null : url, { source, file, range, header, demand })),
    ),
    hashFile(file.absolute).catch(() => null),
  ]);
  const done: Extract<RangeResult, { ok: true }>[] = [];
  for (const r of results) {
    if (!r.ok && !r.retry) throw new Error(`reading ${file.file} in ranges: ${r.error}`);
    if (!r.ok || r.quotedBreaks > 0) return false;
    done.push(r);
  }
  if (sha256 === null) return false;
  let lines = 0;
  for (const r of done) {
    for (const [key, state] of r.series) scan.series.get(key)?.append(state);
    if (r.latest > scan.latest[0]!) scan.latest[0] = r.latest;
    scan.demand.latency.forEach((d, k) => {
      d.spans.forEach((span, j) => {
        const [good, total] = r.latency[k]![j]!;
        span.good += good;
        span.total += total;
      });
    });
    tally.absorb(r.skipped, lines);
    lines += r.breaks;
  }
  file.sha256 = sha256;
  return true;
}

/** The ranges of a file worth splitting, and its header; null when it is not. */
async function planRanges(
  path: string,
  delimiter: string,
  hasHeader: boolean,
  threads: number,
  splitBytes: number,
): Promise<{ ranges: ByteRange[]; header: string[] | null } | null> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size < splitBytes) return null;
    const head = Buffer.allocUnsafe(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const headEnd = head.subarray(0, bytesRead).lastIndexOf(0x0a) + 1;
    if (headEnd === 0) return null;
    let header: string[] | null = null;
    if (hasHeader) {
      const found = firstRow(head.subarray(0, headEnd), delimiter);
      if (found === null) return null;
      header = found;
    }
    return { ranges: await lineRanges(handle, size, threads, headEnd), header };
  } finally {
    await handle.close();
  }
}

const STOP = Symbol("header read");

/** The first row of the bytes (the header), or null when they hold none. */
function firstRow(bytes: Buffer, delimiter: string): string[] | null {
  let fields: string[] | null = null;
  try {
    parseCsvBytes(bytes, delimiter, {
      header(h) {
        fields = h;
        throw STOP;
      },
      row() {},
    });
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return fields;
}

/** Reads a range on a worker thread, or on this one (`url` null; the task is copied as it would be sent). */
async function runRange(url: URL | null, task: RangeTask): Promise<RangeResult> {
  if (url === null) return readRange(structuredClone(task)).catch(rangeFailure);
  return await new Promise<RangeResult>((resolve) => {
    // A worker holds one 1 MiB read buffer and the per-series state (changes only): a small heap
    // is plenty, and caps what a thread adds to the process (SPEC §10: ≤ 128 MB in all).
    const worker = new Worker(url, {
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
    });
    let settled = false;
    const settle = (result: RangeResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    worker.once("message", (result: RangeResult) => settle(result));
    worker.once("error", (error) => settle(rangeFailure(error)));
    worker.once("exit", (code) =>
      settle({ ok: false, error: `a reader thread stopped (exit code ${code})`, retry: false }),
    );
  });
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  const handle = await open(path, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
