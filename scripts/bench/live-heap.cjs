// Preloaded by peak-memory.mjs (`node --expose-gc -r live-heap.cjs …`): every 250 ms a full GC,
// then the heap still in use. Its maximum is what the process retains, the figure that tells
// data held per row (growing with the file) from a collector that merely runs later on a bigger
// input (peak RSS grows then, the live heap does not).
let max = 0;
const timer = setInterval(() => {
  global.gc();
  max = Math.max(max, process.memoryUsage().heapUsed);
}, 250);
timer.unref();
process.on("exit", () => process.stderr.write(`LIVE_HEAP_MAX_BYTES ${max}\n`));
