import type { DataSourceType } from "../core/model.js";
import type { CheckSeries } from "./check-series.js";
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
  pausedMs: number;
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
  line: number;
  file: string;
}

export interface MetricRecord {
  timestamp: number;
  service: string;
  metric: string;
  good: number;
  total: number;
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

export interface TicketsData extends SourceDataBase {
  type: "tickets";
  tickets: TicketRecord[];
}

export interface OutagesData extends SourceDataBase {
  type: "outages";
  outages: OutageRecord[];
}

export interface ChecksData extends SourceDataBase {
  type: "checks";
  series: Map<string, CheckSeries>;
  latency: readonly LatencyDemand[];
}

export interface MetricsData extends SourceDataBase {
  type: "metrics";
  rows: MetricRecord[];
}

export type SourceData = TicketsData | OutagesData | ChecksData | MetricsData;

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
