import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  rangeFailure,
  readRange
} from "./chunk-2IZ6M37U.js";
import {
  parseCsvBytes
} from "./chunk-TWB6RIXN.js";

// dist/sources/parallel-checks.js
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";

// dist/sources/line-ranges.js
var LF = 10;
var WINDOW = 1 << 16;
async function lineRanges(file, size, parts, from) {
  const cuts = [0];
  const window = Buffer.allocUnsafe(WINDOW);
  for (let k = 1; k < parts; k++) {
    let at = Math.max(from, Math.floor(size * k / parts), cuts[cuts.length - 1] + 1);
    let cut = -1;
    while (cut < 0 && at < size) {
      const { bytesRead } = await file.read(window, 0, WINDOW, at);
      if (bytesRead === 0)
        break;
      const lf = window.subarray(0, bytesRead).indexOf(LF);
      if (lf >= 0)
        cut = at + lf + 1;
      else
        at += bytesRead;
    }
    if (cut < 0 || cut >= size)
      break;
    cuts.push(cut);
  }
  return cuts.map((start, k) => ({
    start,
    end: k + 1 < cuts.length ? cuts[k + 1] : Number.POSITIVE_INFINITY
  }));
}

// dist/sources/reader-threads.js
import { Worker } from "node:worker_threads";
var ReaderThread = class {
  /** Settles once the worker's modules are loaded: only then does it take a range. */
  ready;
  worker;
  pending = null;
  failure = null;
  constructor(url) {
    this.worker = new Worker(url, {
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 }
    });
    this.worker.unref();
    let ready = () => {
    };
    this.ready = new Promise((resolve) => {
      ready = resolve;
    });
    this.worker.on("message", (message) => {
      if (message === "ready")
        ready(true);
      else
        this.settle(message);
    });
    const fail = (result) => {
      this.failure ??= result;
      ready(false);
      this.settle(this.failure);
    };
    this.worker.once("error", (error) => fail(rangeFailure(error)));
    this.worker.once("exit", (code) => fail({ ok: false, error: `a reader thread stopped (exit code ${code})`, retry: false }));
  }
  /** Reads one range on the thread. */
  run(task) {
    if (this.failure)
      return Promise.resolve(this.failure);
    return new Promise((resolve) => {
      this.pending = resolve;
      this.worker.ref();
      this.worker.postMessage(task);
    });
  }
  close() {
    void this.worker.terminate();
  }
  settle(result) {
    const pending = this.pending;
    if (pending === null)
      return;
    this.pending = null;
    this.worker.unref();
    pending(result);
  }
};
var warm = [];
function warmReaderThreads(url, count) {
  while (warm.length < count)
    warm.push(new ReaderThread(url));
}
function takeReaderThreads(url, count) {
  const taken = warm.splice(0, count);
  while (taken.length < count)
    taken.push(new ReaderThread(url));
  return taken;
}

// dist/sources/parallel-checks.js
var SPLIT_BYTES = 64 * 1024 * 1024;
var HEAD_BYTES = 1 << 16;
var RANGES_PER_THREAD = 8;
function parallelSettings(env = process.env) {
  const count = (value) => {
    const n = Number(value);
    return value !== void 0 && Number.isInteger(n) && n >= 1 ? n : null;
  };
  const threads = env.SLM_READ_THREADS === "auto" || env.SLM_READ_THREADS === "0" ? availableParallelism() : count(env.SLM_READ_THREADS) ?? availableParallelism();
  return {
    threads,
    ranges: count(env.SLM_READ_RANGES) ?? threads * RANGES_PER_THREAD,
    splitBytes: count(env.SLM_SPLIT_BYTES) ?? SPLIT_BYTES
  };
}
function workerUrl() {
  return import.meta.url.endsWith(".ts") ? null : new URL("./checks-worker.js", import.meta.url);
}
async function readInRanges(scan, file, tally) {
  const source = scan.source;
  const { threads, ranges: parts, splitBytes } = parallelSettings();
  const url = workerUrl();
  if (threads < 2 || source.encoding !== "utf-8" || scan.demand.thresholds.length > 0)
    return false;
  let plan;
  try {
    plan = await planRanges(file.absolute, source.delimiter, source.header, Math.max(parts, 2), splitBytes);
  } catch {
    return false;
  }
  if (plan === null || plan.ranges.length < 2)
    return false;
  const { header } = plan;
  const demand = {
    services: scan.demand.services,
    latency: scan.demand.latency,
    series: scan.demand.series,
    thresholds: []
  };
  const tasks = plan.ranges.map((range) => ({ source, file, range, header, demand }));
  const results = new Array(tasks.length);
  let next = 0;
  const take = () => next < tasks.length && results.every((r) => r === void 0 || r.ok) ? next++ : -1;
  const helpers = url === null ? [] : takeReaderThreads(url, Math.min(threads, tasks.length) - 1);
  try {
    const [, , sha256] = await Promise.all([
      (async () => {
        for (let k = take(); k >= 0; k = take())
          results[k] = await readRange(structuredClone(tasks[k])).catch(rangeFailure);
      })(),
      Promise.all(helpers.map(async (thread) => {
        if (!await thread.ready)
          return;
        for (let k = take(); k >= 0; k = take())
          results[k] = await thread.run(tasks[k]);
      })),
      hashFile(file.absolute).catch(() => null)
    ]);
    for (const r of results)
      if (r !== void 0 && !r.ok && !r.retry)
        throw new Error(`reading ${file.file} in ranges: ${r.error}`);
    const done = [];
    for (const r of results) {
      if (r === void 0 || !r.ok || r.quotedBreaks > 0)
        return false;
      done.push(r);
    }
    if (sha256 === null)
      return false;
    let lines = 0;
    for (const r of done) {
      for (const [key, state] of r.series)
        scan.series.get(key)?.append(state);
      if (r.latest > scan.latest[0])
        scan.latest[0] = r.latest;
      scan.demand.latency.forEach((d, k) => {
        d.spans.forEach((span, j) => {
          const [good, total] = r.latency[k][j];
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
    for (const thread of helpers)
      thread.close();
  }
}
function warmReaders() {
  const url = workerUrl();
  const { threads } = parallelSettings();
  if (url !== null && threads >= 2)
    warmReaderThreads(url, threads - 1);
}
async function planRanges(path, delimiter, hasHeader, threads, splitBytes) {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size < splitBytes)
      return null;
    const head = Buffer.allocUnsafe(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const headEnd = head.subarray(0, bytesRead).lastIndexOf(10) + 1;
    if (headEnd === 0)
      return null;
    let header = null;
    if (hasHeader) {
      const found = firstRow(head.subarray(0, headEnd), delimiter);
      if (found === null)
        return null;
      header = found;
    }
    return { ranges: await lineRanges(handle, size, threads, headEnd), header };
  } finally {
    await handle.close();
  }
}
var STOP = /* @__PURE__ */ Symbol("header read");
function firstRow(bytes, delimiter) {
  let fields = null;
  try {
    parseCsvBytes(bytes, delimiter, {
      header(h) {
        fields = h;
        throw STOP;
      },
      row() {
      }
    });
  } catch (error) {
    if (error !== STOP)
      throw error;
  }
  return fields;
}
async function hashFile(path) {
  const hash = createHash("sha256");
  const handle = await open(path, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0)
        break;
      hash.update(buf.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}

export {
  parallelSettings,
  readInRanges,
  warmReaders
};
