/**
 * The report model: what `slm report --format json` writes and what the Markdown/HTML templates
 * (and a user's `--template`) receive. Stable, documented in docs/report-model.md (SPEC §9):
 * fractions are numbers 0–1, durations are seconds, instants are ISO 8601 UTC strings, and a
 * field that does not apply is null.
 */
import type { SkippedRows } from "../sources/skip-tally.js";
import type { BreachFact } from "../text/breach-facts.js";
import type { NoteFact } from "../text/note-facts.js";

export type { BreachFact, NoteFact, SkippedRows };
/** `excused`: the target's workload limit was exceeded (SPEC §15): neither met nor breached, no credit. */
export type TargetStatus = "met" | "breached" | "no-data" | "excused";
export type CreditStatus = "due" | "accruing" | "none";
export type BreachSeverity = "minor" | "major" | "critical";

export interface PeriodRef {
  /** "2024-05", "2024-Q2", "2024" or "2024-05-01..2024-05-15". */
  label: string;
  /** Inclusive start instant (ISO 8601 UTC). */
  start: string;
  /** Exclusive end instant (ISO 8601 UTC). */
  end: string;
}

/** A revision of an agreement (SPEC §16): the commit (null: the work tree, not committed) and the day it takes effect. */
export interface TermsReport {
  commit: string | null;
  /** YYYY-MM-DD. */
  effective: string;
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
  /**
   * Whose rows count (SPEC §13): per dimension, the accepted values — the agreement's `scope` keys
   * the target's source maps, narrowed by the target's `where`. Null: measured for the whole service.
   */
  scope: Record<string, string[]> | null;
  objective: number;
  value: number | null;
  status: TargetStatus;
  severity: BreachSeverity | null;
  /** value − objective (fraction); null for no data. */
  margin: number | null;
  /**
   * The assessment window is still running at the period's end (a quarterly target in an April
   * report): value and status are so far, and the credit is not due yet (SPEC §14).
   */
  provisional: boolean;
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
  /**
   * What falls due in this report (`due`: the windows that ended in the period), else what is
   * accruing in the window still running; `none` when no credit is earned.
   */
  credit: CreditReport;
  /**
   * Labels of the assessment windows that were breached, when the period holds several windows
   * (a quarterly report of monthly targets); status and severity then come from those windows,
   * while value, margin and budget are the whole period's. Empty otherwise.
   */
  breachedWindows: string[];
  /** Every assessment window the target is judged over in this report, in order. */
  windows: WindowReport[];
  /** The revision of the agreement the row (its last window) was judged under; each window names its own. */
  terms: TermsReport;
  /**
   * Availability measured from outages or checks: the downtime by the services whose outages
   * caused it (SPEC §17); null for other metrics, for metrics sources and without data.
   */
  attribution: AttributionReport | null;
  /** The agreement's workload limit the target is bound to (SPEC §15), or null. */
  workload: string | null;
  /** The assessment windows excused because that limit was exceeded, one entry each; empty otherwise. */
  excused: ExcuseReport[];
  /** Threshold targets only (SPEC §22): the field each sample is compared with, how, and the limit. */
  limit?: LimitReport;
  /** Freshness targets only (SPEC §22): what is fresh or stale, the events DataSource's name. */
  subject?: string;
}

/**
 * Why an assessment window is excused (SPEC §15): the workload window that exceeded the limit
 * (the first, when several inside the assessment window did), its demand and the limit.
 */
export interface ExcuseReport {
  /** The assessment window excused. */
  window: string;
  workload: string;
  measure: "tickets" | "requests";
  /** The workload window that was exceeded ("2024-05"), and its demand against the limit. */
  workloadWindow: string;
  actual: number;
  max: number;
  /** In English words, e.g. "excused: 512 tickets opened against a workload limit of 500". */
  reason: string;
}

/** A workload characteristic of the agreement (SPEC §15) and its demand per window of the period. */
export interface WorkloadReport {
  name: string;
  measure: "tickets" | "requests";
  priority: string | null;
  max: number;
  per: "month" | "quarter" | "year";
  /** The DataSource counted, null when none could be chosen. */
  source: string | null;
  windows: WorkloadWindowReport[];
}

export interface WorkloadWindowReport {
  label: string;
  start: string;
  /** The window's end, or the period's end while it is still running (ISO 8601 UTC). */
  end: string;
  provisional: boolean;
  /** Tickets opened or requests counted; null without a source to count. */
  actual: number | null;
  /** actual > max: a count equal to the limit is within it. */
  exceeded: boolean;
}

