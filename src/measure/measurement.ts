import type { TicketRecord } from "../sources/records.js";

/**
 * What measuring one target over one span yields, before it is judged against the objective.
 * `good`/`total` are milliseconds of service time (availability from outages or checks) or
 * counted items (tickets, outages, samples, requests); total 0 means no data.
 */
export interface Measurement {
  unit: "time" | "count";
  good: number;
  total: number;
  /** Availability from time: ms of service time measured (unknown time excluded), downtime, unknown time. */
  serviceTimeMs: number | null;
  downtimeMs: number | null;
  unknownMs: number | null;
  /** Open tickets (or ongoing outages) within their threshold at the as-of instant. */
  pending: number | null;
  outages: MeasuredOutage[];
  /** Downtime during which several of `outages` were down at once (indices into `outages`), counted once. */
  overlaps: { members: number[]; durationMs: number }[];
  /**
   * The tickets the report can list: from a tickets source, the KEPT_ITEMS breached tickets with
   * the longest clocks and the KEPT_ITEMS longest pending ones (the rest are counted, not kept).
   */
  tickets: MeasuredTicket[];
  /**
   * Resolution clocks: how many of the tickets measured (counted or pending) had paused time
   * subtracted, and how much service time in total; null for other measurements.
   */
  paused: { tickets: number; ms: number } | null;
  /** Availability from outages or checks: which services' outages the downtime was (SPEC §17). */
  attribution: Attribution | null;
}

/**
 * Downtime by cause: per service whose recorded outages took the measured service down, all the
 * downtime it was down in and the part it alone caused; `shared` lists each stretch several
 * caused together once, so Σ aloneMs + Σ shared = the downtime.
 */
export interface Attribution {
  components: { service: string; downtimeMs: number; aloneMs: number }[];
  shared: { services: string[]; durationMs: number }[];
}

/** How many breached and how many pending tickets a measurement keeps to list (the report shows at most this many). */
export const KEPT_ITEMS = 10;

export interface MeasuredOutage {
  id: string | null;
  service: string;
  start: number;
  end: number | null;
  /** ms of downtime inside service time (recovery-time: the outage's clock, and whether it passed its threshold). */
  durationMs: number;
  /** ms of it during which no other of the measured outages was down. */
  ownMs: number;
  /** Recovery time: the outage's clock passed its threshold. */
  overThreshold?: boolean;
  planned: boolean;
  cause: string | null;
}

export interface MeasuredTicket {
  id: string;
  priority: string | null;
  opened: number;
  clockMs: number;
  /** This ticket's threshold in service time (a business-day threshold gives each ticket its own). */
  thresholdMs: number;
  /** Paused service time subtracted from the clock (resolution clocks; null for response clocks). */
  pausedMs: number | null;
  /** The clock ran past a year and its threshold and was not counted further: `clockMs` is a lower bound. */
  capped: boolean;
  status: "met" | "breached" | "pending";
  /** The ticket as read, so a supporting OLA/UC clock can be run on it (SPEC §17); only listed tickets keep it. */
  record?: TicketRecord;
}

export function emptyMeasurement(unit: "time" | "count"): Measurement {
  return {
    unit,
    good: 0,
    total: 0,
    serviceTimeMs: null,
    downtimeMs: null,
    unknownMs: null,
    pending: null,
    outages: [],
    overlaps: [],
    tickets: [],
    paused: null,
    attribution: null,
  };
}

/** A counted measurement (items, requests, responses) of `good` out of `total`. */
export function countedMeasurement(good: number, total: number): Measurement {
  return { ...emptyMeasurement("count"), good, total };
}
