import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { removeDir, tempDir } from "../helpers/cli.js";
import { ROOT } from "../helpers/paths.js";
import { throughTimeRepository } from "../spec/through-time-fixture.js";

// The GitHub Action (action.yml) run locally: its shell steps in order, as the runner runs a
// composite action (bash -eo pipefail, the step's env and working directory, GITHUB_OUTPUT),
// against a repository with a base and a head commit and a fake GitHub API that keeps comments.
// `uses:` steps (setup-node) and the install step are the runner's business, not slm's: the
// project under test is already built.

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}

interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
}

const ACTION = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;

/** A fake of the REST endpoints the comment script uses, with the requests it received. */
class FakeGitHub {
  comments: { id: number; body: string; html_url: string }[] = [];
  requests: { method: string; url: string; authorization?: string }[] = [];
  private server: Server | null = null;
  private next = 100;

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      this.requests.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      const url = new URL(req.url!, "http://localhost");
      const list = /^\/repos\/acme\/agreements\/issues\/7\/comments$/.test(url.pathname);
      const one = /^\/repos\/acme\/agreements\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (req.method === "GET" && list) {
        const per = Number(url.searchParams.get("per_page") ?? 30);
        const page = Number(url.searchParams.get("page") ?? 1);
        send(200, this.comments.slice((page - 1) * per, page * per));
      } else if (req.method === "POST" && list) {
        const comment = { id: this.next++, body: (await json(req)).body, html_url: "https://example.test/c" };
        this.comments.push(comment);
        send(201, comment);
      } else if (req.method === "PATCH" && one) {
        const comment = this.comments.find((c) => c.id === Number(one[1]));
        if (!comment) return send(404, { message: "Not Found" });
        comment.body = (await json(req)).body;
        send(200, comment);
      } else send(404, { message: "Not Found" });
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

async function json(req: IncomingMessage): Promise<{ body: string }> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as { body: string };
}

/** `${{ a.b.c }}` from a context; anything but a plain path is refused, so the test notices new expressions. */
function evaluate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (!/^[a-z][\w-]*(\.[\w-]+)*$/i.test(expression))
      throw new Error(`unsupported expression ${expression}`);
    let value: unknown = context;
    for (const key of expression.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
    return value === undefined || value === null ? "" : evaluate(String(value), context);
  });
}

