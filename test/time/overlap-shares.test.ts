import { describe, expect, it } from "vitest";
import { totalLength, unionOfSets } from "../../src/time/interval-set.js";
import { overlapShares } from "../../src/time/overlap-shares.js";

describe("overlapShares", () => {
  it("splits overlapping sets into what each covers alone and what several cover together, once", () => {
    // a: [0,10) and [20,30); b: [5,25); c: [7,8) inside both a and b.
    const a = [0, 10, 20, 30];
    const b = [5, 25];
    const c = [7, 8];
    const shares = overlapShares([a, b, c]);
    // a alone: [0,5) + [25,30) = 10; b alone: [10,20) = 10; c never alone.
    expect(shares.own).toEqual([10, 10, 0]);
    // a+b: [5,7) + [8,10) + [20,25) = 9; a+b+c: [7,8) = 1.
    expect(shares.overlaps).toEqual([
      { members: [0, 1], length: 9 },
      { members: [0, 1, 2], length: 1 },
    ]);
    const sum = shares.own.reduce((s, x) => s + x, 0) + shares.overlaps.reduce((s, o) => s + o.length, 0);
    expect(sum).toBe(totalLength(unionOfSets([a, b, c])));
  });

  it("sets that only touch share nothing", () => {
    expect(
      overlapShares([
        [0, 5],
        [5, 9],
      ]),
    ).toEqual({ own: [5, 4], overlaps: [] });
  });
});
