import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";
import { BIN } from "../helpers/paths.js";

// The conventions users bring from Spectral, Redocly and markdownlint (issue 13).

const ESC = "\u001b[";

/** A valid repository with one warning (`review/missing`) and one unknown party (`ref/unknown-party`). */
function repo(extra: Record<string, string> = {}): string {
  return tempRepo({
    "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: it }
---
apiVersion: slm/v1
kind: Party
metadata: { name: it }
spec: { type: team }
`,
    "sla.yaml": `apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  targets: [{ name: availability, metric: availability, objective: 99.9% }]
`,
    ...extra,
  });
}

/** Rewrites the SLA file of `repo()`. */
function editSla(cwd: string, edit: (text: string) => string): void {
  const path = join(cwd, "sla.yaml");
  writeFileSync(path, edit(readFileSync(path, "utf8")));
}

const codes = (stdout: string) =>
  (JSON.parse(stdout).diagnostics as { code: string; severity: string; line: number }[]).map(
    (d) => `${d.code} ${d.severity} ${d.line}`,
  );

describe("config file: --config FILE and slm.config.yml", () => {
  it("reads slm.config.yml like slm.config.yaml, and refuses to guess when both exist", async () => {
    const cwd = repo({ "slm.config.yml": "rules: { review/missing: off }\n" });
    const r = await runCli(["validate", "--format", "json"], { cwd });
    expect(codes(r.stdout)).toEqual(["ref/unknown-party warning 7"]);
    writeFileSync(join(cwd, "slm.config.yaml"), "");
    const both = await runCli(["validate"], { cwd });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^slm: both slm\.config\.yaml and slm\.config\.yml in .*: keep one/);
  });

  it("--config FILE replaces the repository's config; a missing file is exit 2", async () => {
    const cwd = repo({
      "slm.config.yaml": 'exclude: ["ci/**"]\n',
      "ci/strict.yaml": "rules: { review/missing: error }\n",
    });
    expect((await runCli(["validate"], { cwd })).code).toBe(0);
    const strict = await runCli(["--config", "ci/strict.yaml", "validate", "--format", "json"], { cwd });
    expect(strict.code).toBe(1);
    // The named config is the config, not an agreement file that fails its schema.
    expect(codes(strict.stdout)).toEqual(["review/missing error 4", "ref/unknown-party warning 7"]);
    expect(await runCli(["--config", "nope.yaml", "validate"], { cwd })).toMatchObject({
      code: 2,
      stderr: "slm: no such file or directory: nope.yaml\n",
    });
  });
});

describe("rules: per-rule severity in the config", () => {
  it("turns a warning off, raises one to error (which then stops every other command)", async () => {
    const cwd = repo({ "slm.config.yaml": "rules:\n  review/missing: off\n  ref/unknown-party: error\n" });
    const r = await runCli(["validate", "--format", "json"], { cwd });
    expect(codes(r.stdout)).toEqual(["ref/unknown-party error 7"]);
    expect(r.code).toBe(1);
    const coverage = await runCli(["coverage"], { cwd });
    expect(coverage.code).toBe(1);
    expect(coverage.stderr).toContain("sla.yaml:7:13: error ref/unknown-party");
  });

  it("refuses to lower an error or to name an unknown code, at the config line", async () => {
    const cwd = repo({
      "slm.config.yaml": "rules:\n  ref/unknown-service: warning\n  review/mising: off\n",
    });
    const r = await runCli(["validate", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    const { diagnostics } = JSON.parse(r.stdout);
    expect(diagnostics.filter((d: { file: string }) => d.file === "slm.config.yaml")).toEqual([
      {
        code: "config/rule-locked",
        severity: "error",
        message:
          "rules: ref/unknown-service is an error and cannot be set to warning (only warnings and infos can be changed)",
        file: "slm.config.yaml",
        line: 2,
        column: 24,
        pointer: "/rules/ref~1unknown-service",
      },
      {
        code: "config/unknown-rule",
        severity: "error",
        message: 'rules: "review/mising" is not a diagnostic code',
        file: "slm.config.yaml",
        line: 3,
        column: 3,
        pointer: "/rules/review~1mising",
        suggestion: "review/missing",
      },
    ]);
    expect((await runCli(["validate"], { cwd })).stdout).toContain('(did you mean "review/missing"?)');
  });
});

describe("inline suppressions: # slm-disable-next-line CODE", () => {
  it("suppresses a warning on the next line only, and says when a comment suppresses nothing", async () => {
    const cwd = repo();
    editSla(
      cwd,
      (text) =>
        `# slm-disable-next-line review/missing\n${text.replace("  customer: acme\n", "  # slm-disable-next-line ref/unknown-party -- acme signs in June\n  customer: acme\n")}`,
    );
    const r = await runCli(["validate", "--format", "json"], { cwd });
    // The unknown party (customer, line 9) is suppressed. review/missing sits on `spec:` (line 5),
    // not on line 2 below the file-top comment: it stays, and that comment is reported as unused.
    expect(codes(r.stdout)).toEqual(["suppression/unused info 1", "review/missing warning 5"]);
  });

  it("names unknown codes and refuses errors, which stay reported", async () => {
    const cwd = repo();
    editSla(cwd, (text) =>
      text.replace(
        "  service: email\n",
        "  # slm-disable-next-line ref/unknown-service, ref/unknown-partyy\n  service: mail\n",
      ),
    );
    const r = await runCli(["validate", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual([
      "review/missing warning 4",
      "suppression/rule-locked warning 5",
      "suppression/unknown-rule warning 5",
      "ref/unknown-service error 6",
      "ref/unknown-party warning 8",
    ]);
  });

  it("without codes, suppresses every warning and info on the next line", async () => {
    const cwd = repo();
    editSla(cwd, (text) =>
      text.replace("  customer: acme\n", "  # slm-disable-next-line\n  customer: acme\n"),
    );
    const r = await runCli(["validate", "--format", "json"], { cwd });
    expect(codes(r.stdout)).toEqual(["review/missing warning 4"]);
  });
});

