import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

/**
 * The layers of docs/architecture.md, lowest first. A file may import from its own folder or from
 * a folder of a lower layer, never sideways or upward; and no chain of imports may lead back to
 * the file it started from.
 */
const LAYERS: string[][] = [
  ["core"],
  ["time"],
  ["text", "verdict", "repository", "output"],
  ["schema", "checks", "sources", "history"],
  ["model", "warehouse"],
  ["measure", "coverage", "lifecycle"],
  ["report", "openslo", "init", "status"],
  ["kpi", "diff", "credits", "improve"],
  ["site", "audit"],
  ["formatters"],
  ["commands"],
  ["cli"],
  ["api"],
];
const RANK = new Map(LAYERS.flatMap((folders, rank) => folders.map((f) => [f, rank] as const)));
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [posix.normalize(relative(SRC, path).split("\\").join("/"))] : [];
  });
}

const IMPORT = /(?:from\s+|import\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  return [...text.matchAll(IMPORT)].map((m) =>
    posix.normalize(posix.join(posix.dirname(file), m[1]!)).replace(/\.js$/, ".ts"),
  );
}

const folderOf = (file: string): string => (file.includes("/") ? file.slice(0, file.indexOf("/")) : "");
const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("layering of src/", () => {
  it("puts every folder of src/ in a layer", () => {
    const folders = [...new Set(files.map(folderOf))].filter((f) => f !== "").sort();
    expect(folders.filter((f) => !RANK.has(f))).toEqual([]);
    expect(files.filter((f) => folderOf(f) === "")).toEqual([]);
  });

  it("imports only from the same folder or a lower layer", () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      for (const target of imports) {
        const to = folderOf(target);
        if (to !== from && !(RANK.get(to)! < RANK.get(from)!)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no import cycle between files", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    // Iterative depth-first search: the graph may be deep, the call stack is not.
    for (const start of files) {
      if (state.has(start)) continue;
      const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
      state.set(start, "open");
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const edges = graph.get(top.file) ?? [];
        if (top.next >= edges.length) {
          state.set(top.file, "done");
          stack.pop();
          continue;
        }
        const target = edges[top.next++]!;
        if (state.get(target) === "open") {
          const path = stack.map((s) => s.file);
          cycles.push([...path.slice(path.indexOf(target)), target].join(" → "));
        } else if (!state.has(target) && graph.has(target)) {
          state.set(target, "open");
          stack.push({ file: target, next: 0 });
        }
      }
    }
    expect(cycles).toEqual([]);
  });
});
