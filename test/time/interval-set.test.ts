import { describe, expect, it } from "vitest";
import {
  clip,
  containsInstant,
  intersect,
  subtract,
  totalLength,
  unionOf,
  unionOfSets,
} from "../../src/time/interval-set.js";

describe("interval sets", () => {
  it("unions overlapping and touching intervals", () => {
    expect(
      unionOf([
        [5, 10],
        [0, 2],
        [2, 3],
        [8, 12],
        [20, 20],
      ]),
    ).toEqual([0, 3, 5, 12]);
    expect(
      unionOfSets([
        [5, 10, 14, 15],
        [0, 2],
        [2, 3, 8, 12],
      ]),
    ).toEqual([0, 3, 5, 12, 14, 15]);
  });

  it("subtracts in one sweep, splitting and trimming", () => {
    expect(subtract([0, 100, 200, 300], [10, 20, 30, 40, 90, 210, 290, 400])).toEqual([
      0, 10, 20, 30, 40, 90, 210, 290,
    ]);
    expect(subtract([0, 10], [])).toEqual([0, 10]);
    expect(subtract([0, 10], [0, 10])).toEqual([]);
    expect(subtract([0, 10, 20, 30], [5, 25])).toEqual([0, 5, 25, 30]);
  });

  it("intersects, clips, measures and finds instants", () => {
    expect(intersect([0, 10, 20, 30], [5, 25])).toEqual([5, 10, 20, 25]);
    expect(clip([0, 10, 20, 30], 8, 22)).toEqual([8, 10, 20, 22]);
    expect(totalLength([0, 10, 20, 30])).toBe(20);
    expect([0, 9, 10, 19, 20, 29, 30].map((t) => containsInstant([0, 10, 20, 30], t))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});