describe("--output FILE and several --format in one run", () => {
  it("writes stylish to stdout and SARIF and JUnit to files, from one validation", async () => {
    const cwd = repo();
    const r = await runCli(
      ["validate", "--format", "stylish", "--format", "sarif=out/slm.sarif", "-f", "junit=out/slm.xml"],
      { cwd },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("⚠ 2 problems (0 errors, 2 warnings) in 2 files");
    const sarif = JSON.parse(readFileSync(join(cwd, "out/slm.sarif"), "utf8"));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      "review/missing",
      "ref/unknown-party",
    ]);
    expect(readFileSync(join(cwd, "out/slm.xml"), "utf8")).toContain(
      '<testsuites name="slm validate" tests="3"',
    );
    // A NAME=FILE alone keeps the default format on stdout.
    const alone = await runCli(["coverage", "--format", "md=cov.md"], { cwd });
    expect(alone.stdout).toContain("1 target");
    expect(readFileSync(join(cwd, "cov.md"), "utf8")).toMatch(/^## Coverage/);
  });

  it("--output FILE takes what stdout would get; machine formats in files never carry colour", async () => {
    const cwd = repo();
    const r = await runCli(
      ["-o", "report.json", "validate", "--format", "json", "--format", "stylish=s.txt"],
      {
        cwd,
        env: { FORCE_COLOR: "1" },
      },
    );
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(cwd, "report.json"), "utf8")).summary).toEqual({
      errors: 0,
      warnings: 2,
      files: 2,
    });
    expect(readFileSync(join(cwd, "s.txt"), "utf8")).not.toContain(ESC);
  });

  it("two formats for stdout, an empty file name, or files for a command that writes its own are usage errors", async () => {
    const cwd = repo();
    expect(await runCli(["validate", "--format", "json", "--format", "sarif"], { cwd })).toMatchObject({
      code: 2,
      stderr:
        "slm: option '-f, --format <format>' argument 'sarif' is invalid. only one format goes to stdout; write the others to files: --format sarif=FILE.\n",
    });
    expect((await runCli(["validate", "--format", "xml=a.xml"], { cwd })).stderr).toContain(
      "Allowed choices are stylish, json, github, sarif, junit, gitlab.",
    );
    expect((await runCli(["validate", "--format", "json="], { cwd })).code).toBe(2);
    const report = await runCli(["report", "--period", "2024-05", "--format", "html=x.html"], { cwd });
    expect(report).toMatchObject({ code: 2 });
    expect(report.stderr).toContain(
      "--format html=x.html: this command writes its own files; choose one --format",
    );
    expect(existsSync(join(cwd, "x.html"))).toBe(false);
  });
});

