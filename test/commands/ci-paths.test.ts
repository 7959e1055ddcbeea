import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";
import { BASE, sla } from "../helpers/validate-harness.js";

// Issue 9, item 16: CI annotations name files from the git work-tree root; JSON keeps SPEC §9's
// repository-relative paths.

const BAD = sla("  targets:\n    - { name: availability, metric: availability, objective: 99.9% }\n").replace(
  "service: email",
  "service: emial",
);

function monorepo(): string {
  const top = tempRepo({
    "README.md": "a monorepo\n",
    "platform/slm/slm.config.yaml": "include: ['**/*.yaml']\n",
    "platform/slm/catalogue.yaml": BASE["catalogue.yaml"],
    "platform/slm/agreements/sla.yaml": BAD,
  });
  execFileSync("git", ["init", "-q"], { cwd: top });
  return top;
}

describe("paths in CI formats", () => {
  it("github and sarif are relative to the git work-tree root, json to the slm root (slm -C platform/slm)", async () => {
    const top = monorepo();
    try {
      const github = await runCli(["-C", "platform/slm", "validate", "--format", "github"], { cwd: top });
      expect(github.code).toBe(1);
      expect(github.stdout).toMatch(/^::error file=platform\/slm\/agreements\/sla\.yaml,line=5,/m);
      const sarif = await runCli(["-C", "platform/slm", "validate", "--format", "sarif"], { cwd: top });
      const log = JSON.parse(sarif.stdout);
      const uris = log.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      );
      expect(uris).toContain("platform/slm/agreements/sla.yaml");
      const json = await runCli(["-C", "platform/slm", "validate", "--format", "json"], { cwd: top });
      expect(JSON.parse(json.stdout).diagnostics.map((d: { file: string }) => d.file)).toContain(
        "agreements/sla.yaml",
      );
      // Run from inside the folder, the same.
      const inside = await runCli(["validate", "--format", "github"], { cwd: `${top}/platform/slm` });
      expect(inside.stdout).toMatch(/file=platform\/slm\/agreements\/sla\.yaml,/);
    } finally {
      removeDir(top);
    }
  });

  it("junit and gitlab are relative to the git work-tree root too", async () => {
    const top = monorepo();
    try {
      const junit = await runCli(["-C", "platform/slm", "validate", "--format", "junit"], { cwd: top });
      expect(junit.stdout).toContain(
        '<testsuite name="platform/slm/agreements/sla.yaml" file="platform/slm/agreements/sla.yaml"',
      );
      expect(junit.stdout).toMatch(/at ref\/unknown-service \(platform\/slm\/agreements\/sla\.yaml:5:\d+\)/);
      const gitlab = await runCli(["-C", "platform/slm", "validate", "--format", "gitlab"], { cwd: top });
      expect(JSON.parse(gitlab.stdout).map((i: { location: { path: string } }) => i.location.path)).toContain(
        "platform/slm/agreements/sla.yaml",
      );
    } finally {
      removeDir(top);
    }
  });

  it("without git, paths stay relative to the slm root", async () => {
    const dir = tempRepo({
      "slm.config.yaml": "",
      "catalogue.yaml": BASE["catalogue.yaml"],
      "sla.yaml": BAD,
    });
    try {
      const github = await runCli(["validate", "--format", "github"], { cwd: dir });
      expect(github.stdout).toMatch(/^::error file=sla\.yaml,/m);
    } finally {
      removeDir(dir);
    }
  });
});
