import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  removeTemporariesNow,
  watchTemporaries
} from "./chunk-RPUZS6BB.js";
import {
  closeStdout,
  processIo
} from "./chunk-BRTT36DB.js";
import "./chunk-KBDRPUOI.js";

// dist/cli/main.js
async function main() {
  guardStdout();
  cleanUpOnSignals();
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    const { VERSION } = await import("./version-WF66RIVD.js");
    process.stdout.write(`${VERSION}
`);
    return;
  }
  const { run } = await import("./run-VLRUEHAH.js");
  process.exitCode = await run(argv, processIo());
}
function guardStdout() {
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") {
      closeStdout();
      return;
    }
    process.stderr.write(`slm: cannot write output: ${error.message}
`);
    process.exit(2);
  });
}
var STOPPED_BY = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
function cleanUpOnSignals() {
  const stop = (signal) => {
    removeTemporariesNow();
    process.stderr.write(`slm: stopped by ${signal}; temporary files removed
`);
    process.exit(STOPPED_BY[signal]);
  };
  watchTemporaries((active) => {
    for (const signal of Object.keys(STOPPED_BY)) {
      if (active)
        process.on(signal, stop);
      else
        process.off(signal, stop);
    }
  });
}
export {
  main
};
