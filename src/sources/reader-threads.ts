import { Worker } from "node:worker_threads";
import { type RangeResult, type RangeTask, rangeFailure } from "./range-read.js";

/**
 * A worker thread of the parallel checks reader (`checks-worker.ts`), read tasks sent one at a
 * time. It holds one 1 MiB read buffer and the per-series state (changes only): a small heap is
 * plenty, and caps what a thread adds to the process (SPEC §10: ≤ 128 MB in all). Until a read
 * takes it (`hold`), it does not keep the process alive.
 */
export class ReaderThread {
  /** Settles once the worker's modules are loaded: only then does it take a range. */
  readonly ready: Promise<boolean>;
  private readonly worker: Worker;
  private pending: ((result: RangeResult) => void) | null = null;
  private failure: RangeResult | null = null;

  constructor(url: URL) {
    this.worker = new Worker(url, {
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
    });
    let ready: (ok: boolean) => void = () => {};
    this.ready = new Promise((resolve) => {
      ready = resolve;
    });
    this.worker.on("message", (message: RangeResult | "ready") => {
      if (message === "ready") ready(true);
      else this.settle(message);
    });
    const fail = (result: RangeResult) => {
      this.failure ??= result;
      ready(false);
      this.settle(this.failure);
    };
    this.worker.once("error", (error) => fail(rangeFailure(error)));
    this.worker.once("exit", (code) =>
      fail({ ok: false, error: `a reader thread stopped (exit code ${code})`, retry: false }),
    );
    // After the listeners: adding a "message" listener refs the worker again, and an idle
    // thread that is never taken (the file was not split after all) must not keep slm running.
    this.worker.unref();
  }

  /**
   * From now on the thread keeps slm running until it is closed: whoever took it awaits it (its
   * readiness, then its ranges), and with nothing else pending Node would otherwise exit midway.
   */
  hold(): void {
    this.worker.ref();
  }

  /** Reads one range on the thread. */
  run(task: RangeTask): Promise<RangeResult> {
    if (this.failure) return Promise.resolve(this.failure);
    return new Promise((resolve) => {
      this.pending = resolve;
      this.worker.postMessage(task);
    });
  }

  close(): void {
    void this.worker.terminate();
  }

  private settle(result: RangeResult): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    pending(result);
  }
}

/** Threads started ahead of a read (`warmReaderThreads`), not yet taken by one. */
const warm: ReaderThread[] = [];

/**
 * Starts `count` reader threads now, to be taken by the next parallel read: a thread takes
 * ~0.1 s to start and load its modules, which the caller can overlap with its own start-up.
 */
export function warmReaderThreads(url: URL, count: number): void {
  while (warm.length < count) warm.push(new ReaderThread(url));
}

/** `count` reader threads, held: the warm ones first, then new ones. The caller closes them. */
export function takeReaderThreads(url: URL, count: number): ReaderThread[] {
  const taken = warm.splice(0, count);
  while (taken.length < count) taken.push(new ReaderThread(url));
  for (const thread of taken) thread.hold();
  return taken;
}
