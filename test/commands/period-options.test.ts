import { afterAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempDir } from "../helpers/cli.js";

// `slm credits` and `slm kpi` share their period options (commands/period-options.ts); their
// --help must still list them where each command always had them, worded as before.

const cwd = tempDir("slm-period-options-");
afterAll(() => removeDir(cwd));

/** The option flags of a help text, in order. */
function flags(help: string): string[] {
  return [...help.matchAll(/^ {2}(-[-\w, ]*?)(?: <\w+>)? {2}/gm)].map((m) => m[1]!.trim());
}

describe("credits and kpi: --period, --as-of and --locale", () => {
  it("credits lists them around its format, as before", async () => {
    const r = await runCli(["credits", "--help"], { cwd });
    expect(flags(r.stdout)).toEqual(["--period", "--as-of", "--format", "--locale", "-h, --help"]);
    expect(r.stdout).toContain("--period <period>  2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15");
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "--as-of <instant> evaluate open tickets at this ISO 8601 instant (default: latest in each source)",
    );
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "language of the table and markdown formats (default: reports.locale in slm.config.yaml, else en)",
    );
  });

  it("kpi keeps its selection and terms between --as-of and --format", async () => {
    const r = await runCli(["kpi", "--help"], { cwd });
    expect(flags(r.stdout)).toEqual([
      "--period",
      "--as-of",
      "--sla",
      "--customer",
      "--terms",
      "--format",
      "--locale",
      "-h, --help",
    ]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "language of the text and markdown formats (default: reports.locale in slm.config.yaml, else en)",
    );
  });

  it("a bad period is a usage error before the repository is read, then a bad --as-of", async () => {
    // cwd holds no repository: reaching the load would be another error than these.
    const period = await runCli(["kpi", "--period", "2024-13", "--as-of", "nope"], { cwd });
    expect([period.code, period.stderr]).toEqual([2, "slm: --period 2024-13: there is no month 13\n"]);
    const asOf = await runCli(["credits", "--period", "2024-05", "--as-of", "nope"], { cwd });
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toBe("slm: --as-of nope: expected an ISO 8601 instant like 2024-06-01T00:00:00Z\n");
  });
});
