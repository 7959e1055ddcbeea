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

/** One review, term or notice date on the calendar (and in the .ics feed). */
/** The site's calendar shows agreements' dates; Improvement actions are the report's and `review`'s. */
export interface CalendarEntry {
  kind: AgreementKind;
  name: string;
  event: Exclude<ReviewEvent, "action-overdue">;
  /** YYYY-MM-DD: an all-day date. */
  date: string;
  days: number;
  /** What the event is about, worded at render time in the site's language. */
  detail: CalendarDetail;
  /** Stable across runs: the same event gets the same UID in every feed. */
  uid: string;
  page: string | null;
}

export type CalendarDetail =
  | { kind: "review"; every: string; last: string | null; termStart: string }
  | { kind: "term"; autoRenew: boolean }
  | { kind: "notice"; termEnd: string; noticePeriod: string };

/** What a page of the site shows; `path` is where it is written under the output folder. */
export type SitePage =
  | { path: string; kind: "portfolio" | "graph" | "kpis" | "calendar" | "ics" | "nojekyll"; site: SiteModel }
  | { path: string; kind: "agreement"; site: SiteModel; entry: AgreementEntry }
  | { path: string; kind: "report"; format: "md" | "html" | "json"; report: ReportModel; locale: Locale };

export type { TargetStatus };
