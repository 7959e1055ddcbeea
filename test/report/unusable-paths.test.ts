import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, spawnCli, tempRepo } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

describe("report inputs and outputs that cannot be used", () => {
  it("an --out that is a file: one line, exit 2, no stack trace", () => {
    const dir = tempRepo({ "not-a-dir": "x" });
    const result = spawnCli(
      ["-C", EXAMPLES, "report", "--period", "2024-05", "--out", join(dir, "not-a-dir")],
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `slm: cannot create directory ${join(dir, "not-a-dir")}: a file of that name is in the way (ENOTDIR)\n`,
    );
  });

  it("an empty export is an error naming the file and the columns it should have", async () => {
    const dir = tempRepo({});
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "");
    const result = await runCli(
      [
        "report",
        "--period",
        "2024-05",
        "--sla",
        "globex-portal",
        "--out",
        "-",
        "--format",
        "json",
        "--data",
        `uptime=${empty}`,
      ],
      { cwd: EXAMPLES },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^slm: .*empty\.csv: the file is empty; expected a header row with the columns checked_at, /,
    );
  });

  it("an agreement named with --sla that is not in force during the period: exit 2, one line", async () => {
    const result = await runCli(["report", "--period", "2023-05", "--sla", "acme-email", "--out", "-"], {
      cwd: EXAMPLES,
    });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "slm: acme-email is not in force during 2023-05 (its term does not overlap the period)\n",
    });
    // Without --sla, an empty run is fine (a scheduled job over the whole repository).
    const all = await runCli(["report", "--period", "2023-05", "--out", tempRepo({})], { cwd: EXAMPLES });
    expect(all).toEqual({ code: 0, stdout: "", stderr: "slm: no SLA is in force during 2023-05\n" });
  });

  it("labels periods with four-digit years", async () => {
    const result = await runCli(["kpi", "--period", "0999-01", "--format", "json"], { cwd: EXAMPLES });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).period).toBe("0999-01");
  });
});