/** Runs a step's script without blocking this process: the fake GitHub API lives in it. */
function runStep(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("error", fail);
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

/** Runs the action's shell steps in order, stopping at the first that fails, as the runner does. */
async function runAction(options: {
  workspace: string;
  inputs: Record<string, string>;
  api: string;
  pr: string;
}): Promise<{
  steps: { name: string; code: number; stdout: string; stderr: string }[];
  outputs: Record<string, string>;
}> {
  const temp = tempDir("slm-runner-");
  const steps: { name: string; code: number; stdout: string; stderr: string }[] = [];
  const stepOutputs: Record<string, { outputs: Record<string, string> }> = {};
  const inputs: Record<string, string> = {};
  const context = {
    inputs,
    github: {
      action_path: ROOT,
      token: "secret-token",
      event: { pull_request: { number: options.pr, base: { sha: options.inputs.base ?? "" } } },
    },
    steps: stepOutputs,
  };
  for (const [name, spec] of Object.entries(ACTION.inputs))
    inputs[name] = options.inputs[name] ?? evaluate(spec.default ?? "", context);
  try {
    for (const [i, step] of ACTION.runs.steps.entries()) {
      if (step.uses || step.name === "Install slm") continue;
      const output = join(temp, `output-${i}`);
      writeFileSync(output, "");
      const script = join(temp, `step-${i}.sh`);
      writeFileSync(script, step.run!);
      const env: Record<string, string> = {
        PATH: process.env.PATH!,
        HOME: temp,
        NO_COLOR: "1",
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: output,
        GITHUB_REPOSITORY: "acme/agreements",
        GITHUB_API_URL: options.api,
        RUNNER_TEMP: temp,
      };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(v, context);
      const cwd = resolve(options.workspace, evaluate(step["working-directory"] ?? ".", context));
      const r = await runStep(script, cwd, env);
      steps.push({
        name: step.name ?? step.id ?? String(i),
        code: r.status ?? -1,
        stdout: r.stdout,
        stderr: r.stderr,
      });
      if (step.id) {
        const outputs = Object.fromEntries(
          readFileSync(output, "utf8")
            .split("\n")
            .filter((l) => l.includes("="))
            .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
        );
        stepOutputs[step.id] = { outputs };
      }
      if (r.status !== 0) break;
    }
    return {
      steps,
      outputs: Object.fromEntries(
        Object.entries(ACTION.outputs).map(([name, spec]) => [name, evaluate(spec.value, context)]),
      ),
    };
  } finally {
    removeDir(temp);
  }
}

let repo: { root: string; ids: string[] };
const github = new FakeGitHub();
let api: string;
beforeAll(async () => {
  repo = throughTimeRepository();
  api = await github.start();
});
afterAll(async () => {
  removeDir(repo.root);
  await github.stop();
});

describe("action.yml", () => {
  it("is a composite action whose steps run bash, with the inputs the README documents", () => {
    expect(ACTION.runs.using).toBe("composite");
    expect(Object.keys(ACTION.inputs)).toEqual([
      "working-directory",
      "base",
      "replay",
      "as-of",
      "fail-on",
      "comment",
      "github-token",
      "node-version",
    ]);
    for (const step of ACTION.runs.steps) if (step.run) expect(step.shell).toBe("bash");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const input of Object.keys(ACTION.inputs)) expect(readme).toContain(`| \`${input}\` |`);
  });

  it("validates, checks coverage, and posts one pull request comment with the diff and its replay, updated on the next push", async () => {
    github.comments.push({ id: 1, body: "Looks good to me", html_url: "https://example.test/1" });
    const inputs = { base: repo.ids[0]!, "as-of": "2025-01-15T00:00:00Z" };
    const first = await runAction({ workspace: repo.root, inputs, api, pr: "7" });
    const names = first.steps.map((s) => [s.name, s.code]);
    // The fixture's SLA has no OLA or UC under it: coverage says uncovered, and the check fails
    // last, after the comment is posted.
    expect(names).toEqual([
      ["Validate agreements", 0],
      ["Check that SLAs are underpinned by OLAs and UCs", 0],
      ["Comment the agreement changes and the replay on the pull request", 0],
      ["Fail on coverage findings", 1],
    ]);
    expect(first.outputs).toEqual({ "coverage-exit-code": "1" });
    // Annotations only (a review overdue by today's date is a warning), never plain text.
    for (const line of first.steps[0]!.stdout.split("\n").filter(Boolean))
      expect(line).toMatch(/^::(warning|notice|error) /);
    expect(first.steps[1]!.stdout).toContain("uncovered");
    expect(first.steps[2]!.stdout).toBe("created comment 100 (https://example.test/c)\n");

    expect(github.comments).toHaveLength(2);
    const posted = github.comments[1]!.body;
    expect(posted.startsWith("<!-- slm:agreements -->\n## slm: agreements\n")).toBe(true);
    expect(posted).toContain("| availability | objective | 99.5% | 99.9% | tightened |");
    expect(posted).toContain("### Replay under the head terms");
    expect(posted).toContain(
      "| 2024-10 | breached | major → **critical** | EUR 100.00 → **EUR 250.00** | 224% → **1,120%** |",
    );
    expect(posted).toContain("<details><summary>Coverage</summary>");
    expect(github.requests.every((r) => r.authorization === "Bearer secret-token")).toBe(true);

    // The next push: the same comment is updated, the reviewer's comment is left alone.
    writeFileSync(join(repo.root, "acme-web.yaml"), readFileSync(join(repo.root, "acme-web.yaml"), "utf8"));
    const second = await runAction({
      workspace: repo.root,
      inputs: { ...inputs, replay: "0" },
      api,
      pr: "7",
    });
    expect(second.steps[2]!.stdout).toBe("updated comment 100 (https://example.test/c)\n");
    expect(github.comments.map((c) => c.id)).toEqual([1, 100]);
    expect(github.comments[0]!.body).toBe("Looks good to me");
    expect(github.comments[1]!.body).not.toContain("### Replay");
    expect(github.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  it("comments nothing outside a pull request", async () => {
    const before = github.requests.length;
    const run = await runAction({ workspace: repo.root, inputs: {}, api, pr: "" });
    expect(run.steps[2]!.stdout).toBe("not a pull request, or comment is off: no comment\n");
    expect(github.requests.length).toBe(before);
  });
});
