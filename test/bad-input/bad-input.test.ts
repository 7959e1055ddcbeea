import { afterAll, describe, expect, it } from "vitest";
import { FILE_CASES } from "./cases-files.js";
import { GRAPH_CASES } from "./cases-graphs.js";
import { OUTPUT_CASES } from "./cases-output.js";
import { TERMINAL_CASES } from "./cases-terminal.js";
import { applyCheck, cleanUp, type HostileCase, replay } from "./corpus.js";

/**
 * SPEC §10 "Bad input" and "Security", issue 10: every hostile case, in-process and by exec of
 * the built CLI. Each gets a defined exit code and the expected output, both replays agree,
 * none prints a stack trace or "unexpected error" or leaves a file behind. A hang fails by the test
 * timeout; times are printed, not asserted (benchmarks are not tests).
 * Signals (a run killed mid-write) are exec-only: see signals.test.ts.
 */
const CASES: HostileCase[] = [...FILE_CASES, ...OUTPUT_CASES, ...TERMINAL_CASES, ...GRAPH_CASES];

const rows: string[] = [];

describe("hostile input: a clear finding or one line, a defined exit code, nothing left behind", () => {
  for (const c of CASES) {
    it(`[${c.item}] ${c.name}`, async () => {
      const replays = [];
      for (const how of ["in-process", "exec"] as const) {
        const r = await replay(c, how);
        try {
          rows.push(
            `${c.item.padEnd(5)} ${how.padEnd(10)} exit ${r.result.code}  ${String(r.ms).padStart(5)} ms  ` +
              `leftovers: ${r.leftovers.length === 0 ? "none" : r.leftovers.join(", ")}  ${c.name}`,
          );
          const { code, stdout, stderr } = r.result;
          expect(code, `${how} exit code; stderr: ${stderr}`).toBe(c.code);
          applyCheck(c.stdout, stdout, r.where, `${how} stdout`);
          applyCheck(c.stderr, stderr, r.where, `${how} stderr`);
          expect(stderr, `${how}: no stack trace`).not.toMatch(/\n\s+at |unexpected error/);
          expect(r.leftovers, `${how}: leftovers`).toEqual([]);
          c.after?.(r.where);
          replays.push(r.normalized);
        } finally {
          cleanUp(r.where);
        }
      }
      expect(replays[1], "exec gives what in-process gives").toEqual(replays[0]);
    });
  }

  afterAll(() => {
    console.log(`hostile-input corpus: item, replay, exit code, time, leftovers\n${rows.join("\n")}`);
  });
});
