/**
 * One table of command lines, replayed in-process (`run(argv, io)`) and by exec of the built CLI
 * (markdownlint-cli2's test-cases model): both must give the same exit code and the same output.
 * `cwd: "examples"` runs in the bundled example repository; a record is a temporary repository.
 */
export interface CliCase {
  name: string;
  argv: string[];
  cwd?: "examples" | Record<string, string>;
  code: 0 | 1 | 2;
  /** Exact text, a pattern, or a check of the parsed output. */
  stdout?: string | RegExp | ((out: string) => void);
  stderr?: string | RegExp;
}

const BROKEN = { "slm.config.yaml": "", "broken.yaml": "apiVersion: slm/v1\nkind: [unclosed\n" };

export const CLI_CASES: CliCase[] = [
  { name: "version", argv: ["--version"], code: 0, stdout: /^\d+\.\d+\.\d+\n$/, stderr: "" },
  { name: "no command prints help as a usage error", argv: [], code: 2, stdout: "", stderr: /Usage: slm/ },
  { name: "an unknown command", argv: ["frobnicate"], code: 2, stderr: /^slm: unknown command 'frobnicate'/ },
  {
    name: "an unknown option",
    argv: ["validate", "--frob"],
    code: 2,
    stderr: /^slm: unknown option '--frob'/,
  },
  {
    name: "validate the examples",
    argv: ["validate", "--as-of", "2024-06-30"],
    cwd: "examples",
    code: 0,
    stdout: /no problems|problem/,
  },
  {
    name: "validate: unknown format",
    argv: ["validate", "--format", "xml"],
    cwd: "examples",
    code: 2,
    stderr: /xml/,
  },
  {
    name: "validate: a YAML error fails with its position",
    argv: ["validate", "--format", "json"],
    cwd: BROKEN,
    code: 1,
    stdout: (out) => {
      const json = JSON.parse(out) as { diagnostics: { file: string; code: string }[] };
      if (json.diagnostics[0]?.file !== "broken.yaml") throw new Error(out);
    },
  },
  {
    name: "coverage of the examples as JSON",
    argv: ["coverage", "--fail-on", "never", "--format", "json"],
    cwd: "examples",
    code: 0,
    stdout: (out) => {
      if (!Array.isArray((JSON.parse(out) as { targets: unknown }).targets)) throw new Error(out);
    },
  },
  {
    name: "coverage: an unknown SLA is a usage error",
    argv: ["coverage", "--sla", "nope"],
    cwd: "examples",
    code: 2,
    stderr: /^slm: --sla: no SLA named "nope"/,
  },
  {
    name: "coverage stops on an invalid repository",
    argv: ["coverage"],
    cwd: BROKEN,
    code: 1,
    stdout: "",
    stderr: /run `slm validate` for details/,
  },
  {
    name: "report: a month 13",
    argv: ["report", "--period", "2024-13"],
    cwd: "examples",
    code: 2,
    stderr: /no month 13/,
  },
  {
    name: "report: --out - needs --sla",
    argv: ["report", "--period", "2024-05", "--out", "-"],
    cwd: "examples",
    code: 2,
    stderr: "slm: --out - writes to stdout and needs --sla NAME\n",
  },
  {
    name: "report: an --as-of that is no instant",
    argv: ["report", "--period", "2024-05", "--as-of", "soon"],
    cwd: "examples",
    code: 2,
    stderr: /--as-of soon: expected an ISO 8601 instant/,
  },
  {
    name: "report: an unknown customer is a usage error with the closest names",
    argv: ["report", "--period", "2024-05", "--customer", "acmee"],
    cwd: "examples",
    code: 2,
    stdout: "",
    stderr: 'slm: --customer: no SLA has customer "acmee" (did you mean "acme"?) (known: acme, globex)\n',
  },
  {
    name: "report: an unknown SLA is a usage error with the closest names",
    argv: ["report", "--period", "2024-05", "--kind", "all", "--sla", "acme-emial"],
    cwd: "examples",
    code: 2,
    stderr: /^slm: --sla: no agreement named "acme-emial" \(did you mean "acme-email"\?\)/,
  },
  {
    name: "sql: a DataSource without a warehouse block is a usage error naming the docs",
    argv: ["sql", "api-gateway", "--engine", "duckdb", "--period", "2024-05"],
    cwd: "examples",
    code: 2,
    stdout: "",
    stderr: "slm: DataSource api-gateway has no warehouse block (docs/warehouse.md)\n",
  },
  {
    name: "kpi: an unknown customer is a usage error",
    argv: ["kpi", "--period", "2024-05", "--customer", "nobody"],
    cwd: "examples",
    code: 2,
    stderr: /^slm: --customer: no SLA has customer "nobody" \(known: acme, globex\)/,
  },
  {
    name: "kpi: --sla names an OLA",
    argv: ["kpi", "--period", "2024-05", "--sla", "db-ops"],
    cwd: "examples",
    code: 2,
    stderr: "slm: --sla: db-ops is an OLA; kpi is about SLAs only\n",
  },
  {
    name: "report one SLA to stdout as JSON",
    argv: ["report", "--period", "2024-05", "--sla", "acme-email", "--out", "-", "--format", "json"],
    cwd: "examples",
    code: 0,
    stdout: (out) => {
      const json = JSON.parse(out) as { sla: string; period: { label: string } };
      if (json.sla !== "acme-email" || json.period.label !== "2024-05") throw new Error(out.slice(0, 200));
    },
  },
  {
    name: "kpi of the examples",
    // --as-of: overdue Improvement actions are judged on a day, the same in-process and by exec.
    argv: ["kpi", "--period", "2024-05", "--as-of", "2024-06-30", "--format", "json"],
    cwd: "examples",
    code: 0,
    stdout: (out) => {
      if ((JSON.parse(out) as { period: string }).period !== "2024-05") throw new Error(out);
    },
  },
  {
    name: "review: --within that is no interval",
    argv: ["review", "--within", "soon"],
    cwd: "examples",
    code: 2,
    stderr: /^slm: --within: /,
  },
  {
    name: "export openslo to stdout",
    argv: ["export", "openslo"],
    cwd: "examples",
    code: 0,
    stdout: /^---\napiVersion: openslo\/v1\n/,
  },
  {
    name: "schema of a kind",
    argv: ["schema", "sla"],
    code: 0,
    stdout: /"\$id": "https:\/\/slm\.dev\/schemas\/sla\.schema\.json"/,
  },
  { name: "schema of no kind", argv: ["schema", "nope"], code: 2, stderr: /^slm: unknown kind "nope"/ },
  {
    name: "-C a directory that does not exist",
    argv: ["-C", "/nonexistent/slm", "validate"],
    code: 2,
    stderr: /no such file or directory/,
  },
];
