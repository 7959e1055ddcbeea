import { writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CheckSeries } from "../../src/sources/check-series.js";
import { lineRanges } from "../../src/sources/line-ranges.js";
import { tempDir } from "../helpers/cli.js";

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("a series appended from the next byte range", () => {
  it("is the series one pass over all samples builds: gaps, equal timestamps, flips at the cut, out of order", () => {
    const next = random(18);
    const maxGap = 60;
    for (let round = 0; round < 2000; round++) {
      const n = 1 + Math.floor(next() * 30);
      const samples: [number, boolean][] = [];
      let t = Math.floor(next() * 100);
      for (let i = 0; i < n; i++) {
        // Steps of 0 (equal timestamps), within maxGap, exactly maxGap, beyond it; now and then backwards.
        const r = next();
        t +=
          r < 0.15
            ? 0
            : r < 0.7
              ? 1 + Math.floor(next() * 59)
              : r < 0.8
                ? maxGap
                : r < 0.95
                  ? 61 + Math.floor(next() * 100)
                  : -Math.floor(next() * 50);
        samples.push([t, next() < 0.4]);
      }
      const cut = Math.floor(next() * (n + 1));
      const whole = new CheckSeries("s", maxGap);
      for (const [at, down] of samples) whole.add(at, down);
      const first = new CheckSeries("s", maxGap);
      const later = new CheckSeries("s", maxGap);
      for (const [i, [at, down]] of samples.entries()) (i < cut ? first : later).add(at, down);
      first.append(later.state());
      expect(first.outOfOrder).toBe(whole.outOfOrder);
      // Out of order: the reader rebuilds the series from sorted samples, so only the flag counts.
      if (whole.outOfOrder) continue;
      expect({ ...first.state(), case: samples, cut }).toEqual({ ...whole.state(), case: samples, cut });
    }
  });
});

describe("line ranges", () => {
  it("start just after a line feed, past the header, in order, and cover the file", async () => {
    const next = random(7);
    const dir = tempDir("slm-ranges-");
    for (let round = 0; round < 200; round++) {
      const lines: string[] = [];
      const count = Math.floor(next() * 40);
      for (let i = 0; i < count; i++) lines.push("x".repeat(Math.floor(next() * 30)));
      const text = lines.join(next() < 0.5 ? "\n" : "\r\n") + (next() < 0.5 ? "\n" : "");
      const path = join(dir, `f${round}.csv`);
      writeFileSync(path, text);
      const bytes = Buffer.from(text);
      const parts = 1 + Math.floor(next() * 5);
      const from = Math.floor(next() * 20);
      const handle = await open(path, "r");
      const ranges = await lineRanges(handle, bytes.length, parts, from).finally(() => handle.close());
      expect(ranges.length).toBeGreaterThanOrEqual(1);
      expect(ranges.length).toBeLessThanOrEqual(parts);
      expect(ranges[0]!.start).toBe(0);
      expect(ranges.at(-1)!.end).toBe(Number.POSITIVE_INFINITY);
      for (let k = 1; k < ranges.length; k++) {
        const start = ranges[k]!.start;
        expect(ranges[k - 1]!.end).toBe(start);
        expect(start).toBeGreaterThan(ranges[k - 1]!.start);
        expect(start).toBeGreaterThan(from);
        expect(start).toBeLessThan(bytes.length);
        expect(bytes[start - 1]).toBe(0x0a);
      }
    }
  });
});
