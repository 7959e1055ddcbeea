// One way for every benchmark scenario to run a process and read its memory: /proc/PID/status
// sampled every 10 ms for the peak RSS (VmHWM, what SPEC §10 limits) and the peak anonymous RSS
// (RssAnon: the process's own memory, without the pages of the node binary it happens to touch,
// which vary by a few MB with the code paths a run warms up). Flatness is judged on the
// anonymous part.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LIVE_HEAP = join(dirname(fileURLToPath(import.meta.url)), "live-heap.cjs");

/**
 * Runs `argv` with node in `cwd`; resolves {seconds, rssMb, anonMb, liveMb, stdout, stderr},
 * rejects on a non-zero exit. With `liveHeap`, the process also reports its largest heap after a
 * full GC (live-heap.cjs; the periodic GCs cost a little time, so time such runs separately).
 */
export function runNodeSampled(argv, cwd, env = process.env, { liveHeap = false } = {}) {
  const flags = liveHeap ? ["--expose-gc", "-r", LIVE_HEAP] : [];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [...flags, ...argv], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let hwm = 0;
    let anon = 0;
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
        hwm = Math.max(hwm, kb("VmHWM"));
        anon = Math.max(anon, kb("RssAnon"));
      } catch {
        // The process has just exited.
      }
    }, 10);
    child.on("close", (code) => {
      clearInterval(poll);
      if (code !== 0)
        return reject(new Error(`${argv.join(" ")} failed (exit ${code}) in ${cwd}: ${stderr}`));
      const live = /^LIVE_HEAP_MAX_BYTES (\d+)$/m.exec(stderr);
      resolve({
        seconds: Number(process.hrtime.bigint() - t0) / 1e9,
        rssMb: hwm / 1024,
        anonMb: anon / 1024,
        liveMb: live ? Number(live[1]) / 1048576 : null,
        stdout,
        stderr,
      });
    });
  });
}
