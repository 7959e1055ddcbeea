import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CliResult, removeDir, runCli, spawnCli, tempRepo } from "../helpers/cli.js";

// Hostile exports (issue 10 items 11, 12, 14): each case replayed in-process and by exec, with
// its exit code, its one line (no stack trace), its time and no file left behind.

const SLA = `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: web-sla }
spec:
  service: web
  provider: ops
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets: [{ name: success, metric: success-rate, objective: 99% }]
`;
const source = (spec: string) => `apiVersion: slm/v1
kind: DataSource
metadata: { name: requests }
spec:
  type: metrics
  path: data.csv
  service: web
  columns: { timestamp: t, metric: m, good: g, total: n }
${spec}`;
const GOOD_CSV = "t,m,g,n\n2024-05-01T00:00:00Z,success-rate,99,100\n";

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  argv: string[];
  code: number;
  /** Must match stderr (validate prints its findings to stdout). */
  output: RegExp;
  /** The channel `output` is matched against. */
  on?: "stdout" | "stderr";
}

const REPORT = ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "web-sla"];

const CASES: Case[] = [
  {
    name: "a hex cell in a numeric field is a skipped row, not 16",
    files: {
      "slm.yaml": `${SLA}---\n${source("")}`,
      "data.csv": `${GOOD_CSV}2024-05-02T00:00:00Z,success-rate,0x10,0x10\n`,
    },
    argv: REPORT,
    code: 0,
    output: /"reason": "good or total is not a whole number",\s+"count": 1,\s+"lines": \[\s+3\s+\]/,
    on: "stdout",
  },
  {
    name: 'timestampFormat "YYYY-MM-DD HH:mm" is a validation finding at its line',
    files: {
      "slm.yaml": `${SLA}---\n${source('  timestampFormat: "YYYY-MM-DD HH:mm"\n')}`,
      "data.csv": GOOD_CSV,
    },
    argv: ["validate"],
    code: 1,
    output: /slm\.yaml:25:20 +error +timestamp format "YYYY-MM-DD HH:mm": "YYYY" is the week-numbering year/,
    on: "stdout",
  },
  {
    name: "timestampFormat nonsense stops the report as a validation error, not an unexpected one",
    files: { "slm.yaml": `${SLA}---\n${source("  timestampFormat: nonsense\n")}`, "data.csv": GOOD_CSV },
    argv: REPORT,
    code: 1,
    output:
      /slm\.yaml:25:20: error schema\/invalid-value: timestamp format "nonsense": "n" is not a date-fns pattern letter/,
  },
  {
    name: "delimiter '\"' is a validation finding",
    files: { "slm.yaml": `${SLA}---\n${source("  delimiter: '\"'\n")}`, "data.csv": GOOD_CSV },
    argv: ["validate"],
    code: 1,
    output: /slm\.yaml:25:14 +error +delimiter "\\"" cannot be a quote or a line break/,
    on: "stdout",
  },
  {
    name: "path ../../etc/passwd is a validation finding",
    files: { "slm.yaml": `${SLA}---\n${source("").replace("path: data.csv", "path: ../../etc/passwd")}` },
    argv: ["validate"],
    code: 1,
    output: /slm\.yaml:22:9 +error +"\.\.\/\.\.\/etc\/passwd" leads out of the repository/,
    on: "stdout",
  },
  {
    name: "a missing column in a 1,000,000-column header: one short line",
    files: {
      "slm.yaml": `${SLA}---\n${source("")}`,
      "data.csv": `${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(",")}\n`,
    },
    argv: REPORT,
    code: 2,
    output:
      /^slm: data\.csv: column "t" \(field timestamp of DataSource requests\) is not in the header; headers found: "c0", .* … and 999,980 more\n$/,
  },
  {
    name: "a UTF-16 export without `encoding`: one line naming the encoding to set",
    files: {
      "slm.yaml": `${SLA}---\n${source("")}`,
      "data.csv": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_CSV, "utf16le")]),
    },
    argv: REPORT,
    code: 2,
    output: /^slm: data\.csv is UTF-16LE encoded .*set `encoding: utf-16le` on its DataSource.*\n$/,
  },
  {
    name: "bytes invalid in the declared encoding: one line naming file and line",
    files: {
      "slm.yaml": `${SLA}---\n${source("  encoding: gb18030\n")}`,
      "data.csv": Buffer.concat([Buffer.from(GOOD_CSV), Buffer.from([0xff, 0x0a])]),
    },
    argv: REPORT,
    code: 2,
    output: /^slm: data\.csv:3: bytes that are not valid gb18030; check the encoding of its DataSource\n$/,
  },
];

// A hang fails by the test timeout; time is not asserted (benchmarks are not tests).
function check(c: Case, r: CliResult, root: string, before: string[]): void {
  expect(r.code, `${c.name}: ${r.stderr}`).toBe(c.code);
  expect(c.on === "stdout" ? r.stdout : r.stderr, c.name).toMatch(c.output);
  expect(r.stderr, c.name).not.toMatch(/\n\s+at |unexpected error/);
  expect(readdirSync(root).sort(), `${c.name}: files left behind`).toEqual(before);
}

describe("hostile exports (issue 10 items 11, 12, 14)", () => {
  for (const c of CASES) {
    it(`${c.name} (in-process)`, async () => {
      const root = tempRepo(c.files);
      try {
        const before = readdirSync(root).sort();
        const r = await runCli(c.argv, { cwd: root });
        check(c, r, root, before);
      } finally {
        removeDir(root);
      }
    });
    it(`${c.name} (exec)`, () => {
      const root = tempRepo(c.files);
      try {
        const before = readdirSync(root).sort();
        const r = spawnCli(c.argv, { cwd: root });
        check(c, r, root, before);
      } finally {
        removeDir(root);
      }
    });
  }
});
