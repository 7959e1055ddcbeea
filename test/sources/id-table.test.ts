import { describe, expect, it } from "vitest";
import { IdTable } from "../../src/sources/id-table.js";

describe("the id table of dedupe", () => {
  it("maps ids to values exactly, through every resize, against a Map", () => {
    const table = new IdTable();
    const oracle = new Map<string, number>();
    // Ids of every length, non-ASCII ones, and ids that are prefixes of others.
    for (let i = 0; i < 50_000; i++) {
      const id = i % 7 === 0 ? `Ünïcode-${i}` : i % 5 === 0 ? `${i}` : `INC${String(i).padStart(7, "0")}`;
      expect(table.set(id, i)).toBe(!oracle.has(id));
      oracle.set(id, i);
      if (i % 3 === 1) {
        table.set(id, -i);
        oracle.set(id, -i);
      }
    }
    expect(table.size).toBe(oracle.size);
    for (const [id, value] of oracle) expect(table.get(id)).toBe(value);
    expect(table.get("INC")).toBe(-1);
    expect(table.get("")).toBe(-1);
    expect(table.get("INC00000001")).toBe(-1);
    // Well under a Map's ~80 bytes per id.
    expect(table.bytes / table.size).toBeLessThan(40);
  });
});
