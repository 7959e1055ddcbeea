import type { DataSource, DataSourceType } from "../core/model.js";
import { readChecks } from "./read-checks.js";
import type { ReadDemand } from "./read-demand.js";
import { readFreshnessEvents } from "./read-freshness-events.js";
import { readMetrics } from "./read-metrics.js";
import { readOutages } from "./read-outages.js";
import { readSurveys } from "./read-surveys.js";
import { readTickets } from "./read-tickets.js";
import type { InputFile, SourceData } from "./records.js";

export type { ReadDemand, RecordSink, SeriesDemand } from "./read-demand.js";

type Reader = (source: DataSource, files: InputFile[], demand: ReadDemand) => Promise<SourceData>;

/** One streaming reader per DataSource type; a new type is a new entry. */
export const READERS: Record<DataSourceType, Reader> = {
  tickets: readTickets,
  outages: readOutages,
  metrics: readMetrics,
  checks: readChecks,
  surveys: readSurveys,
  events: readFreshnessEvents,
};
