import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { installPackage, packPackage } from "../helpers/pack.js";
import { EXAMPLES, ROOT } from "../helpers/paths.js";

// The npm package (issue 13): a free name, the `slm` command, a typed library entry, no source maps.

describe("the npm package", () => {
  it("is named slm-cli, keeps the slm command, and points main/types/exports at the library entry", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.name).toBe("slm-cli");
    expect(pkg.bin).toEqual({ slm: "bin/slm.js" });
    expect(pkg.main).toBe("dist/api/index.js");
    expect(pkg.types).toBe("dist/api/index.d.ts");
    expect(pkg.exports["."]).toEqual({ types: "./dist/api/index.d.ts", import: "./dist/api/index.js" });
    expect(pkg.engines.node).toBe(">=20");
  });

  it("packs the CLI, the library with its types, schemas, templates and docs, and no source map or source", () => {
    const { files } = packPackage();
    for (const f of [
      "bin/slm.js",
      "dist/cli/main.js",
      "dist/api/index.js",
      "dist/api/index.d.ts",
      "schemas/sla.schema.json",
      "templates/report.html.hbs",
      "templates/init/.github/workflows/slm.yml",
      "templates/init/gitignore",
      "templates/init/package.json",
      "docs/diagnostics.md",
      "LICENSE",
      "README.md",
    ])
      expect(files, f).toContain(f);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => /^(src|test|scripts|examples|\.ci)\//.test(f))).toEqual([]);
  });

  it("installs from the tarball: `npx --no-install slm validate` runs on the examples, the library imports and type-checks", () => {
    const { tarball } = packPackage();
    const dir = tempDir("slm-installed-");
    writeFileSync(join(dir, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
    installPackage(dir, tarball);
    cpSync(EXAMPLES, join(dir, "examples"), { recursive: true });

    const cli = spawnSync(
      "npx",
      ["--no-install", "slm", "-C", "examples", "validate", "--as-of", "2024-06-30"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(cli.stderr).toBe("");
    // The file count follows the examples; the finding is the one planted overdue review.
    expect(cli.stdout).toMatch(/⚠ 1 problem \(0 errors, 1 warning\) in \d+ files/);
    expect(cli.status).toBe(0);

    // The installed package reaches the parallel reader's worker module (dist/sources/): the
    // monitor's monthly files, each cut into ranges, give the one-thread report.
    const report = (threads: string) =>
      spawnSync(
        "npx",
        [
          "--no-install",
          "slm",
          "-C",
          "examples",
          "report",
          "--period",
          "2024-05",
          "--sla",
          "globex-portal",
        ].concat(["--format", "json", "--out", "-"]),
        {
          cwd: dir,
          encoding: "utf8",
          env: {
            ...process.env,
            NO_COLOR: "1",
            SOURCE_DATE_EPOCH: "1719748800",
            SLM_SPLIT_BYTES: "1",
            SLM_READ_THREADS: threads,
          },
        },
      );
    const parallel = report("2");
    expect(parallel.stderr).toBe("");
    expect(parallel.status).toBe(0);
    expect(parallel.stdout).toBe(report("1").stdout);

    const script = `
import { coverage, load, measure, render, validate, VERSION } from "slm-cli";
const now = new Date("2024-06-30T00:00:00Z");
const checked = await validate("examples", { now });
const repository = await load("examples", { now });
const reports = await measure(repository, { period: "2024-05", sla: "acme-email", generatedAt: now });
const md = await render(reports, "md");
console.log(JSON.stringify({ VERSION, summary: checked.summary, coverage: coverage(repository).summary, reports: reports.map((r) => r.sla), md: md.split("\\n")[0] }));
`;
    const lib = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(lib.stderr).toBe("");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    // The library answers as the installed command does.
    const cliCoverage = spawnSync(
      "npx",
      ["--no-install", "slm", "-C", "examples", "coverage", "--format", "json"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    const cliValidate = spawnSync(
      "npx",
      ["--no-install", "slm", "-C", "examples", "validate", "--as-of", "2024-06-30", "--format", "json"],
      { cwd: dir, encoding: "utf8" },
    );
    // The command's JSON adds the total to the library's counts.
    const { total, ...counts } = JSON.parse(cliCoverage.stdout).summary;
    expect(total).toBe(counts.covered + counts["at-risk"] + counts.uncovered + counts["not-applicable"]);
    expect(JSON.parse(lib.stdout)).toEqual({
      VERSION: pkg.version,
      summary: JSON.parse(cliValidate.stdout).summary,
      coverage: counts,
      reports: ["acme-email"],
      md: "# Service level report: ACME Corp — Corporate e-mail",
    });

    // The declarations resolve for a TypeScript consumer (strict, NodeNext).
    writeFileSync(
      join(dir, "check.ts"),
      `import { coverage, load, measure, render, type Diagnostic, type ReportModel } from "slm-cli";
const repository = await load("examples");
const findings: Diagnostic[] = repository.diagnostics;
const reports: ReportModel[] = await measure(repository, { period: "2024-05" });
const text: string = await render(reports, "md");
// @ts-expect-error: render takes md, html or json
await render(reports, "pdf");
console.log(findings.length, coverage(repository).summary.covered, text.length);
`,
    );
    const tsc = join(ROOT, "node_modules/.bin/tsc");
    const typeRoots = join(ROOT, "node_modules/@types");
    execFileSync(
      tsc,
      [
        "--noEmit",
        "--strict",
        "--module",
        "nodenext",
        "--moduleResolution",
        "nodenext",
        "--target",
        "es2022",
      ].concat(["--types", "node", "--typeRoots", typeRoots, "check.ts"]),
      { cwd: dir, stdio: "pipe" },
    );
  }, 300_000); // npm pack + npm install + tsc: minutes on a loaded machine
});
