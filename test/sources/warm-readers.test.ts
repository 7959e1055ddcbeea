import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadRepository } from "../../src/repository/loader.js";
import { warmReadersFor } from "../../src/sources/warm-readers.js";
import { tempRepo } from "../helpers/cli.js";

const source = (name: string, spec: string) => `---
apiVersion: slm/v1
kind: DataSource
metadata: { name: ${name} }
spec:
${spec}
`;

async function decide(
  files: Record<string, string>,
  overrides: Record<string, string> = {},
): Promise<boolean> {
  const dir = tempRepo(files);
  // 100 bytes of data in each data file: large enough with SLM_SPLIT_BYTES=100.
  for (const file of Object.keys(files))
    if (file.startsWith("data/")) writeFileSync(join(dir, file), "x".repeat(100));
  const load = await loadRepository({ cwd: dir });
  return warmReadersFor(load.documents, load.root, dir, new Map(Object.entries(overrides)));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("reader threads are started before validation only for a checks file that will be split", () => {
  it("a checks source whose one file reaches the split size, directly or through a preset", async () => {
    vi.stubEnv("SLM_READ_THREADS", "2");
    vi.stubEnv("SLM_SPLIT_BYTES", "100");
    const checks = source("probes", "  type: checks\n  path: data/checks.csv");
    expect(await decide({ "slm.yaml": checks, "data/checks.csv": "" })).toBe(true);
    // Upptime's preset is a checks source (SPEC §12).
    const preset = source("probes", "  preset: upptime\n  path: data/up.csv\n  service: web");
    expect(await decide({ "slm.yaml": preset, "data/up.csv": "" })).toBe(true);
  });

  it("not for other types, globs, small or missing files, or one thread", async () => {
    vi.stubEnv("SLM_READ_THREADS", "2");
    vi.stubEnv("SLM_SPLIT_BYTES", "100");
    const tickets = source("desk", "  type: tickets\n  path: data/t.csv");
    expect(await decide({ "slm.yaml": tickets, "data/t.csv": "" })).toBe(false);
    const glob = source("probes", '  type: checks\n  path: "data/*.csv"');
    expect(await decide({ "slm.yaml": glob, "data/a.csv": "" })).toBe(false);
    const missing = source("probes", "  type: checks\n  path: data/none.csv");
    expect(await decide({ "slm.yaml": missing, "data/other.csv": "" })).toBe(false);
    vi.stubEnv("SLM_SPLIT_BYTES", "101");
    const checks = source("probes", "  type: checks\n  path: data/checks.csv");
    expect(await decide({ "slm.yaml": checks, "data/checks.csv": "" })).toBe(false);
    vi.stubEnv("SLM_SPLIT_BYTES", "100");
    vi.stubEnv("SLM_READ_THREADS", "1");
    expect(await decide({ "slm.yaml": checks, "data/checks.csv": "" })).toBe(false);
  });

  it("--data NAME=FILE is looked at instead of the path (relative to the working directory)", async () => {
    vi.stubEnv("SLM_READ_THREADS", "2");
    vi.stubEnv("SLM_SPLIT_BYTES", "100");
    const glob = source("probes", '  type: checks\n  path: "data/*.csv"');
    expect(await decide({ "slm.yaml": glob, "data/big.csv": "" }, { probes: "data/big.csv" })).toBe(true);
  });
});
