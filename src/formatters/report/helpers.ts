import type { HelperOptions } from "handlebars";
import type {
  AttributionReport,
  ReportModel,
  TargetReport,
  TrendPoint,
} from "../../report/report-model.js";
import {
  type DateStyle,
  formatBudgetShare,
  formatCurrency,
  formatDate,
  formatDateRange,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPeriodLabel,
  formatPeriodShort,
  formatPoints,
  formatThreshold,
} from "../../text/format-values.js";
import { formatScope } from "../../text/scope-text.js";
import { attributionChart } from "./attribution-chart.js";
import { budgetChart } from "./budget-chart.js";
import { trendChart } from "./trend-chart.js";

/**
 * The helpers every report template gets (built-in and `--template`), documented in
 * docs/templates.md. Helpers return plain strings or plain objects, never `SafeString`: what they
 * print is escaped like any other `{{value}}`.
 */
type Helper = (...args: unknown[]) => unknown;

const METRICS: Record<string, { label: string; unit: [string, string] }> = {
  availability: { label: "Availability", unit: ["sample", "samples"] },
  "response-time": { label: "Response time", unit: ["ticket", "tickets"] },
  "resolution-time": { label: "Resolution time", unit: ["ticket", "tickets"] },
  "recovery-time": { label: "Recovery time", unit: ["outage", "outages"] },
  latency: { label: "Latency", unit: ["sample", "samples"] },
  "success-rate": { label: "Success rate", unit: ["request", "requests"] },
};

const STATUS: Record<string, string> = { met: "Met", breached: "Breached", "no-data": "No data" };
const CREDIT_STATUS: Record<string, string> = {
  due: "due",
  accruing: "accruing (window still running)",
  none: "none",
};
const SEVERITY: Record<string, string> = { minor: "Minor", major: "Major", critical: "Critical" };

/** Helpers get the Handlebars options object last; these drop it from the positional arguments. */
function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

function hashNumber(options: HelperOptions, key: string): number | undefined {
  const value = options.hash?.[key];
  return typeof value === "number" ? value : undefined;
}

function unitOf(metric: unknown, count: unknown): string {
  const unit = METRICS[String(metric)]?.unit ?? ["item", "items"];
  return count === 1 ? unit[0] : unit[1];
}

/** What a target promises, without the objective: "P1 tickets responded to within 15m". */
function commitment(t: TargetReport): string {
  const priority = t.priority != null ? `${t.priority} ` : "";
  const within =
    t.threshold != null || t.thresholdText ? ` within ${formatThreshold(t.threshold, t.thresholdText)}` : "";
  switch (t.metric) {
    case "availability":
      return "service available in service hours";
    case "response-time":
      return `${priority}tickets responded to${within}`;
    case "resolution-time":
      return `${priority}tickets resolved${within}`;
    case "recovery-time":
      return `unplanned outages restored${within}`;
    case "latency":
      return `samples answered${within}`;
    case "success-rate":
      return "requests successful";
    default:
      return `${t.metric}${within}`;
  }
}

/** The full commitment: "95% of P1 tickets responded to within 15m". */
function criterion(t: TargetReport): string {
  const text = commitment(t);
  return t.metric === "availability"
    ? `${formatPercent(t.objective)} availability in service hours`
    : `${formatPercent(t.objective)} of ${text}`;
}

function trendSeries(model: ReportModel): TrendPoint[] {
  const trend = Array.isArray(model?.trend) ? model.trend : [];
  if (trend.length > 0 && trend[trend.length - 1]!.period.label === model.period.label) return trend;
  const current: TrendPoint = {
    period: model.period,
    targets: model.targets.map((t) => ({
      name: t.name,
      objective: t.objective,
      value: t.value,
      status: t.status,
      provisional: t.provisional,
      partial: false,
      measured: null,
    })),
  };
  return [...trend, current];
}

function trendPartials(
  series: readonly TrendPoint[],
): { target: string; period: string; measured: number }[] {
  const out: { target: string; period: string; measured: number }[] = [];
  for (const point of Array.isArray(series) ? series : []) {
    for (const t of point.targets) {
      if (t.partial && t.measured !== null)
        out.push({ target: t.name, period: point.period.label, measured: t.measured });
    }
  }
  return out;
}

/** The SLA's time zone, passed as private render data (the model itself may be Markdown-escaped). */
function timezoneOf(options: HelperOptions): string {
  const zone = (options.data as { slmTimezone?: unknown } | undefined)?.slmTimezone;
  return typeof zone === "string" ? zone : "UTC";
}

