import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/commands/io.js
var stdoutClosed = false;
function closeStdout() {
  stdoutClosed = true;
}
function processIo() {
  return {
    stdout: (text) => {
      if (!stdoutClosed)
        process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    now: () => /* @__PURE__ */ new Date(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY)
  };
}
function generationTime(io) {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch !== void 0 && /^\d+$/.test(epoch.trim()))
    return new Date(Number(epoch.trim()) * 1e3);
  return io.now();
}

export {
  closeStdout,
  processIo,
  generationTime
};
