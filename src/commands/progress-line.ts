import { oneLine } from "../text/control-characters.js";
import type { Io } from "./io.js";

export interface ProgressLine {
  start: (source: string) => (done: number, total: number) => void;
  clear: () => void;
}

/**
 * "reading SOURCE: 42%" on one stderr line, rewritten in place, only when stderr is a terminal
 * (SPEC §8: progress for long work; never in a log file or a pipe). It is given the raw stderr,
 * the only writer that may send control sequences (its own CR and erase-line), so the name it
 * shows is made one line of visible text here.
 */
export function progressLine(io: Io): ProgressLine | undefined {
  if (!io.stderrIsTTY) return undefined;
  return {
    start: (source) => {
      let shown = -1;
      const name = oneLine(source);
      return (done, total) => {
        const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
        if (percent === shown) return;
        shown = percent;
        io.stderr(`\rreading ${name}: ${percent}%\u001b[K`);
      };
    },
    clear: () => io.stderr("\r\u001b[K"),
  };
}
