// Fault injection for the hostile-input corpus: makes chosen file-system calls fail with a given
// errno (EACCES, EROFS, …) or never return, for paths containing a given text. The same code runs
// in-process (installFaults) and in the spawned CLI (`node --import` this file, with the faults as
// JSON in SLM_TEST_FAULTS), so a case replays identically both ways. Test code only.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

/**
 * @param {import("./faults.d.mts").Fault[]} faults
 * @returns {() => void} restores the original functions
 */
export function installFaults(faults) {
  const restore = [];
  for (const fault of faults) {
    const [where, name] = fault.call.split(".");
    const target = where === "promises" ? fs.promises : fs;
    const original = target[name];
    target[name] = function injected(...args) {
      const path = String(args[0]);
      if (!path.includes(fault.path)) return original.apply(this, args);
      if (fault.hang) {
        // Keep the process alive, as a write to a stalled network file system would.
        setInterval(() => {}, 1 << 30);
        return new Promise(() => {});
      }
      const recursive = typeof args[1] === "object" && args[1] !== null && args[1].recursive === true;
      const code = (recursive && fault.recursiveCode) || fault.code;
      const error = Object.assign(new Error(`${code}: injected fault, ${name} '${path}'`), {
        code,
        syscall: name,
        path,
      });
      if (where === "promises") return Promise.reject(error);
      const callback = args[args.length - 1];
      if (typeof callback === "function") {
        process.nextTick(callback, error);
        return undefined;
      }
      throw error;
    };
    restore.push(() => {
      target[name] = original;
    });
  }
  syncBuiltinESMExports();
  return () => {
    for (const undo of restore.reverse()) undo();
    syncBuiltinESMExports();
  };
}

if (process.env.SLM_TEST_FAULTS) installFaults(JSON.parse(process.env.SLM_TEST_FAULTS));