/** A threshold target's test: `field op limit`, the limit in the base unit of its kind. */
export interface LimitReport {
  field: string;
  op: "<=" | "<" | ">=" | ">";
  /** In base units: ms for durations, bytes for sizes, percent, or the plain number. */
  value: number;
  /** The number and unit as written (20 and "GB"; unit null for a plain number). */
  amount: number;
  unit: string | null;
  text: string;
}

/** The period's downtime of an availability target by cause (SPEC §17). */
export interface AttributionReport {
  /** Seconds of downtime attributed: the target's downtime. */
  downtime: number;
  /** Per service whose outages took the service down, most downtime first. */
  components: AttributedComponent[];
  /** Stretches during which several of `components` were down together, each listed once (seconds). */
  shared: { services: string[]; duration: number }[];
}

export interface AttributedComponent {
  /** The service the outages were recorded against (the agreement's own service, or a component). */
  service: string;
  displayName: string | null;
  /** Seconds of the target's downtime during which this service's outages were down. */
  downtime: number;
  /** Seconds of it when no other listed service was down (Σ alone + Σ shared = the downtime). */
  alone: number;
  /** Seconds of it shared with other services (`downtime − alone`, listed once in `shared`). */
  shared: number;
  /** The OLA/UC targets that answer for it (`<kind>/<agreement>/<target>`); empty: none underpins it. */
  accountable: string[];
}

/** A supporting OLA/UC ticket target's clock, run on a breached ticket of the SLA target (SPEC §17). */
export interface SupportingClock {
  /** `<kind>/<agreement>/<target>`. */
  ref: string;
  metric: string;
  /** Seconds in the supporting target's service hours. */
  clock: number;
  threshold: number;
  status: "met" | "breached" | "pending";
}

export interface CreditReport {
  /** The credit tier reached (fraction of the window's fee), 0 when none; null without tiers or data. */
  percent: number | null;
  /** In the fee's currency, before the agreement's cap; null without a fee or tiers. */
  amount: number | null;
  status: CreditStatus;
}

/** One assessment window of a target (SPEC §14). */
export interface WindowReport {
  /** "2024-05", "2024-Q2", "2024". */
  label: string;
  /** The window's start, and its end or the period's end while it is still running (ISO 8601 UTC). */
  start: string;
  end: string;
  provisional: boolean;
  value: number | null;
  status: TargetStatus;
  severity: BreachSeverity | null;
  credit: CreditReport;
  /** The revision of the agreement in force at the window's start. */
  terms: TermsReport;
  /** Why the window is excused (`status: "excused"`), else null. */
  excused: ExcuseReport | null;
}

export interface BreachReport {
  target: string;
  severity: BreachSeverity;
  value: number;
  objective: number;
  /** The window is still running: breached so far. */
  provisional: boolean;
  /** The causes in English words (`causeFacts`, worded): outage causes, breached ticket ids with their clocks. */
  causes: string[];
  /**
   * The causes as data, one per entry of `causes`: Markdown and HTML word them in the report's
   * language (docs/report-model.md lists the kinds).
   */
  causeFacts: BreachFact[];
}

export interface OutageItem {
  id: string | null;
  service: string;
  start: string;
  end: string | null;
  /** Seconds of downtime inside service time. */
  duration: number;
  /** Seconds of it when no other outage of the list was down: its own contribution. */
  own: number;
  /** Seconds of it shared with other outages (listed once in `worst.overlaps`). */
  shared: number;
  planned: boolean;
  cause: string | null;
}

/** Downtime during which several outages were down at once, counted once. */
export interface OverlapItem {
  /** The outages down together: their ids, else their start instants. */
  outages: string[];
  /** Seconds inside service time. */
  duration: number;
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
  /** Seconds of paused service time subtracted from a resolution clock (SPEC §23); null for response clocks. */
  paused: number | null;
  status: "breached" | "pending";
  /** Breached tickets of an SLA target with supporting OLA/UC ticket targets: each one's clock on this ticket; else empty. */
  supporting: SupportingClock[];
}

/** An assessment window that ended in the report's period and earned a credit (SPEC §14, §17). */
export interface DueWindow {
  label: string;
  start: string;
  end: string;
  /** The window's last day in the agreement's zone (`YYYY-MM-DD`): claim deadlines count from it. */
  lastDay: string;
  /** Its credits after the per-window cap, in the fee's currency; null without a fee. */
  amount: number | null;
}

export interface TrendPoint {
  period: PeriodRef;
  targets: TrendTarget[];
}

