import { parentPort, workerData } from "node:worker_threads";
import { type RangeTask, rangeFailure, readRange } from "./range-read.js";

/**
 * The entry of a worker thread of the parallel checks reader (`parallel-checks.ts`): reads the
 * byte range it is given (`range-read.ts`) and sends the state back.
 */
readRange(workerData as RangeTask).then(
  (result) => parentPort!.postMessage(result),
  (error: unknown) => parentPort!.postMessage(rangeFailure(error)),
);
