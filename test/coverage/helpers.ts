import type { Model } from "../../src/core/model.js";
import { type CoverageFilter, computeCoverage } from "../../src/coverage/compute-coverage.js";
import type { CoverageResult, TargetCoverage } from "../../src/coverage/coverage-result.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";

/** A model from inline YAML documents (each without the `apiVersion` line). */
export function modelFrom(...documents: string[]): Model {
  const text = documents.map((d) => `apiVersion: slm/v1\n${d.trim()}\n`).join("---\n");
  const parsed = parseYamlFile("test.yaml", text);
  if (parsed.diagnostics.length > 0) throw new Error(JSON.stringify(parsed.diagnostics));
  return buildModel(parsed.documents);
}

export function service(name: string, dependsOn: unknown[] = []): string {
  return `kind: Service\nmetadata: { name: ${name} }\nspec: { owner: team, dependsOn: ${JSON.stringify(dependsOn)} }`;
}

export interface AgreementOptions {
  kind?: "SLA" | "OLA" | "UC";
  service: string;
  customer?: string;
  term?: string;
  calendar?: string;
  contract?: string;
  targets: string[];
}

export function agreement(name: string, o: AgreementOptions): string {
  const lines = [
    `kind: ${o.kind ?? "OLA"}`,
    `metadata: { name: ${name} }`,
    "spec:",
    `  service: ${o.service}`,
    "  provider: provider",
    `  customer: ${o.customer ?? "it"}`,
    `  term: ${o.term ?? "{ start: 2024-01-01, end: 2025-12-31 }"}`,
  ];
  if (o.calendar) lines.push(`  calendar: ${o.calendar}`);
  if (o.contract) lines.push(`  contract: ${o.contract}`);
  lines.push("  targets:", ...o.targets.map((t) => `    - ${t}`));
  return lines.join("\n");
}

export function sla(name: string, o: Omit<AgreementOptions, "kind">): string {
  return agreement(name, { ...o, kind: "SLA", customer: o.customer ?? "acme" });
}

export const avail = (objective: string, extra = ""): string =>
  `{ name: availability, metric: availability, objective: "${objective}"${extra} }`;

export function coverageOf(model: Model, filter?: CoverageFilter): CoverageResult {
  return computeCoverage(model, filter);
}

export function target(result: CoverageResult, ref: string): TargetCoverage {
  const found = result.targets.find((t) => `${t.sla}/${t.target}` === ref);
  if (!found)
    throw new Error(`no target ${ref} in ${result.targets.map((t) => `${t.sla}/${t.target}`).join(", ")}`);
  return found;
}

/** `kind: message` lines, the shape most assertions want. */
export function reasons(t: TargetCoverage): string[] {
  return t.reasons.map((r) => `${r.kind}: ${r.message}`);
}