export function reportHelpers(): Record<string, Helper> {
  return {
    percent: (...args) => {
      const { params, options } = split(args);
      return formatPercent(params[0], hashNumber(options, "decimals"));
    },
    points: (...args) => {
      const { params, options } = split(args);
      return formatPoints(params[0], hashNumber(options, "decimals"));
    },
    budgetShare: (value) => formatBudgetShare(value),
    duration: (...args) => {
      const { params, options } = split(args);
      return formatDuration(params[0], hashNumber(options, "units"));
    },
    date: (...args) => {
      const { params, options } = split(args);
      const style = (options.hash?.format as DateStyle | undefined) ?? "datetime";
      return formatDate(params[0], timezoneOf(options), style);
    },
    dateRange: (start, end, options) => formatDateRange(start, end, timezoneOf(options as HelperOptions)),
    period: (label) => formatPeriodLabel(label),
    periodShort: (label) => formatPeriodShort(label),
    number: (...args) => {
      const { params, options } = split(args);
      return formatNumber(params[0], hashNumber(options, "decimals"));
    },
    currency: (amount, code) => formatCurrency(amount, code),

    eq: (a, b) => a === b,
    ne: (a, b) => a !== b,
    lt: (a, b) => (a as number) < (b as number),
    gt: (a, b) => (a as number) > (b as number),
    and: (...args) => split(args).params.every(Boolean),
    or: (...args) => split(args).params.some(Boolean),
    not: (a) => !a,
    isEmpty: (a) => a === null || a === undefined || (Array.isArray(a) && a.length === 0),
    minus: (a, b) => (typeof a === "number" && typeof b === "number" ? a - b : null),
    inc: (n) => (typeof n === "number" ? n + 1 : n),
    join: (list, separator) =>
      Array.isArray(list) ? list.join(typeof separator === "string" ? separator : ", ") : "",
    plural: (count, singular, pluralForm) => (count === 1 ? singular : pluralForm),
    concat: (...args) =>
      split(args)
        .params.map((p) => String(p ?? ""))
        .join(""),
    /** The entry named `name` in a list of objects with a `name` (a trend period's targets). */
    findByName: (list, name) =>
      Array.isArray(list) ? (list.find((item) => (item as { name?: unknown }).name === name) ?? null) : null,
    /** The items of `list` whose `key` equals `value`: `(where worst.tickets "status" "pending")`. */
    where: (list, key, value) =>
      Array.isArray(list)
        ? list.filter(
            (item) =>
              Object.hasOwn(item as object, String(key)) &&
              (item as Record<string, unknown>)[String(key)] === value,
          )
        : [],

    metricLabel: (metric) => METRICS[String(metric)]?.label ?? String(metric),
    statusLabel: (status) => STATUS[String(status)] ?? String(status),
    creditStatusLabel: (status) => CREDIT_STATUS[String(status)] ?? String(status),
    severityLabel: (severity) => SEVERITY[String(severity)] ?? String(severity ?? ""),
    unit: (metric, count) => unitOf(metric, count),
    commitment: (target) => (target ? commitment(target as TargetReport) : ""),
    scopeText: (scope) => formatScope(scope),
    criterion: (target) => (target ? criterion(target as TargetReport) : ""),
    /** Error budget allowed: downtime for availability, a number of items otherwise. */
    budgetAllowed: (target) => {
      const t = target as TargetReport;
      if (t.budget.allowed === null) return "–";
      if (t.metric === "availability") return formatDuration(t.budget.allowed);
      const digits = Number.isInteger(t.budget.allowed) ? 0 : 1;
      return `${formatNumber(t.budget.allowed, digits)} ${unitOf(t.metric, t.budget.allowed)}`;
    },
    /** What was measured: service time for availability, a count of items otherwise. */
    measured: (target) => {
      const t = target as TargetReport;
      if (t.metric === "availability" && t.serviceTime !== null)
        return `${formatDuration(t.serviceTime)} service time`;
      if (t.count === null) return "–";
      return `${formatNumber(t.count)} ${unitOf(t.metric, t.count)}`;
    },

    /**
     * The trend followed by the reported period itself (when the trend does not already end with
     * it), so charts and tables show the month being reported next to the months before it.
     */
    trendSeries: (model) => trendSeries(model as ReportModel),
    /** The trend points measured on a small part of their period: `{ target, period, measured }`. */
    trendPartials: (series) => trendPartials(series as TrendPoint[]),
    trendChart: (trend, name) => trendChart(trend as TrendPoint[], String(name)),
    budgetChart: (targets) => budgetChart(targets as TargetReport[]),
    /** The availability targets whose downtime is attributed to causes (SPEC §17). */
    attributedTargets: (targets) =>
      Array.isArray(targets)
        ? (targets as TargetReport[]).filter((t) => (t.attribution?.components.length ?? 0) > 0)
        : [],
    /** The breached tickets that carry supporting OLA/UC clocks (SPEC §17). */
    withSupportingClocks: (tickets) =>
      Array.isArray(tickets)
        ? tickets.filter((t) => Array.isArray(t?.supporting) && t.supporting.length > 0)
        : [],
    attributionChart: (attribution) => attributionChart(attribution as AttributionReport | null),
  };
}
