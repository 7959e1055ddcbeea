import type { Locale } from "../core/locale.js";
import type { AgreementKind, ImprovementStatus } from "../core/model.js";
import type { CoverageResult } from "../coverage/coverage-result.js";
import type { ProcessKpis } from "../kpi/process-kpis.js";
import type { ReportModel } from "../report/report-model.js";

/**
 * What `slm audit` writes (docs/audit.md): the evidence of one period an ISO/IEC 20000 auditor asks
 * of service level management, as one folder. Paths are relative to the pack's folder, POSIX.
 */
export interface AuditPack {
  period: string;
  /** The day review dates and Improvement actions are judged on (YYYY-MM-DD). */
  asOf: string;
  /** The instant the reports were generated at (ISO 8601 UTC): recorded, never the wall clock of a rerun. */
  generatedAt: string;
  git: GitState;
  agreements: AgreementInForce[];
  coverage: CoverageResult;
  kpis: ProcessKpis;
  improvements: ImprovementRow[];
  /** Every input the pack was computed from, by repository-relative path (`manifest.json` lists them too). */
  inputs: { file: string; sha256: string }[];
}

/** The commit the repository was at; null outside git. `dirty`: an input differs from that commit (or is not in it). */
export interface GitState {
  commit: string | null;
  dirty: boolean | null;
}

/** An agreement in force during the period, with its review dates and its reports in every format. */
export interface AgreementInForce {
  kind: AgreementKind;
  name: string;
  displayName: string | null;
  service: string;
  customer: string;
  provider: string;
  termStart: string;
  termEnd: string | null;
  /** Null: the agreement has no review cycle. */
  review: { every: string; last: string | null; next: string | null; overdue: boolean } | null;
  summary: ReportModel["summary"];
  reports: { format: ReportFormatName; path: string }[];
  /** Demand against the agreed limits, per window; absent when the agreement declares none (SPEC §15). */
  workload?: WorkloadLimit[];
}

export type ReportFormatName = "html" | "md" | "json";

/**
 * A workload limit of the report model (SPEC §15: `spec.workload`), as the report's JSON holds it.
 * Typed here on its own so the pack renders it whenever reports carry it.
 */
export interface WorkloadLimit {
  name: string;
  measure: string;
  priority?: string | null;
  max: number;
  per: string;
  windows: { start: string; end: string; actual: number; exceeded: boolean }[];
}

/** One Improvement of the register with its state on the as-of day. */
export interface ImprovementRow {
  name: string;
  /** `SLA/acme-email`: the agreement it is about, or the reference as written when none matches. */
  agreement: string;
  targets: string[] | null;
  period: string | null;
  raised: string;
  status: ImprovementStatus;
  owner: string | null;
  cause: string | null;
  actions: number;
  actionsDone: number;
  overdueActions: { text: string; owner: string | null; due: string; daysOverdue: number }[];
}

/** One file of the pack before it is rendered: the index pages, the reports, coverage and KPIs. */
export type AuditPage =
  | { path: string; kind: "index"; format: "html" | "md"; pack: AuditPack }
  | { path: string; kind: "report"; format: ReportFormatName; report: ReportModel; locale: Locale }
  | { path: string; kind: "coverage"; format: "md" | "json"; coverage: CoverageResult }
  | { path: string; kind: "kpis"; format: "md" | "json"; kpis: ProcessKpis };

/** The options a pack was computed with, recorded in the manifest so `--verify` recomputes the same. */
export interface AuditOptions {
  period: string;
  asOf: string;
  /** `--as-of` when it named an instant for the reports' open tickets; null: the reports' default. */
  reportsAsOf: string | null;
  generatedAt: string;
  trend: number;
  terms: "in-force" | "current";
  locale: Locale | null;
  data: string[];
}
