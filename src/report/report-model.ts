/**
 * The report model: what `slm report --format json` writes and what the Markdown/HTML templates
 * (and a user's `--template`) receive. Stable, documented in docs/report-model.md (SPEC §9):
 * fractions are numbers 0–1, durations are seconds, instants are ISO 8601 UTC strings, and a
 * field that does not apply is null.
 */
import type { SkippedRows } from "../sources/skip-tally.js";

export type { SkippedRows };
export type TargetStatus = "met" | "breached" | "no-data";
export type BreachSeverity = "minor" | "major" | "critical";

export interface PeriodRef {
  /** "2024-05", "2024-Q2", "2024" or "2024-05-01..2024-05-15". */
  label: string;
  /** Inclusive start instant (ISO 8601 UTC). */
  start: string;
  /** Exclusive end instant (ISO 8601 UTC). */
  end: string;
}

export interface TargetReport {
  name: string;
  metric: string;
  priority: string | null;
  /** Seconds (latency thresholds too: 500ms → 0.5); null without one and for business days (`3bd`). */
  threshold: number | null;
  /** The threshold as written in the agreement ("4h", "2bd"); null without one (SPEC §11, §19). */
  thresholdText: string | null;
  calendar: string;
  window: "month" | "quarter" | "year";
  objective: number;
  value: number | null;
  status: TargetStatus;
  severity: BreachSeverity | null;
  /** value − objective (fraction); null for no data. */
  margin: number | null;
  /** Seconds of service time in the period (availability), else null. */
  serviceTime: number | null;
  downtime: number | null;
  unknownTime: number | null;
  /** Tickets, outages, samples or requests measured. */
  count: number | null;
  /** Items that met the threshold (or good requests). */
  good: number | null;
  /** Tickets still open and within their threshold at the as-of instant. */
  pending: number | null;
  budget: {
    /** Availability: seconds of allowed downtime; counted metrics: number of items. */
    allowed: number | null;
    /** Fraction of the budget used (1.5 = 150%). */
    consumed: number | null;
  };
  credit: { percent: number | null; amount: number | null };
  /**
   * Labels of the assessment windows that were breached, when the period holds several windows
   * (a quarterly report of monthly targets); status and severity then come from those windows,
   * while value, margin and budget are the whole period's. Empty otherwise.
   */
  breachedWindows: string[];
}

export interface BreachReport {
  target: string;
  severity: BreachSeverity;
  value: number;
  objective: number;
  /** Human-readable causes: outage causes, breached ticket ids with their clocks. */
  causes: string[];
}

export interface OutageItem {
  id: string | null;
  service: string;
  start: string;
  end: string | null;
  /** Seconds of downtime inside service time. */
  duration: number;
  planned: boolean;
  cause: string | null;
}

export interface TicketItem {
  id: string;
  target: string;
  priority: string | null;
  opened: string;
  /** Seconds of clock in calendar hours (paused subtracted for resolution). */
  clock: number;
  /**
   * True when the clock ran for more than a year and past its threshold and was not counted
   * further (a "9999-12-31" stop): `clock` is then a lower bound, shown as "≥ …".
   */
  clockCapped: boolean;
  /** Seconds of service time this ticket was allowed (for a business-day threshold, to its own deadline). */
  threshold: number;
  status: "breached" | "pending";
}

export interface TrendPoint {
  period: PeriodRef;
  targets: { name: string; objective: number; value: number | null; status: TargetStatus }[];
}

export interface DataQuality {
  skipped: SkippedRows[];
  /** Seconds of unknown time per target (checks sources). */
  unknownTime: { target: string; seconds: number }[];
  pending: { target: string; count: number }[];
  notes: string[];
}

export interface ReportModel {
  sla: string;
  kind: "SLA" | "OLA" | "UC";
  displayName: string | null;
  customer: string;
  /** The customer Party's displayName, when the repository has one. */
  customerDisplayName: string | null;
  provider: string;
  providerDisplayName: string | null;
  service: string;
  serviceDisplayName: string | null;
  timezone: string;
  period: PeriodRef;
  generatedAt: string;
  asOf: string | null;
  summary: {
    targets: number;
    met: number;
    breached: number;
    noData: number;
    breaches: Record<BreachSeverity, number>;
    /** e.g. "9 of 11 targets met; 2 breaches (1 major); credit EUR 1,200.00". */
    sentence: string;
  };
  targets: TargetReport[];
  breaches: BreachReport[];
  /** Longest outages (with cause), breached tickets by clock, and tickets still pending at as-of. */
  worst: { outages: OutageItem[]; tickets: TicketItem[]; pending: TicketItem[] };
  credits: { percent: number | null; amount: number | null; currency: string | null; capped: boolean };
  trend: TrendPoint[];
  dataQuality: DataQuality;
  inputs: { file: string; sha256: string }[];
}
