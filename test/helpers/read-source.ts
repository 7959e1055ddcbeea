import type { DataSource } from "../../src/core/model.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { READERS } from "../../src/sources/read-source.js";
import type { InputFile, MetricRecord, SourceData, TicketRecord } from "../../src/sources/records.js";

/** Every service counts (a test reading a whole export). */
const ALL = { has: () => true } as unknown as ReadonlySet<string>;

/**
 * Reads a source as the engine would, but collects every kept ticket and metric row instead of
 * counting them into tallies (tests compare them with independently computed oracles).
 */
export async function readWholeSource(
  source: DataSource,
  files: InputFile[],
  services: ReadonlySet<string> = ALL,
): Promise<{ data: SourceData; tickets: TicketRecord[]; metrics: MetricRecord[]; restarts: number }> {
  let tickets: TicketRecord[] = [];
  let restarts = 0;
  const metrics: MetricRecord[] = [];
  const data = await READERS[source.type](source, files, {
    services,
    latency: [],
    freshness: [],
    thresholds: [],
    series: [],
    horizon: null,
    sink: {
      ticket: (r) => tickets.push(r),
      metric: (r) => metrics.push(r),
      restart: () => {
        tickets = [];
        restarts++;
      },
    },
  });
  return { data, tickets, metrics, restarts };
}

/** A DataSource named `src` from the lines of its spec (inline YAML, indented here). */
export function dataSourceFromSpec(spec: string): DataSource {
  const yaml = `apiVersion: slm/v1
kind: DataSource
metadata: { name: src }
spec:
${spec
  .trim()
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}
`;
  const parsed = parseYamlFile("inline.yaml", yaml);
  if (parsed.diagnostics.length > 0) throw new Error(parsed.diagnostics.map((d) => d.message).join("; "));
  return buildModel(parsed.documents).dataSources.get("src")!;
}
