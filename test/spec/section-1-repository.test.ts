import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";

// SPEC §1 — Repository.

const SERVICE = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: email }\nspec: { owner: it }\n";
// An SLA without `review`: one warning (review/missing) that names the file it is in.
const SLA_WITHOUT_REVIEW = `apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  targets: [{ name: availability, metric: availability, objective: 99.9% }]
`;
const BROKEN = "apiVersion: slm/v1\nkind: [unclosed\n";

interface ValidateJson {
  diagnostics: { code: string; file: string }[];
  summary: { errors: number; warnings: number; files: number };
}

describe("SPEC §1 Repository", () => {
  it("The repository root is the nearest ancestor directory holding `slm.config.yaml`", async () => {
    const root = tempRepo({
      "slm.config.yaml": "",
      "catalogue/services.yaml": SERVICE,
      "agreements/acme/sla.yaml": SLA_WITHOUT_REVIEW,
    });
    mkdirSync(join(root, "agreements/acme/deeper"), { recursive: true });
    // Started two levels below the root: the files are found from the root and named relative to it.
    const fromBelow = await runCli(["validate", "--format", "json"], {
      cwd: join(root, "agreements/acme/deeper"),
    });
    expect(fromBelow.stderr).toBe("");
    expect(fromBelow.code).toBe(0);
    const json = JSON.parse(fromBelow.stdout) as ValidateJson;
    expect(json.diagnostics.map((d) => `${d.code} ${d.file}`)).toEqual([
      "review/missing agreements/acme/sla.yaml",
    ]);
    // slm.config.yaml + catalogue/services.yaml + agreements/acme/sla.yaml
    expect(json.summary).toEqual({ errors: 0, warnings: 1, files: 3 });

    // A repository inside a directory that holds a broken agreement: the nearer config wins,
    // so the outer broken file is not part of the inner repository.
    const outer = tempRepo({
      "slm.config.yaml": "",
      "broken.yaml": BROKEN,
      "inner/slm.config.yaml": "",
      "inner/only.yaml": SERVICE,
    });
    mkdirSync(join(outer, "inner/sub"), { recursive: true });
    const fromInner = await runCli(["validate", "--format", "json"], { cwd: join(outer, "inner/sub") });
    expect(fromInner.code).toBe(0);
    // inner/slm.config.yaml + inner/only.yaml
    expect((JSON.parse(fromInner.stdout) as ValidateJson).summary).toEqual({
      errors: 0,
      warnings: 0,
      files: 2,
    });
  });

  it("`-C DIR` overrides", async () => {
    const root = tempRepo({ "slm.config.yaml": "", "services.yaml": SERVICE });
    const elsewhere = tempRepo({ "slm.config.yaml": "", "broken.yaml": BROKEN });
    // Started in a repository with a broken file, but -C points at the clean one.
    const r = await runCli(["-C", root, "validate", "--format", "json"], { cwd: elsewhere });
    expect(r.code).toBe(0);
    // slm.config.yaml + services.yaml of the -C repository.
    expect((JSON.parse(r.stdout) as ValidateJson).summary).toEqual({ errors: 0, warnings: 0, files: 2 });
  });

  it('include: ["**/*.yaml", "**/*.yml"] # default', async () => {
    const root = tempRepo({
      "slm.config.yaml": "",
      "a.yaml": SERVICE,
      "b.yml": BROKEN,
      "c.txt": BROKEN,
    });
    const r = await runCli(["validate", "--format", "json"], { cwd: root });
    // slm.config.yaml, a.yaml and b.yml are read (3 files); c.txt is not an included file.
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as ValidateJson;
    expect(json.summary.files).toBe(3);
    expect([...new Set(json.diagnostics.map((d) => d.file))]).toEqual(["b.yml"]);
  });

  it('exclude: ["reports/**", "node_modules/**", ".github/**"] # default, added to built-in ignores', async () => {
    const files = {
      "services.yaml": SERVICE,
      "reports/2024-05/x.yaml": BROKEN,
      "node_modules/pkg/x.yaml": BROKEN,
      ".github/workflows/slm.yaml": BROKEN,
    };
    const byDefault = await runCli(["validate", "--format", "json"], {
      cwd: tempRepo({ "slm.config.yaml": "", ...files }),
    });
    // Only slm.config.yaml and services.yaml are read: the three broken files are under the default excludes.
    expect(byDefault.code).toBe(0);
    expect((JSON.parse(byDefault.stdout) as ValidateJson).summary).toEqual({
      errors: 0,
      warnings: 0,
      files: 2,
    });

    // An exclude list of one's own replaces the default list, but node_modules stays ignored (built in).
    const own = await runCli(["validate", "--format", "json"], {
      cwd: tempRepo({ "slm.config.yaml": 'exclude: ["drafts/**"]\n', ...files }),
    });
    expect(own.code).toBe(1);
    const json = JSON.parse(own.stdout) as ValidateJson;
    // reports/… is read again; node_modules/… stays ignored. (.github/… is not asserted here: the
    // include globs do not match dot-directories, see docs/spec-figures.md.)
    const read = new Set(json.diagnostics.map((d) => d.file));
    expect(read.has("reports/2024-05/x.yaml")).toBe(true);
    expect(read.has("node_modules/pkg/x.yaml")).toBe(false);
  });

  it("A file may hold several documents separated by `---`; every YAML document in an included file must be an slm document", async () => {
    const root = tempRepo({
      "slm.config.yaml": "",
      "all.yaml": `${SERVICE}---\nfoo: bar\n`,
    });
    const r = await runCli(["validate", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as ValidateJson;
    // The first document is fine; the second one is not an slm document.
    expect(json.diagnostics.length).toBeGreaterThan(0);
    expect(json.diagnostics.every((d) => d.file === "all.yaml")).toBe(true);
    // slm.config.yaml + all.yaml
    expect(json.summary).toMatchObject({ files: 2 });
  });
});
