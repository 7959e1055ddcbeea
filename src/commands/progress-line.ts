import type { Io } from "./io.js";

/**
 * "reading SOURCE: 42%" on one stderr line, rewritten in place, only when stderr is a terminal
 * (SPEC §8: progress for long work; never in a log file or a pipe). Returns the reader callback
 * factory and the function that clears the line.
 */
export function progressLine(
  io: Io,
): { start: (source: string) => (done: number, total: number) => void; clear: () => void } | undefined {
  if (!io.stderrIsTTY) return undefined;
  return {
    start: (source) => {
      let shown = -1;
      return (done, total) => {
        const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
        if (percent === shown) return;
        shown = percent;
        io.stderr(`\rreading ${source}: ${percent}%\u001b[K`);
      };
    },
    clear: () => io.stderr("\r\u001b[K"),
  };
}
