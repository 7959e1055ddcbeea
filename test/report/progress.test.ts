import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

const argv = ["report", "--period", "2024-05", "--sla", "acme-email", "--format", "json", "--out", "-"];

describe("report progress line", () => {
  it("shows how far each export has been read when stderr is a terminal, and clears the line", async () => {
    const result = await runCli(argv, { cwd: EXAMPLES, stderrIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("\rreading servicenow: 100%\u001b[K");
    expect(result.stderr).toContain("\rreading outage-log: 100%\u001b[K");
    expect(result.stderr.endsWith("\r\u001b[K")).toBe(true);
    // stdout stays a clean JSON document.
    expect(JSON.parse(result.stdout).sla).toBe("acme-email");
  });

  it("prints nothing on stderr when it is not a terminal (CI logs, pipes)", async () => {
    const result = await runCli(argv, { cwd: EXAMPLES });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });
});
