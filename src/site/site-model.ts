import type { Locale } from "../core/locale.js";
import type { AgreementKind } from "../core/model.js";
import type { Verdict } from "../coverage/coverage-result.js";
import type { ProcessKpis } from "../kpi/process-kpis.js";
import type { ReviewEvent } from "../lifecycle/review-schedule.js";
import type { ReportModel, TargetStatus } from "../report/report-model.js";
import type { GraphLayout } from "./graph-layout.js";

/**
 * What `slm site` publishes (docs/site.md): one static folder of pages, each a file. The site
 * formatter renders each page from this model; paths are relative to the output folder, POSIX.
 */
export interface SiteModel {
  /** The language of the site's pages (each report keeps its own, SPEC §18). */
  locale: Locale;
  period: { label: string };
  generatedAt: string;
  /** The day the review calendar is seen from (YYYY-MM-DD). */
  asOf: string;
  portfolio: PortfolioRow[];
  agreements: AgreementEntry[];
  kpis: ProcessKpis;
  /** SLA targets met and breached per period, oldest first, the report's period last. */
  kpiTrend: TrendShare[];
  graph: GraphLayout;
  calendar: CalendarEntry[];
  /** The improvement register (SPEC §15), in file order; its page is `improvements.html`. */
  improvements: SiteImprovement[];
}

/** An Improvement of the register as the site shows it, with its actions judged on the site's as-of day. */
export interface SiteImprovement {
  name: string;
  /** `improvements.html#<anchor>`: where it is on the Improvements page. */
  anchor: string;
  /** The agreement it is about, and that agreement's page (null when it has none this period). */
  agreement: { kind: AgreementKind; name: string; page: string | null } | null;
  /** The reference as written, when no agreement of the repository matches it. */
  reference: string;
  targets: string[] | null;
  period: string | null;
  raised: string;
  status: "open" | "in-progress" | "done" | "cancelled";
  open: boolean;
  owner: string | null;
  cause: string | null;
  actions: SiteAction[];
}

export interface SiteAction {
  text: string;
  owner: string | null;
  due: string | null;
  done: string | null;
  /** Due before the as-of day, not done, of an open Improvement. */
  overdue: boolean;
}

/** A period's share of targets met: met ÷ (met + breached), null when none was judged. */
export interface TrendShare {
  label: string;
  met: number;
  breached: number;
  share: number | null;
}

/** One SLA on the portfolio page. */
export interface PortfolioRow {
  entry: AgreementEntry;
  /** The worst coverage verdict of its targets; null when coverage has none for it. */
  coverage: Verdict | null;
}

export interface AgreementEntry {
  kind: AgreementKind;
  name: string;
  displayName: string | null;
  /** The page of this agreement. */
  page: string;
  report: ReportModel;
  /** Per target: its coverage verdict (SLA targets only, else null). */
  targetCoverage: Record<string, Verdict | null>;
  /** The share of its targets met per period of the trend, the report's period last. */
  trend: TrendShare[];
  /** The report in every format: md, html, json. */
  reports: { format: "md" | "html" | "json"; path: string }[];
}

/**
 * One date on the calendar (and in the .ics feed): an agreement's review, term end or notice
 * deadline; a UC credit's claim deadline; or the due date of an open Improvement's action not done
 * (`action-overdue` once it has passed, else `action-due` within the calendar's reach).
 */
export interface CalendarEntry {
  kind: AgreementKind | "Improvement";
  name: string;
  event: CalendarEvent;
  /** YYYY-MM-DD: an all-day date. */
  date: string;
  days: number;
  /** What the event is about, worded at render time in the site's language. */
  detail: CalendarDetail;
  /** Stable across runs: the same event gets the same UID in every feed. */
  uid: string;
  page: string | null;
}

export type CalendarEvent = ReviewEvent | "action-due" | "claim-deadline";

export type CalendarDetail =
  | { kind: "review"; every: string; last: string | null; termStart: string }
  | { kind: "action"; text: string; owner: string | null; agreement: string }
  | { kind: "claim"; window: string; claimWithin: string; amount: number; currency: string }
  | { kind: "term"; autoRenew: boolean }
  | { kind: "notice"; termEnd: string; noticePeriod: string };

/** What a page of the site shows; `path` is where it is written under the output folder. */
export type SitePage =
  | {
      path: string;
      kind: "portfolio" | "graph" | "kpis" | "calendar" | "improvements" | "ics" | "nojekyll";
      site: SiteModel;
    }
  | { path: string; kind: "agreement"; site: SiteModel; entry: AgreementEntry }
  | { path: string; kind: "report"; format: "md" | "html" | "json"; report: ReportModel; locale: Locale };

export type { TargetStatus };
