import { compareStrings } from "../core/compare.js";
import type { Model, Window } from "../core/model.js";
import type { TermsInForce, TermsSource } from "../model/terms-in-force.js";
import { generateReportSets, type ReportRequest, type ReportSet } from "../report/generate-reports.js";
import type { ReportModel, TargetReport, TermsReport } from "../report/report-model.js";
import { lastCompletePeriods } from "../time/complete-periods.js";
import type { Period } from "../time/period.js";

/** One side of a replayed window: what its report said under those terms. */
export interface ReplaySide {
  status: TargetReport["status"];
  severity: TargetReport["severity"];
  value: number | null;
  /** The credit of the window (its tier × the fee scaled to it), before the agreement's cap. */
  credit: { percent: number | null; amount: number | null; currency: string | null };
  /** Fraction of the error budget used (1.5 = 150%). */
  budgetConsumed: number | null;
  terms: TermsReport;
}

export type ReplayField = "status" | "severity" | "credit" | "budget";

/** One SLA target's window that the head terms judge differently from the base terms. */
export interface ReplayChange {
  sla: string;
  target: string;
  /** The assessment window: `2024-07`, `2024-Q3`, `2024`. */
  window: string;
  /** null: the target is not judged in that window under these terms (added or removed). */
  base: ReplaySide | null;
  head: ReplaySide | null;
  changed: ReplayField[];
}

export interface ReplayResult {
  /** N of `--replay N`. */
  periods: number;
  /** Periods that had ended by this instant were replayed. */
  asOf: string;
  /** The periods replayed, per kind of assessment window the SLA targets have. */
  windows: { window: Window; labels: string[] }[];
  /** Where each side's terms came from. */
  terms: { base: TermsSource; head: TermsSource };
  /** SLA target windows compared; `changes` lists those that differ. */
  compared: number;
  changes: ReplayChange[];
}

export interface ReplayRequest extends Omit<ReportRequest, "period" | "terms" | "trend" | "kind"> {
  base: { model: Model; terms: TermsInForce };
  head: { model: Model; terms: TermsInForce };
  periods: number;
  /** Local "today": the periods that ended before it are complete. */
  today: number;
  asOfText: string;
}

/**
 * `slm diff --replay N` (SPEC §16): the last N complete periods of each kind of assessment window
 * the SLAs' targets have (months for monthly targets, quarters for quarterly ones, years for
 * yearly ones), reported under the base terms and under the head terms from the same data, and
 * what changes per SLA target window: status, severity, credit, budget consumed. Every report of
 * both sides is planned on one engine, so each export is read once.
 */
export async function replay(request: ReplayRequest): Promise<ReplayResult> {
  const kinds = windowKinds([request.base.model, request.head.model]);
  const windows = kinds.map((window) => ({
    window,
    periods: lastCompletePeriods(window, request.today, request.periods),
  }));
  const sets: (ReportSet & { window: Window })[] = [];
  for (const { window, periods } of windows) {
    for (const period of periods) {
      for (const side of [request.base, request.head])
        sets.push({ period, terms: side.terms, model: side.model, window });
    }
  }
  const reports = await generateReportSets({ ...request, trend: 0, kind: "sla" }, sets);
  const changes: ReplayChange[] = [];
  let compared = 0;
  for (let i = 0; i < sets.length; i += 2) {
    const window = sets[i]!.window;
    const rows = pairRows(reports[i]!, reports[i + 1]!, window, sets[i]!.period);
    compared += rows.length;
    for (const row of rows) if (row.changed.length > 0) changes.push(row);
  }
  changes.sort(
    (a, b) =>
      compareStrings(a.sla, b.sla) ||
      compareStrings(a.target, b.target) ||
      compareStrings(a.window, b.window),
  );
  return {
    periods: request.periods,
    asOf: request.asOfText,
    windows: windows.map(({ window, periods }) => ({ window, labels: periods.map((p) => p.label) })),
    terms: { base: request.base.terms.source, head: request.head.terms.source },
    compared,
    changes,
  };
}

function windowKinds(models: readonly Model[]): Window[] {
  const kinds = new Set<Window>();
  for (const model of models) {
    for (const a of model.agreements) if (a.kind === "SLA") for (const t of a.targets) kinds.add(t.window);
  }
  return (["month", "quarter", "year"] as const).filter((w) => kinds.has(w));
}

/** The targets judged per `window` in one period's reports of both sides, paired by SLA and target name. */
function pairRows(
  base: readonly ReportModel[],
  head: readonly ReportModel[],
  window: Window,
  period: Period,
): ReplayChange[] {
  const sides = (reports: readonly ReportModel[]) => {
    const map = new Map<string, { report: ReportModel; target: TargetReport }>();
    for (const report of reports) {
      for (const target of report.targets) {
        if (target.window === window) map.set(`${report.sla}\u0000${target.name}`, { report, target });
      }
    }
    return map;
  };
  const before = sides(base);
  const after = sides(head);
  return [...new Set([...before.keys(), ...after.keys()])].map((key) => {
    const [sla, target] = key.split("\u0000") as [string, string];
    const x = before.get(key);
    const y = after.get(key);
    const b = x ? side(x.report, x.target) : null;
    const h = y ? side(y.report, y.target) : null;
    return { sla, target, window: period.label, base: b, head: h, changed: differences(b, h) };
  });
}

function side(report: ReportModel, t: TargetReport): ReplaySide {
  return {
    status: t.status,
    severity: t.severity,
    value: t.value,
    credit: { percent: t.credit.percent, amount: t.credit.amount, currency: report.credits.currency },
    budgetConsumed: t.budget.consumed,
    terms: t.terms,
  };
}

function differences(b: ReplaySide | null, h: ReplaySide | null): ReplayField[] {
  // Judged under one side's terms only (a target added or removed): everything changes.
  if (b === null && h === null) return [];
  if (b === null || h === null) return ["status", "severity", "credit", "budget"];
  const out: ReplayField[] = [];
  if (b.status !== h.status) out.push("status");
  if (b.severity !== h.severity) out.push("severity");
  if (b.credit.amount !== h.credit.amount || b.credit.percent !== h.credit.percent) out.push("credit");
  if (b.budgetConsumed !== h.budgetConsumed) out.push("budget");
  return out;
}
