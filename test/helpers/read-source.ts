import type { DataSource } from "../../src/core/model.js";
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
