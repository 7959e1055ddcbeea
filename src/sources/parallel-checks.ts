import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import type { ChecksDemand, ChecksScan } from "./checks-scan.js";
import { parseCsvBytes } from "./csv-stream.js";
import { type ByteRange, lineRanges } from "./line-ranges.js";
import { type RangeResult, type RangeTask, rangeFailure, readRange } from "./range-read.js";
import { takeReaderThreads, warmReaderThreads } from "./reader-threads.js";
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
 * Ranges per thread. One: each thread's row handler then sees one file range with one set of
 * closures, which V8 compiles to monomorphic code; with 16 ranges on 2 threads every range's new
 * closures cost a deoptimization and left polymorphic calls in the hot loop, and each thread read
 * ~1.6× slower per row (docs/measurement.md). The queue still balances when a thread starts late:
 * this thread then reads the next range too.
 */
export const RANGES_PER_THREAD = 1;

/**
 * How many threads read a large file, in how many ranges, and from what size: `SLM_READ_THREADS`
 * (default and `auto` or `0`: one per core; `1`: off), `SLM_READ_RANGES` (default
 * `RANGES_PER_THREAD` per thread) and `SLM_SPLIT_BYTES` (default 64 MiB; tests set a few kilobytes
 * to split small files). Tuning knobs of the environment, not options: the result never depends
 * on them (docs/measurement.md).
 */
export function parallelSettings(env: NodeJS.ProcessEnv = process.env): {
  threads: number;
  ranges: number;
  splitBytes: number;
} {
  const count = (value: string | undefined): number | null => {
    const n = Number(value);
    return value !== undefined && Number.isInteger(n) && n >= 1 ? n : null;
  };
  // `auto`, `0` or anything that is not a count of threads: one per core.
  const threads = count(env.SLM_READ_THREADS) ?? availableParallelism();
  return {
    threads,
    ranges: count(env.SLM_READ_RANGES) ?? threads * RANGES_PER_THREAD,
    splitBytes: count(env.SLM_SPLIT_BYTES) ?? SPLIT_BYTES,
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
 * Reads one large UTF-8 file of a checks source in byte ranges, on this thread and on worker
 * threads (`checks-worker.ts`) at once, each range into its own `ChecksScan`, and appends their
 * states to `scan` in range order — series (`CheckSeries.append`), latest instant, latency counts,
 * skipped rows with their line numbers moved by the lines before each range — so the result is
 * the one a single pass gives. The ranges (one per thread by default) are taken from one queue,
 * whoever is free first: when a worker is still starting as this thread finishes a range, this
 * thread reads the next one too. Returns false, having changed nothing, when the file is
 * left to the single-threaded reader: too small, another encoding, one thread, threshold targets
 * on the source, no header in its first 64 KiB, a line feed inside a quoted field (a range may
 * then start inside a row), or a problem of the file in some range (read again on one thread,
 * which reports it at the right line; `rangeFailure`). A thread that fails otherwise is a bug,
 * raised as such.
 */
export async function readInRanges(scan: ChecksScan, file: InputFile, tally: SkipTally): Promise<boolean> {
  const source = scan.source;
  const { threads, ranges: parts, splitBytes } = parallelSettings();
  const url = workerUrl();
  // Threshold targets' counts are not merged across ranges: such a source stays on one thread.
  if (threads < 2 || source.encoding !== "utf-8" || scan.demand.thresholds.length > 0) return false;
  let plan: { ranges: ByteRange[]; header: string[] | null } | null;
  try {
    plan = await planRanges(file.absolute, source.delimiter, source.header, Math.max(parts, 2), splitBytes);
  } catch {
    // The single-threaded reader reports what is wrong with the file.
    return false;
  }
  if (plan === null || plan.ranges.length < 2) return false;
  const { header } = plan;
  // Only what a worker can be sent: the read demand also holds the engine's sinks (functions).
  const demand: ChecksDemand = {
    services: scan.demand.services,
    latency: scan.demand.latency,
    series: scan.demand.series,
    thresholds: [],
  };
  const tasks: RangeTask[] = plan.ranges.map((range) => ({ source, file, range, header, demand }));
  const results: RangeResult[] = new Array(tasks.length);
  let next = 0;
  // The next range to read, or -1: none left, or one failed (the rest would be read for nothing).
  const take = (): number =>
    next < tasks.length && results.every((r) => r === undefined || r.ok) ? next++ : -1;
  // From the sources (vitest) there are no worker threads: this thread reads every range.
  const helpers = url === null ? [] : takeReaderThreads(url, Math.min(threads, tasks.length) - 1);
  try {
    const [, , sha256] = await Promise.all([
      (async () => {
        // The task is copied as it would be sent to a thread (reading resets its counts).
        for (let k = take(); k >= 0; k = take())
          results[k] = await readRange(structuredClone(tasks[k]!)).catch(rangeFailure);
      })(),
      Promise.all(
        helpers.map(async (thread) => {
          if (!(await thread.ready)) return;
          for (let k = take(); k >= 0; k = take()) results[k] = await thread.run(tasks[k]!);
        }),
      ),
      hashFile(file.absolute).catch(() => null),
    ]);
    for (const r of results)
      if (r !== undefined && !r.ok && !r.retry) throw new Error(`reading ${file.file} in ranges: ${r.error}`);
    const done: Extract<RangeResult, { ok: true }>[] = [];
    for (const r of results) {
      // A range not read (another one failed), a problem of the file, or a quoted line feed.
      if (r === undefined || !r.ok || r.quotedBreaks > 0) return false;
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
  } finally {
    for (const thread of helpers) thread.close();
  }
}

/**
 * Starts the reader threads a large checks file will need while the caller does something else
 * (the report command: while the repository is validated); `readInRanges` takes them. Nothing
 * happens on one core or from the sources.
 */
export function warmReaders(): void {
  const url = workerUrl();
  const { threads } = parallelSettings();
  if (url !== null && threads >= 2) warmReaderThreads(url, threads - 1);
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
