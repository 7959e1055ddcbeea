import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { spawnCli, tempDir } from "../helpers/cli.js";
import { packPackage } from "../helpers/pack.js";
import { ROOT } from "../helpers/paths.js";

// `slm init` writes a package.json and a workflow that work on the first push (issue 13): this
// test runs the workflow's steps in order, in a fresh repository, as a runner would.

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.com", ...args], {
    cwd,
    encoding: "utf8",
  });

/** The `${{ … }}` expressions the steps use, as GitHub would fill them for a pull request. */
function expand(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

describe("the workflow slm init writes", () => {
  it("pins slm in package.json, uses the current LTS, fetches the history and comments the diff", () => {
    const dir = tempDir("slm-init-");
    expect(spawnCli(["init"], { cwd: dir }).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    expect(pkg.devDependencies).toEqual({ "slm-cli": version });
    const workflow = parse(readFileSync(join(dir, ".github/workflows/slm.yml"), "utf8"));
    const steps = workflow.jobs.slm.steps as Step[];
    expect(steps[0]).toEqual({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
    expect(steps[1]).toEqual({ uses: "actions/setup-node@v4", with: { "node-version": "lts/*" } });
    expect(steps.map((s) => s.name).filter(Boolean)).toEqual([
      "Install slm",
      "Validate agreements",
      "Check that SLAs are underpinned by OLAs and UCs",
      "Comment the changes to the agreements on the pull request",
    ]);
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });

  it("runs step by step in a fresh repository: install (from the packed tarball), validate, coverage, and the diff comment", () => {
    const { tarball } = packPackage();
    const dir = tempDir("slm-workflow-");
    // The first commit on main is what `slm init` wrote, as a user would push it.
    expect(spawnCli(["init"], { cwd: dir }).code).toBe(0);
    // The registry is not reachable from the tests: the pinned version comes from the tarball instead.
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkg.devDependencies["slm-cli"] = `file:${tarball}`;
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    git(dir, "init", "-q", "-b", "main");
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "slm init");
    // The clone the runner checks out (fetch-depth: 0, so origin/main is there), on a pull request branch.
    const work = tempDir("slm-runner-");
    execFileSync("git", ["clone", "-q", dir, join(work, "repo")]);
    const repo = join(work, "repo");
    git(repo, "checkout", "-q", "-b", "tighten-p1");
    const sla = join(repo, "agreements/acme-email.yaml");
    writeFileSync(sla, readFileSync(sla, "utf8").replace("threshold: 30m", "threshold: 15m"));
    git(repo, "commit", "-q", "-am", "Tighten P1 response");

    // `gh` is GitHub's; a stand-in records what the step asks of it.
    const bin = join(work, "bin");
    execFileSync("mkdir", ["-p", bin]);
    writeFileSync(join(bin, "gh"), `#!/bin/sh\nprintf '%s\\n' "$*" >> "${join(work, "gh.log")}"\n`);
    chmodSync(join(bin, "gh"), 0o755);

    const workflow = parse(readFileSync(join(repo, ".github/workflows/slm.yml"), "utf8"));
    const values = {
      "github.token": "test-token",
      "github.base_ref": "main",
      "github.event.pull_request.number": "7",
      "github.event_name": "pull_request",
    };
    const ran: string[] = [];
    for (const step of workflow.jobs.slm.steps as Step[]) {
      if (step.uses) continue; // checkout: the clone above; setup-node: this Node.js
      // The one condition the workflow has is the event this run plays: a pull request.
      if (step.if) expect(step.if).toBe("github.event_name == 'pull_request'");
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, values)]));
      const r = spawnSync("bash", ["-e", "-c", expand(step.run!, values)], {
        cwd: repo,
        encoding: "utf8",
        env: {
          ...process.env,
          ...env,
          PATH: `${bin}:${process.env.PATH}`,
          NO_COLOR: "1",
          npm_config_audit: "false",
        },
        timeout: 240_000,
      });
      expect(r.status, `${step.name}\n${r.stdout}\n${r.stderr}`).toBe(0);
      ran.push(step.name ?? step.run!);
      if (step.name === "Validate agreements") expect(r.stdout).toBe("");
      if (step.name?.startsWith("Check that SLAs"))
        expect(r.stdout).toMatch(/targets?: \d+ covered, 0 at-risk, 0 uncovered/);
    }
    expect(ran).toHaveLength(4);
    expect(existsSync(join(repo, "node_modules/.bin/slm"))).toBe(true);
    // Every editor schema the starter names (SPEC §2 `$schema=…/node_modules/<package>/schemas/…`)
    // exists once the package is installed.
    const named: string[] = [];
    for (const file of execFileSync("git", ["ls-files"], { cwd: repo, encoding: "utf8" })
      .split("\n")
      .filter(Boolean)) {
      const text = readFileSync(join(repo, file), "utf8");
      for (const m of text.matchAll(/\$schema=(\S+)/g)) named.push(join(repo, dirname(file), m[1]!));
      for (const m of text.matchAll(/"(\.\/node_modules\/[^"]+)"/g)) named.push(join(repo, m[1]!));
    }
    expect(named.every((p) => p.includes("/node_modules/slm-cli/schemas/"))).toBe(true);
    expect(named.length).toBeGreaterThanOrEqual(9);
    expect(named.filter((p) => !existsSync(p))).toEqual([]);
    const comment = readFileSync(join(repo, "slm-diff.md"), "utf8");
    expect(comment).toContain("p1-response");
    expect(comment).toMatch(/tightened/);
    expect(readFileSync(join(work, "gh.log"), "utf8")).toBe(
      "pr comment 7 --body-file slm-diff.md --edit-last\n",
    );
    // .gitignore keeps node_modules and the comment out of the next commit; the lock file is to commit.
    expect(git(repo, "status", "--porcelain")).toBe("?? package-lock.json\n");
  }, 300_000); // npm pack + npm install of the tarball: minutes on a loaded machine
});
