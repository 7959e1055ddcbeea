import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A private PostgreSQL cluster on a Unix socket in a temporary directory, for one test file. */
export interface PostgresCluster {
  /** Runs SQL with psql and returns its CSV output (header first). */
  csv(sql: string): string;
  /** Runs psql with a script on stdin (`\copy` and friends), failing on the first error. */
  script(sql: string): void;
  stop(): void;
}

/** The newest Debian PostgreSQL's binaries (`/usr/lib/postgresql/N/bin`), or null. */
function binDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0]!, "bin") : null;
}

/**
 * Starts a cluster (`initdb`, `pg_ctl start` listening on a socket only), as the `postgres`
 * user when run as root (the server refuses to run as root). Returns the reason instead when
 * it cannot be started, so a test outside CI can say why it skips.
 */
export function startPostgres(): PostgresCluster | string {
  const bin = binDir();
  if (!bin) return "PostgreSQL is not installed (Debian package postgresql; .ci/run installs it)";
  const dir = mkdtempSync(join(tmpdir(), "slm-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
    return spawnSync(file, argv, { encoding: "utf8", timeout: 60_000 });
  };
  try {
    if (asRoot) {
      const ids = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
      const gid = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
      chownSync(dir, Number(ids), Number(gid));
    }
    chmodSync(dir, 0o700);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `cannot prepare a directory for PostgreSQL: ${(error as Error).message}`;
  }
  const data = join(dir, "data");
  const init = run(join(bin, "initdb"), [
    "-D",
    data,
    "-A",
    "trust",
    "-U",
    "postgres",
    "--no-sync",
    "-E",
    "UTF8",
  ]);
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return `initdb failed: ${(init.stderr || init.stdout).trim().split("\n").pop()}`;
  }
  const port = String(20000 + (process.pid % 20000));
  const options = `-k ${dir} -c listen_addresses='' -p ${port} -c fsync=off -c TimeZone=UTC`;
  const start = run(join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  if (start.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return `pg_ctl start failed: ${(start.stderr || start.stdout).trim().split("\n").pop()}`;
  }
  const psql = (args: string[], input?: string) => {
    const r = spawnSync(
      "psql",
      [
        "-h",
        dir,
        "-p",
        port,
        "-U",
        "postgres",
        "-d",
        "postgres",
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        ...args,
      ],
      { encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024, timeout: 120_000 },
    );
    if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
    return r.stdout;
  };
  return {
    csv: (sql) => psql(["--csv", "-f", "-"], sql),
    script: (sql) => {
      psql(["-f", "-"], sql);
    },
    stop: () => {
      run(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
