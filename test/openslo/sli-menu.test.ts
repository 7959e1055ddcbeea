import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { runCli, tempDir, tempRepo } from "../helpers/cli.js";
import { DATASETS, ROOT } from "../helpers/paths.js";
import { SLI_MENU_REPO } from "../helpers/sli-menu-repo.js";

/** The report test's repository, its capacity column in MB (a declared `unit`). */
const REPO = SLI_MENU_REPO.replace(
  "limit: 20GB, objective: 99% }",
  "limit: 20GB, unit: MB, objective: 99% }",
).replace("headroom: free_gb", "headroom: free_mb");

describe("slm export openslo: freshness and threshold targets (SPEC §22)", () => {
  it("writes thresholdMetric SLOs that the OpenSLO checker accepts, and reads them back", async (context) => {
    const root = tempRepo({ "repo.yaml": REPO });
    const out = tempDir("slm-openslo-menu-");
    const r = await runCli(["export", "openslo", "--kind", "ola", "--out", out], { cwd: root });
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(
      readdirSync(out)
        .map((f) => readFileSync(join(out, f), "utf8"))
        .join(""),
    ).map((d) => d.toJS());
    const slo = (name: string) =>
      docs.find((d) => d.kind === "SLO" && d.metadata.name === `dba-billing-db-${name}`);
    // Freshness: time-based (one-minute slices), the age limit in seconds: 15 min = 900 s.
    expect(slo("rpo").spec.budgetingMethod).toBe("Timeslices");
    expect(slo("rpo").spec.objectives[0]).toMatchObject({ op: "lte", value: 900, target: 0.999 });
    expect(slo("rpo").spec.indicator.spec.thresholdMetric).toBeDefined();
    // Threshold: counted samples, the limit in the column's unit: 20 GB = 20000 MB.
    expect(slo("headroom").spec.budgetingMethod).toBe("Occurrences");
    expect(slo("headroom").spec.objectives[0]).toMatchObject({ op: "gte", value: 20_000, target: 0.99 });
    expect(slo("headroom").metadata.annotations).toMatchObject({
      "slm.dev/field": "headroom",
      "slm.dev/limit": ">= 20GB",
      "slm.dev/unit": "MB",
    });
    const events = docs.find((d) => d.kind === "DataSource" && d.metadata.name === "backups");
    expect(events.metadata.annotations["slm.dev/source-type"]).toBe("events");

    const back = tempDir("slm-import-menu-");
    const imported = await runCli(["import", "openslo", out, "--out", back], { cwd: out });
    expect(imported.code).toBe(0);
    const yaml = readdirSync(back, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => readFileSync(join(back, f), "utf8"))
      .join("");
    expect(yaml).toMatch(/metric: freshness[\s\S]*threshold: 15m/);
    expect(yaml).toMatch(
      /metric: threshold[\s\S]*field: headroom[\s\S]*op: ">="[\s\S]*limit: 20GB[\s\S]*unit: MB/,
    );

    const schemas = join(DATASETS, "validators", "openslo-v1");
    if (!existsSync(schemas)) {
      context.skip(`OpenSLO v1 schemas not found at ${schemas}`);
      return;
    }
    const check = spawnSync(
      process.execPath,
      [join(ROOT, ".ci/validators/openslo-check.mjs"), "--summary", "--schema-dir", schemas, out],
      { encoding: "utf8" },
    );
    expect(check.stdout).toContain(`0 violation(s) in 0 of ${docs.length} document(s)`);
    expect(check.status).toBe(0);
  });
});