describe("FORCE_COLOR", () => {
  // An SLA without components: an uncovered target, whose verdict the table colours.
  async function coverage(env: Record<string, string>, tty: boolean, argv: string[] = ["coverage"]) {
    return (await runCli(argv, { cwd: repo(), env: { NO_COLOR: undefined, ...env }, stdoutIsTTY: tty }))
      .stdout;
  }

  it("colours a pipe when set to 1–3 or true, never when 0, and yields to NO_COLOR and --no-color", async () => {
    expect(await coverage({ FORCE_COLOR: "1" }, false)).toContain(ESC);
    expect(await coverage({ FORCE_COLOR: "true" }, false)).toContain(ESC);
    expect(await coverage({ FORCE_COLOR: "3" }, false)).toContain(ESC);
    expect(await coverage({ FORCE_COLOR: "0" }, true)).not.toContain(ESC);
    expect(await coverage({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).not.toContain(ESC);
    expect(await coverage({ FORCE_COLOR: "1" }, false, ["--no-color", "coverage"])).not.toContain(ESC);
    expect(await coverage({ FORCE_COLOR: "1" }, false, ["coverage", "--format", "json"])).not.toContain(ESC);
  });
});

describe("slm completion bash|zsh|fish", () => {
  /** Runs the generated bash function on a command line; returns what it offers for the last word. */
  function bash(words: string[]): string[] {
    const script = spawnSync(process.execPath, [BIN, "completion", "bash"], { encoding: "utf8" }).stdout;
    const line = words.map((w) => `'${w}'`).join(" ");
    const r = spawnSync(
      "bash",
      [
        "-c",
        `${script}\nCOMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; _slm_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    return r.stdout.split("\n").filter(Boolean);
  }

  it("bash: commands, subcommands, options and their choices, from the commands as registered", () => {
    expect(bash(["slm", ""])).toEqual(
      expect.arrayContaining(["validate", "coverage", "report", "completion", "import"]),
    );
    expect(bash(["slm", "exp"])).toEqual(["export"]);
    expect(bash(["slm", "export", ""])).toEqual(["openslo"]);
    expect(bash(["slm", "validate", "--format", ""])).toEqual([
      "stylish",
      "json",
      "github",
      "sarif",
      "junit",
      "gitlab",
    ]);
    expect(bash(["slm", "-C", "examples", "coverage", "--fail-on", ""])).toEqual([
      "at-risk",
      "uncovered",
      "never",
    ]);
    expect(bash(["slm", "export", "openslo", "--k"])).toEqual(["--kind"]);
    expect(bash(["slm", "report", "--format", "h"])).toEqual(["html"]);
    expect(bash(["slm", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
  });

  it("zsh: the same candidates (checked when zsh is installed)", (context) => {
    if (spawnSync("zsh", ["--version"]).status !== 0) {
      context.skip("zsh is not installed (Debian: apt-get install zsh)");
      return;
    }
    const script = spawnSync(process.execPath, [BIN, "completion", "zsh"], { encoding: "utf8" }).stdout;
    const harness = `compdef() {}
_describe() { local -a arr; arr=("\${(@P)2}"); print -r -- "\${(j: :)\${(@)arr%%:*}}"; }
compadd() { shift; print -r -- "$*"; }
_files() { print -r -- "(files)"; }
${script}
t() { words=("$@"); CURRENT=\${#words}; _slm; }
t slm validate --format ""
t slm export ""
t slm validate ""
t slm --config x.yml kpi --f`;
    const r = spawnSync("zsh", ["-c", harness], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("stylish json github sarif junit gitlab");
    expect(lines[1]).toBe("openslo");
    expect(lines[2]).toBe("(files)");
    expect(lines[3]!.split(" ")).toEqual(expect.arrayContaining(["--format", "--period", "--config"]));
  });

  it("fish: the same candidates through `complete -C` (checked when fish is installed)", (context) => {
    if (spawnSync("fish", ["--version"]).status !== 0) {
      context.skip("fish is not installed (Debian: apt-get install fish)");
      return;
    }
    const script = spawnSync(process.execPath, [BIN, "completion", "fish"], { encoding: "utf8" }).stdout;
    const complete = (line: string) =>
      spawnSync("fish", ["--no-config", "-c", `${script}\ncomplete -C '${line}'`], {
        encoding: "utf8",
        cwd: "/",
      })
        .stdout.split("\n")
        .filter(Boolean)
        .map((l) => l.split("\t")[0]);
    expect(complete("slm validate --format ")).toEqual([
      "github",
      "gitlab",
      "json",
      "junit",
      "sarif",
      "stylish",
    ]);
    expect(complete("slm export ")).toEqual(["openslo"]);
    expect(complete("slm -C x exp")).toEqual(["export"]);
    expect(complete("slm export openslo --kind ")).toEqual(["all", "ola", "sla", "uc"]);
  });

  it("an unknown shell is a usage error", async () => {
    expect(await runCli(["completion", "tcsh"], { cwd: "/" })).toMatchObject({
      code: 2,
      stderr: 'slm: unknown shell "tcsh" (expected one of: bash, zsh, fish)\n',
    });
  });
});

describe("validate --format gitlab (GitLab Code Quality)", () => {
  it("writes the fields GitLab reads, severities in its scale, fingerprints that survive moved lines", async () => {
    const cwd = repo();
    const r = await runCli(["validate", "--format", "gitlab"], { cwd });
    const issues = JSON.parse(r.stdout);
    expect(issues).toEqual([
      {
        description:
          'SLA "acme-email" has no review cycle (add e.g. review: { every: 1y, last: 2024-01-01 }) (review/missing)',
        check_name: "review/missing",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}:1$/),
        severity: "minor",
        location: { path: "sla.yaml", lines: { begin: 4 } },
      },
      {
        description: 'customer "acme" is not a known Party (ref/unknown-party)',
        check_name: "ref/unknown-party",
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}:1$/),
        severity: "minor",
        location: { path: "sla.yaml", lines: { begin: 7 } },
      },
    ]);
    editSla(cwd, (text) => `# moved\n\n${text}`);
    const moved = JSON.parse((await runCli(["validate", "--format", "gitlab"], { cwd })).stdout);
    expect(moved.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin)).toEqual([
      6, 9,
    ]);
    expect(moved.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(
      issues.map((i: { fingerprint: string }) => i.fingerprint),
    );
  });
});
