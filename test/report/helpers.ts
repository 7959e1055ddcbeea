import type { Model } from "../../src/core/model.js";
import { buildModel } from "../../src/model/build-model.js";
import type { ReportModel } from "../../src/report/report-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { type CliResult, tempRepo as makeRepo, removeDir, runCli } from "../helpers/cli.js";

/** A typed model from inline YAML (documents must be valid; no validation here). */
export function modelFromYaml(yaml: string): Model {
  const parsed = parseYamlFile("inline.yaml", yaml);
  if (parsed.diagnostics.length > 0) throw new Error(parsed.diagnostics.map((d) => d.message).join("; "));
  return buildModel(parsed.documents);
}

/** A throw-away report repository (JSON reports, a trend of 2): files by relative path; removed by the returned cleanup. */
export function tempRepo(files: Record<string, string | Uint8Array>): { root: string; cleanup: () => void } {
  const root = makeRepo(
    { "slm.config.yaml": "reports: { out: reports, format: json, trend: 2 }\n", ...files },
    "slm-report-",
  );
  return { root, cleanup: () => removeDir(root) };
}

export type RunResult = CliResult;

/** Runs the CLI in-process in `cwd` with a fixed clock (SOURCE_DATE_EPOCH). */
export function runSlm(cwd: string, argv: string[]): Promise<RunResult> {
  return runCli(argv, {
    cwd,
    env: { SOURCE_DATE_EPOCH: "1717200000" },
    now: new Date("2024-06-15T00:00:00Z"),
  });
}

/** Runs `slm report … --format json --out - --sla NAME` and parses the report. */
export async function reportFor(cwd: string, sla: string, extra: string[] = []): Promise<ReportModel> {
  const r = await runSlm(cwd, ["report", "--format", "json", "--out", "-", "--sla", sla, ...extra]);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ReportModel;
}

export const HOUR = 3_600_000;

/** The common header of an SLA document in tests. */
export function slaYaml(name: string, service: string, body: string): string {
  return `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: ${service}
  provider: ops
  customer: acme
  term: { start: 2000-01-01 }
  review: { every: 1y, last: 2024-01-01 }
${body}`;
}

export const SERVICE_WEB = `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops }
`;
