import { parentPort } from "node:worker_threads";
import { type RangeTask, rangeFailure, readRange } from "./range-read.js";

/**
 * The entry of a worker thread of the parallel checks reader (`reader-threads.ts`): says it is
 * ready once its modules are loaded, then reads each byte range it is sent (`range-read.ts`) and
 * sends the state back.
 */
parentPort!.on("message", (task: RangeTask) => {
  readRange(task).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => parentPort!.postMessage(rangeFailure(error)),
  );
});
parentPort!.postMessage("ready");
