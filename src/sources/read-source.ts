import type { DataSource, DataSourceType } from "../core/model.js";
import type { LatencyDemand } from "./latency-demand.js";
import { readChecks } from "./read-checks.js";
import type { Progress } from "./read-csv-files.js";
import { readMetrics } from "./read-metrics.js";
import { readOutages } from "./read-outages.js";
import { readTickets } from "./read-tickets.js";
import type { InputFile, SourceData } from "./records.js";

/** What a reader may be told about the targets that will read its rows. */
export interface ReadDemand {
  /** The services some target measures from this source. */
  services: ReadonlySet<string>;
  /** Latency counters to fill while the rows stream by (checks). */
  latency: readonly LatencyDemand[];
  progress?: Progress;
}

type Reader = (source: DataSource, files: InputFile[], demand: ReadDemand) => Promise<SourceData>;

/** One streaming reader per DataSource type; a new type is a new entry. */
export const READERS: Record<DataSourceType, Reader> = {
  tickets: (source, files, d) => readTickets(source, files, d.progress),
  outages: (source, files, d) => readOutages(source, files, d.progress),
  metrics: (source, files, d) => readMetrics(source, files, d.progress),
  checks: (source, files, d) => readChecks(source, files, d.services, d.latency, d.progress),
};
