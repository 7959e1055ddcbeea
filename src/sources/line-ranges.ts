import type { FileHandle } from "node:fs/promises";

const LF = 0x0a;
const WINDOW = 1 << 16;

/** Bytes [start, end) of a file; `end` of the last range is +∞ (up to the end of the file as read). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Cuts a file of `size` bytes into at most `parts` ranges of about equal size, each starting just
 * after a line feed (so at a line start: a line feed outside quotes always ends a row; whether
 * one inside a quoted field was cut is checked while the ranges are read, `parallel-checks.ts`).
 * No cut falls before `from` (the end of the header). Fewer ranges come back when lines are long
 * or the file has no line feeds (a file with lone CR line ends is one range).
 */
export async function lineRanges(
  file: FileHandle,
  size: number,
  parts: number,
  from: number,
): Promise<ByteRange[]> {
  const cuts: number[] = [0];
  const window = Buffer.allocUnsafe(WINDOW);
  for (let k = 1; k < parts; k++) {
    let at = Math.max(from, Math.floor((size * k) / parts), cuts[cuts.length - 1]! + 1);
    let cut = -1;
    while (cut < 0 && at < size) {
      const { bytesRead } = await file.read(window, 0, WINDOW, at);
      if (bytesRead === 0) break;
      const lf = window.subarray(0, bytesRead).indexOf(LF);
      if (lf >= 0) cut = at + lf + 1;
      else at += bytesRead;
    }
    if (cut < 0 || cut >= size) break;
    cuts.push(cut);
  }
  return cuts.map((start, k) => ({
    start,
    end: k + 1 < cuts.length ? cuts[k + 1]! : Number.POSITIVE_INFINITY,
  }));
}
