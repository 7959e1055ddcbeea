import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, spawnCli, tempDir } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

// The examples' audit pack, by the built CLI as `npm start` writes it.
let work: string;
let pack: string;
beforeAll(() => {
  work = tempDir("slm-audit-e2e-");
  pack = join(work, "audit");
}, 10_000);
afterAll(() => removeDir(work));

describe("the examples' audit pack (built CLI)", () => {
  it("is written (exit 0 whatever the findings) and verifies (exit 0)", () => {
    const env = { SOURCE_DATE_EPOCH: "1719748800" };
    const w = spawnCli(
      ["-C", EXAMPLES, "audit", "--period", "2024-05", "--out", pack, "--as-of", "2024-06-30"],
      {
        cwd: EXAMPLES,
        env,
        timeout: 120_000,
      },
    );
    expect(w.stderr).toContain("wrote the audit pack of 2024-05");
    expect(w.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(pack, "manifest.json"), "utf8")) as {
      inputs: { file: string; sha256: string }[];
      outputs: { file: string; sha256: string }[];
    };
    // The May outage log (behind acme-email's planted breach) is an input, hashed here independently.
    const outages = manifest.inputs.find((i) => i.file === "data/outage-log/2024-05.csv");
    expect(outages?.sha256).toBe(
      createHash("sha256")
        .update(readFileSync(join(EXAMPLES, "data/outage-log/2024-05.csv")))
        .digest("hex"),
    );
    // The register of the examples with its overdue action as of 2024-06-30, and every report.
    const index = readFileSync(join(pack, "index.md"), "utf8");
    expect(index).toContain("acme-email-2024-05-upgrade");
    expect(manifest.outputs.map((o) => o.file)).toContain("reports/2024-05/acme-email.html");
    const v = spawnCli(["-C", EXAMPLES, "audit", "--verify", pack], { cwd: EXAMPLES, timeout: 120_000 });
    expect(v.stdout).toContain("outputs identical");
    expect(v.code).toBe(0);
  }, 240_000);
});
