import { describe, expect, it } from "vitest";
import { subtractIntervals, unionIntervals } from "../../src/time/interval-pairs.js";

describe("interval sets", () => {
  it("unions overlapping and touching intervals", () => {
    expect(
      unionIntervals([
        [
          [5, 10],
          [0, 2],
        ],
        [
          [2, 3],
          [8, 12],
          [20, 20],
        ],
      ]),
    ).toEqual([
      [0, 3],
      [5, 12],
    ]);
  });

  it("subtracts in one sweep, splitting and trimming", () => {
    expect(
      subtractIntervals(
        [
          [0, 100],
          [200, 300],
        ],
        [
          [10, 20],
          [30, 40],
          [90, 210],
          [290, 400],
        ],
      ),
    ).toEqual([
      [0, 10],
      [20, 30],
      [40, 90],
      [210, 290],
    ]);
    expect(subtractIntervals([[0, 10]], [])).toEqual([[0, 10]]);
    expect(subtractIntervals([[0, 10]], [[0, 10]])).toEqual([]);
    expect(
      subtractIntervals(
        [
          [0, 10],
          [20, 30],
        ],
        [[5, 25]],
      ),
    ).toEqual([
      [0, 5],
      [25, 30],
    ]);
  });
});
