import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { slm } from "../helpers/validate-harness.js";

describe("slm init", () => {
  it("writes a starter repository that passes slm validate without any finding", () => {
    const dir = tempDir("slm-init-");
    const r = slm(["init", "repo"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("created slm.config.yaml\n");
    for (const file of [
      ".github/workflows/slm.yml",
      ".vscode/settings.json",
      ".gitignore",
      "package.json",
      "data/tickets.csv",
      "data/outages.csv",
    ]) {
      expect(existsSync(join(dir, "repo", file)), file).toBe(true);
    }
    const workflow = readFileSync(join(dir, "repo/.github/workflows/slm.yml"), "utf8");
    expect(workflow).toContain("npx --no-install slm validate --format github");
    expect(workflow).toContain("npm ci");
    expect(workflow).not.toContain("npm_config_yes");
    expect(workflow).toContain("npx --no-install slm coverage");
    const settings = JSON.parse(readFileSync(join(dir, "repo/.vscode/settings.json"), "utf8"));
    expect(Object.keys(settings["yaml.schemas"])).toEqual([
      "./node_modules/slm-cli/schemas/document.schema.json",
      "./node_modules/slm-cli/schemas/slm-config.schema.json",
    ]);
    expect(slm(["-C", join(dir, "repo"), "validate"])).toEqual({
      stdout: "✔ no problems in 11 files\n",
      stderr: "",
      status: 0,
    });
  });

  it("writes one document of each kind", () => {
    const dir = tempDir("slm-init-");
    slm(["init"], { cwd: dir });
    const json = JSON.parse(slm(["validate", "--format", "json"], { cwd: dir }).stdout);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, files: 11 });
    const all = [
      "catalogue/parties.yaml",
      "catalogue/services.yaml",
      "catalogue/business-hours.yaml",
      "agreements/acme-email.yaml",
      "agreements/mail-platform-ola.yaml",
      "agreements/cloudhost-uc.yaml",
      "datasources/tickets.yaml",
      "datasources/backups.yaml",
      "improvements/acme-email-availability.yaml",
    ]
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    for (const kind of ["Service", "Calendar", "Party", "SLA", "OLA", "UC", "DataSource", "Improvement"])
      expect(all).toContain(`kind: ${kind}\n`);
  });

  it("refuses to overwrite existing files (exit 2) unless --force", () => {
    const dir = tempDir("slm-init-");
    writeFileSync(join(dir, "slm.config.yaml"), "# mine\n");
    expect(slm(["init"], { cwd: dir })).toEqual({
      stdout: "",
      stderr: "slm: refusing to overwrite existing files: slm.config.yaml (use --force to overwrite)\n",
      status: 2,
    });
    expect(readFileSync(join(dir, "slm.config.yaml"), "utf8")).toBe("# mine\n");
    expect(existsSync(join(dir, "catalogue"))).toBe(false);
    expect(slm(["init", "--force"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, "slm.config.yaml"), "utf8")).not.toBe("# mine\n");
  });

  it("reports the OLA's backup RPO (freshness, SPEC §22) from the sample backup runs", () => {
    const dir = tempDir("slm-init-");
    slm(["init"], { cwd: dir });
    const now = new Date();
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    const r = slm(
      [
        "report",
        "--period",
        last,
        "--kind",
        "ola",
        "--sla",
        "mail-platform-ola",
        "--format",
        "json",
        "--out",
        "-",
      ],
      {
        cwd: dir,
        env: { SOURCE_DATE_EPOCH: String(Math.floor(now.getTime() / 1000)) },
      },
    );
    expect(r.status).toBe(0);
    const rpo = JSON.parse(r.stdout).targets.find((t: { name: string }) => t.name === "backup-rpo");
    // Nightly runs at 01:30 on days 1–28, the 17th failed: known from the 1st 01:30 to the 29th
    // 02:30 (the last run + 25h) = 27 × 24 + 25 = 673 h; stale from the 17th 02:30 (the 16th's run
    // + 25h) to the 18th 01:30 = 23 h.
    expect(rpo.serviceTime).toBe(673 * 3600);
    expect(rpo.downtime).toBe(23 * 3600);
    expect(rpo.status).toBe("breached");
  });
});
