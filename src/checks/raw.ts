import type { DataSourceType } from "../core/model.js";

/**
 * The shapes of schema-valid documents as checks see them: still raw YAML values (strings, not
 * parsed dates), because checks report against JSON pointers into the file, not the model.
 */
export interface RawTarget {
  name: string;
  metric: string;
  objective: string | number;
  threshold?: string | number;
  priority?: string | number;
  calendar?: string;
  source?: string;
  components?: boolean;
  credits?: { below: string | number; credit: string | number }[];
  supports?: string[];
  where?: Record<string, unknown>;
  workload?: string;
  /** metric: threshold (SPEC §22). */
  field?: string;
  op?: string;
  limit?: string | number;
  unit?: string;
}

export interface RawWorkloadLimit {
  name: string;
  measure: "tickets" | "requests";
  priority?: string | number;
  metric?: string;
  max: number;
  per?: string;
  source?: string;
}

export interface RawAgreementSpec {
  service: string;
  provider: string;
  customer: string;
  term: { start: string; end?: string };
  effective?: string;
  review?: { every: string; last?: string };
  calendar?: string;
  timezone?: string;
  scope?: Record<string, unknown>;
  workload?: RawWorkloadLimit[];
  targets: RawTarget[];
}

export interface RawServiceSpec {
  owner: string;
  dependsOn?: (string | { anyOf: string[] })[];
}

export type RawCalendarEntry = string | { date: string; from: string; to?: string };

export interface RawCalendarSpec {
  timezone?: string;
  hours: { days: string[]; from: string; to: string }[];
  holidays?: RawCalendarEntry[];
  workdays?: RawCalendarEntry[];
  workdayAs?: string;
  holidaysFrom?: { country: string; region?: string };
}

/** A column as written: a header, a 1-based position, or an object form (see the schema). */
export type RawColumn =
  | string
  | number
  | { column: string | number; format?: string; after?: string; unit?: string };

/** A DataSource spec with its preset applied (`withPreset`), as the checks see it. */
export interface RawDataSourceSpec {
  type: DataSourceType;
  preset?: string;
  layout?: string;
  states?: { paused?: (string | number)[]; stopped?: (string | number)[] };
  header?: boolean;
  dedupe?: string;
  locale?: string;
  service?: string;
  timezone?: string;
  constants?: Record<string, unknown>;
  where?: Record<string, unknown>;
  columns?: Record<string, RawColumn>;
  timestampFormat?: string;
  path?: string;
  warehouse?: {
    table?: string;
    timestamp: string;
    service?: string;
    good: string;
    latency?: string;
    bucket?: string;
  };
  engine?: string;
}

export interface RawImprovementSpec {
  agreement: string;
  targets?: string[];
  period?: string | number;
  raised: string;
  owner?: string;
  status?: string;
  actions?: { text: string; owner?: string; due?: string; done?: string }[];
}