export interface TrendTarget {
  name: string;
  objective: number;
  value: number | null;
  status: TargetStatus;
  /** The target's window was still running at the end of that period. */
  provisional: boolean;
  /** Measured on less than 90% of the period's service time (a term starting late, unknown time). */
  partial: boolean;
  /** The share of the period's service time the value was measured on; null without data. */
  measured: number | null;
}

export interface DataQuality {
  skipped: SkippedRows[];
  /** Seconds of unknown time per target (checks sources). */
  unknownTime: { target: string; seconds: number }[];
  pending: { target: string; count: number }[];
  /**
   * Per tickets source, the tickets whose resolution clocks had paused time subtracted and the
   * paused service time in total (SPEC §23), over the report's resolution-time targets (a ticket
   * measured by two of them counts in each); sources without paused tickets are left out.
   */
  paused: PausedTickets[];
  /** The notes in English words (`noteFacts`, worded). */
  notes: string[];
  /** The notes as data, one per entry of `notes`, worded by Markdown and HTML in the report's language. */
  noteFacts: NoteFact[];
}

export interface PausedTickets {
  source: string;
  tickets: number;
  /** Seconds of paused service time. */
  seconds: number;
  targets: { target: string; tickets: number; seconds: number }[];
}

/** An Improvement of the register as a report shows it (SPEC §15). */
export interface ImprovementItem {
  name: string;
  status: "open" | "in-progress" | "done" | "cancelled";
  /** Normalised period label, null when the Improvement names none. */
  period: string | null;
  raised: string;
  cause: string | null;
  owner: string | null;
  /** Its actions, and how many of them are done. */
  actions: number;
  actionsDone: number;
}

export interface OverdueAction {
  text: string;
  owner: string | null;
  due: string;
  /** Days past due at `improvement.asOf` (positive). */
  daysOverdue: number;
}

/** The report's "Service improvement" section (SPEC §15). */
export interface ImprovementSection {
  /** The day overdue actions are judged on: `--as-of`, else the generation day (UTC), YYYY-MM-DD. */
  asOf: string;
  /** Every breach of the report (as in `breaches`), with the Improvements that address it; empty: none recorded. */
  breaches: { target: string; provisional: boolean; improvements: ImprovementItem[] }[];
  /** The agreement's open Improvements that have overdue actions, with those actions. */
  overdue: (ImprovementItem & { overdueActions: OverdueAction[] })[];
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
  /** The Service's `tier` (SPEC §3: shown in reports and KPIs), or null. */
  serviceTier: string | null;
  timezone: string;
  period: PeriodRef;
  generatedAt: string;
  asOf: string | null;
  summary: {
    targets: number;
    met: number;
    breached: number;
    noData: number;
    /** Targets excused by an exceeded workload limit (SPEC §15): neither met nor breached. */
    excused: number;
    /** Targets whose window is still running: counted here, not as met, breached or without data. */
    provisional: number;
    breaches: Record<BreachSeverity, number>;
    /**
     * e.g. "9 of 11 targets met; 2 breaches (1 major); credit EUR 1,200.00": English, whatever the
     * locale; Markdown and HTML write it from the counts above in the report's language.
     */
    sentence: string;
  };
  targets: TargetReport[];
  breaches: BreachReport[];
  /** Longest outages (with cause), breached tickets by clock, and tickets still pending at as-of. */
  worst: { outages: OutageItem[]; overlaps: OverlapItem[]; tickets: TicketItem[]; pending: TicketItem[] };
  credits: {
    /** `amount` ÷ the fee for the report's period (the fee scaled to the period's months). */
    percent: number | null;
    /** Σ credits due in this report (windows that ended in the period), after the per-window cap. */
    amount: number | null;
    currency: string | null;
    capped: boolean;
    /** Σ credits of windows still running, after the cap: not due, not in `amount`. */
    accruing: number | null;
    /** `payable` to the customer (SLA), `claimable` from the supplier (UC), null (OLA). */
    direction: "payable" | "claimable" | null;
    /** The windows whose credits fall due in this report, each after the cap (what `slm credits` lists). */
    windows: DueWindow[];
  };
  trend: TrendPoint[];
  /**
   * Where the terms came from (`git`: the revisions in force per window; `work-tree`: no git
   * history; `current`: `--terms current`) and every revision the report's windows were judged
   * under, by effective date: more than one means the period was judged under several (SPEC §16).
   */
  terms: { source: "git" | "work-tree" | "current"; revisions: TermsReport[] };
  dataQuality: DataQuality;
  improvement: ImprovementSection;
  /** The agreement's workload characteristics against their limits (SPEC §15); empty without any. */
  workload: WorkloadReport[];
  inputs: { file: string; sha256: string }[];
}
