import { compareDiagnostics, type Diagnostic, fullMessage } from "../../src/core/diagnostic.js";
import { validateRepository } from "../../src/model/validate-repository.js";
import { defaultConfig } from "../../src/repository/config.js";
import type { LoadedFile, LoadResult } from "../../src/repository/loader.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { spawnCli } from "./cli.js";

export const NOW = new Date("2024-06-15T12:00:00Z");

/** Validates in-memory files (path → YAML text) exactly as the CLI would, without touching the disk. */
export function validateFiles(files: Record<string, string>, now: Date = NOW): Diagnostic[] {
  const loaded: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of Object.entries(files)) {
    const parsed = parseYamlFile(file, text);
    diagnostics.push(...parsed.diagnostics);
    loaded.push({ file, absolute: `/repo/${file}`, sha256: "", text, documents: parsed.documents });
  }
  const load: LoadResult = {
    root: "/repo",
    config: defaultConfig(),
    files: loaded,
    documents: loaded.flatMap((f) => f.documents),
    diagnostics,
  };
  return validateRepository(load, { now }).sort(compareDiagnostics);
}

/** `code line:col message` lines: compact, exact expectations. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${fullMessage(d)}`);
}

/** Spawns the built CLI without colour; `SOURCE_DATE_EPOCH` pins "today" to NOW. */
export function slm(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnCli(args, {
    cwd: options.cwd ?? process.cwd(),
    env: { SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000), ...options.env },
    timeout: 30_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.code };
}

/** A minimal valid repository, extended per test. */
export const BASE = {
  "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: it-services, dependsOn: [mail-platform] }
---
apiVersion: slm/v1
kind: Service
metadata: { name: mail-platform }
spec: { owner: it-services }
---
apiVersion: slm/v1
kind: Party
metadata: { name: it-services }
spec: { type: team }
---
apiVersion: slm/v1
kind: Party
metadata: { name: acme }
spec: { type: customer }
`,
};

export function sla(spec: string, name = "acme-email"): string {
  return `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: email
  provider: it-services
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
${spec}`;
}
