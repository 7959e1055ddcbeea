import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Fault } from "../helpers/faults.mjs";
import { installFaults } from "../helpers/faults.mjs";
import { type CliResult, removeDir, runCli, spawnCli, tempDir } from "../helpers/cli.js";
import { ROOT } from "../helpers/paths.js";

/**
 * The hostile-input corpus (issue 10, SPEC §10 "Bad input" and "Security"): every case is a
 * repository, a command line and what must come of it, replayed in-process and by exec of the
 * built CLI. Each replay runs in a fresh directory with three parts — the repository, a directory
 * `outside` it and a private TMPDIR — listed before and after the run: anything new that the case
 * does not expect is a leftover.
 */
export interface Where {
  /** The repository (the working directory of the run). */
  repo: string;
  /** A directory outside the repository: links point here, nothing may be written here. */
  outside: string;
  /** TMPDIR of the run. */
  tmp: string;
}

type Check = string | RegExp | ((text: string, where: Where) => void);

export interface HostileCase {
  name: string;
  /**
   * The item of issue 10 the case pins; "held" for what the issue found handled well; "new" for a
   * failure of the same kind found while fixing these (a hang the issue did not list).
   */
  item: string;
  repo: Record<string, string | Uint8Array>;
  /** What a record of files cannot say: symbolic links, a directory in a file's place, a git history. */
  setup?: (where: Where) => void;
  argv: string[] | ((where: Where) => string[]);
  /** File-system calls that fail (see test/helpers/faults.mjs), in both replays. */
  faults?: Fault[];
  code: 0 | 1 | 2;
  stdout?: Check;
  stderr?: Check;
  /** What the run may create, relative to the replay's root (`repo/reports/2024-05/a.md`). */
  writes?: string[];
  /** Further checks of what is on disk after the run. */
  after?: (where: Where) => void;
}

export interface Replay {
  how: "in-process" | "exec";
  result: CliResult;
  ms: number;
  /** Paths under the replay's root that the run created and the case does not expect. */
  leftovers: string[];
  /** The run's output with the replay's root replaced by `<root>`, to compare the two replays. */
  normalized: { stdout: string; stderr: string };
}

export const FAULTS_MODULE = join(ROOT, "test/helpers/faults.mjs");
export const EPOCH = "1719748800"; // 2024-06-30T12:00:00Z

export async function replay(c: HostileCase, how: Replay["how"]): Promise<Replay & { where: Where }> {
  const root = tempDir("slm-hostile-");
  const where: Where = { repo: join(root, "repo"), outside: join(root, "outside"), tmp: join(root, "tmp") };
  for (const dir of Object.values(where)) mkdirSync(dir);
  for (const [path, content] of Object.entries(c.repo)) {
    mkdirSync(dirname(join(where.repo, path)), { recursive: true });
    writeFileSync(join(where.repo, path), content);
  }
  c.setup?.(where);
  const before = new Set(listTree(root));
  const argv = typeof c.argv === "function" ? c.argv(where) : c.argv;
  const env = { SOURCE_DATE_EPOCH: EPOCH, TMPDIR: where.tmp };
  const started = performance.now();
  let result: CliResult;
  if (how === "exec") {
    const faults: Record<string, string> = c.faults
      ? {
          NODE_OPTIONS: `--import=${pathToFileURL(FAULTS_MODULE).href}`,
          SLM_TEST_FAULTS: JSON.stringify(c.faults),
        }
      : {};
    result = spawnCli(argv, { cwd: where.repo, env: { ...env, ...faults }, timeout: 15_000 });
  } else {
    const undo = c.faults ? installFaults(c.faults) : () => {};
    // os.tmpdir() reads the process's TMPDIR, not the Io's environment.
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = where.tmp;
    try {
      result = await runCli(argv, { cwd: where.repo, env, now: new Date(Number(EPOCH) * 1000) });
    } finally {
      undo();
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  }
  const ms = Math.round(performance.now() - started);
  const allowed = new Set((c.writes ?? []).flatMap(withParents));
  const leftovers = listTree(root).filter((p) => !before.has(p) && !allowed.has(p));
  const normalize = (text: string) => text.replaceAll(root, "<root>");
  return {
    how,
    result,
    ms,
    leftovers,
    where,
    normalized: { stdout: normalize(result.stdout), stderr: normalize(result.stderr) },
  };
}

export function cleanUp(where: Where): void {
  removeDir(dirname(where.repo));
}

export function applyCheck(check: Check | undefined, text: string, where: Where, label: string): void {
  if (check === undefined) return;
  if (typeof check === "string") {
    if (text !== check) throw new Error(`${label}: expected\n${check}\ngot\n${text}`);
  } else if (check instanceof RegExp) {
    if (!check.test(text)) throw new Error(`${label}: expected to match ${check}, got\n${text}`);
  } else {
    check(text, where);
  }
}

/** Every path below `root`, directories with a trailing slash; links are listed, never followed. */
export function listTree(root: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, prefix))) {
    const rel = prefix === "" ? name : `${prefix}/${name}`;
    const info = lstatSync(join(root, rel));
    if (info.isDirectory()) out.push(`${rel}/`, ...listTree(root, rel));
    else out.push(rel);
  }
  return out;
}

function withParents(path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, i) => (i === parts.length - 1 ? path : `${parts.slice(0, i + 1).join("/")}/`));
}

/** `git init` and one commit of everything in `repo`. */
export function commitAll(repo: string): void {
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=slm", "-c", "user.email=slm@example.com", ...args], {
      cwd: repo,
      stdio: "pipe",
    });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "agreements");
}
