import type { DataSourceType } from "../core/model.js";
import type { CheckSeries } from "./check-series.js";
import type { FreshnessSeries } from "./freshness-series.js";
import type { LatencyDemand } from "./latency-demand.js";
import type { SkippedRows } from "./skip-tally.js";

/** One ticket after column mapping, recoding and dedupe; instants in epoch ms. */
export interface TicketRecord {
  id: string;
  service: string;
  priority: string;
  opened: number;
  responded: number | null;
  resolved: number | null;
  /** Seconds of a `paused` column, in ms (layout tickets; 0 otherwise). */
  pausedMs: number;
  /**
   * Layout events (SPEC §23): the wall-clock intervals the ticket spent in paused states, as
   * [start, end, start, end, …] in epoch ms, sorted and disjoint (the last end is +∞ when its
   * last state is paused and holds on); each target measures them in its own service hours,
   * up to the ticket's stop. null for one row per ticket.
   */
  pauses: Float64Array | null;
  /** Dimension values in the source's `dimensions` order. */
  dims: (string | null)[];
  line: number;
  file: string;
}

export interface OutageRecord {
  id: string | null;
  service: string;
  start: number;
  /** null: still down. */
  end: number | null;
  planned: boolean;
  cause: string | null;
  dims: (string | null)[];
  line: number;
  file: string;
}

export interface MetricRecord {
  timestamp: number;
  service: string;
  metric: string;
  good: number;
  total: number;
  dims: (string | null)[];
}

/** One survey response (SPEC §15) after column mapping, recoding and dedupe. */
export interface SurveyRecord {
  id: string | null;
  timestamp: number;
  service: string;
  score: number;
  /** The ticket the response is about, when the export says. */
  ticket: string | null;
  dims: (string | null)[];
}

export interface InputFile {
  /** Repository-relative POSIX path (or the path as given with --data). */
  file: string;
  absolute: string;
  sha256: string;
}

interface SourceDataBase {
  name: string;
  type: DataSourceType;
  files: InputFile[];
  skipped: SkippedRows[];
  /** The latest timestamp of any readable row: the default as-of instant and the end of known check time. */
  latest: number | null;
  /** Rows dropped as duplicates of another row's id (dedupe first/last). */
  duplicates: number;
  notes: string[];
}

/** Tickets are not kept: each kept ticket went to the engine's per-target tallies while streaming. */
export interface TicketsData extends SourceDataBase {
  type: "tickets";
}

export interface OutagesData extends SourceDataBase {
  type: "outages";
  /** The outages of the services read that overlap the time measured (not the whole log). */
  outages: OutageRecord[];
  /** The earliest start of any readable outage: a log says nothing about time before it. */
  earliest: number | null;
}

export interface ChecksData extends SourceDataBase {
  type: "checks";
  /** One step function per series read: a service, or a service and a dimension filter (`seriesKey`). */
  series: Map<string, CheckSeries>;
  latency: readonly LatencyDemand[];
}

/** Metric rows are not kept: each went to the engine's per-target tallies while streaming. */
export interface MetricsData extends SourceDataBase {
  type: "metrics";
}

/** Survey responses are not kept: each went to the engine's per-target tallies while streaming. */
export interface SurveysData extends SourceDataBase {
  type: "surveys";
}

/** `type: events` (SPEC §22): per freshness demand (`FreshnessDemand.key`), its fresh stretches. */
export interface EventsData extends SourceDataBase {
  type: "events";
  freshness: Map<string, FreshnessSeries>;
}

export type SourceData = TicketsData | OutagesData | ChecksData | MetricsData | SurveysData | EventsData;

/**
 * The fields every reader returns alike. `latest` is the running maximum of a reader (−∞ when no
 * row was readable), reported as null then.
 */
export function sourceDataBase(
  source: { metadata: { name: string } },
  files: InputFile[],
  skipped: SkippedRows[],
  latest: number,
  extra: { duplicates?: number; notes?: string[] } = {},
): Omit<SourceDataBase, "type"> {
  return {
    name: source.metadata.name,
    files,
    skipped,
    latest: Number.isFinite(latest) ? latest : null,
    duplicates: extra.duplicates ?? 0,
    notes: extra.notes ?? [],
  };
}
