import type { Span } from "../time/span.js";
import type { FreshnessDemand } from "./freshness-series.js";
import type { LatencyDemand } from "./latency-demand.js";
import type { Progress } from "./read-csv-files.js";
import type { MetricRecord, SurveyRecord, TicketRecord } from "./records.js";
import type { RowFilter } from "./row-filter.js";
import type { ThresholdDemand } from "./threshold-demand.js";

/**
 * What a reader is told about the targets that will read its rows, so that it keeps per-target
 * state only (SPEC §10: memory that does not grow with the file): rows of services no target
 * reads are not decoded beyond their service and timestamps; kept tickets and metric rows go to
 * the engine's tallies as they stream by; only outages that overlap the time measured are kept.
 */
export interface ReadDemand {
  /** The services some target measures from this source. */
  services: ReadonlySet<string>;
  /** checks: latency counters to fill while the rows stream by. */
  latency: readonly LatencyDemand[];
  /** events: the freshness series to build (one per service, scope and threshold). */
  freshness: readonly FreshnessDemand[];
  /** checks and metrics: counters of threshold targets (SPEC §22) to fill while the rows stream by. */
  thresholds: readonly ThresholdDemand[];
  /** checks: series narrowed by dimensions (series per service are built for `services`). */
  series: readonly SeriesDemand[];
  /** outages: the span of everything measured; outages outside it are not kept. */
  horizon: Span | null;
  /** tickets, metrics and surveys: where each kept record goes. */
  sink: RecordSink;
  progress?: Progress;
}

export interface RecordSink {
  ticket(record: TicketRecord): void;
  metric(record: MetricRecord): void;
  /** surveys: each kept response (after dedupe). */
  survey?(record: SurveyRecord): void;
  /** The reader starts over (an export not sorted by id, `dedupe`): forget everything counted so far. */
  restart(): void;
}

/** A checks series narrowed by dimensions (a `where` or a scope on a checks source). */
export interface SeriesDemand {
  key: string;
  service: string;
  filter: RowFilter;
}
