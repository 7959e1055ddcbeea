import type { HelperOptions } from "handlebars";
import { DEFAULT_LOCALE, isLocale } from "../../core/locale.js";
import { TIME_METRICS } from "../../core/model.js";
import type { AttributionReport, ReportModel, TargetReport, TrendPoint } from "../../report/report-model.js";
import { type DateStyle, type LocaleText, localeText, type MessageParams } from "../../text/locale-text.js";
import { formatScope } from "../../text/scope-text.js";
import { excuseReason, workloadLine } from "../../text/workload-text.js";
import { attributionChart } from "./attribution-chart.js";
import { budgetChart } from "./budget-chart.js";
import { trendChart } from "./trend-chart.js";

/**
 * The helpers every report template gets (built-in and `--template`), documented in
 * docs/templates.md. Helpers return plain strings or plain objects, never `SafeString`: what they
 * print is escaped like any other `{{value}}`. Words and formats follow the locale of the render
 * (`@locale`); the words are the catalogue's (locales/<code>.json).
 */
type Helper = (...args: unknown[]) => unknown;

/** The noun each metric counts, a catalogue key `unit.<noun>` with a plural `{n}`. */
const UNIT: Record<string, string> = {
  availability: "sample",
  "response-time": "ticket",
  "resolution-time": "ticket",
  "recovery-time": "outage",
  latency: "sample",
  "success-rate": "request",
  satisfaction: "response",
  threshold: "sample",
};

/** A threshold target's op as people write it. */
const OP_SIGNS: Record<string, string> = { "<=": "≤", "<": "<", ">=": "≥", ">": ">" };

/** Time-based metrics: budgets in service time, value a share of it (SPEC §20, §22). */
const TIME_BASED = new Set<string>(TIME_METRICS);

/** Helpers get the Handlebars options object last; these drop it from the positional arguments. */
function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

function hashNumber(options: HelperOptions, key: string): number | undefined {
  const value = options.hash?.[key];
  return typeof value === "number" ? value : undefined;
}

/** The locale's words and formats, passed as render data (`@locale`). */
function textOf(options: HelperOptions | undefined): LocaleText {
  const locale = (options?.data as { locale?: unknown } | undefined)?.locale;
  return localeText(isLocale(locale) ? locale : DEFAULT_LOCALE);
}

/** The SLA's time zone, passed as private render data (the model itself may be Markdown-escaped). */
function timezoneOf(options: HelperOptions): string {
  const zone = (options.data as { slmTimezone?: unknown } | undefined)?.slmTimezone;
  return typeof zone === "string" ? zone : "UTC";
}

/** A label from the catalogue (`status.met`), or the value itself when the catalogue has none. */
function label(text: LocaleText, prefix: string, value: unknown): string {
  const key = `${prefix}.${String(value)}`;
  return text.has(key) ? text.t(key) : String(value ?? "");
}

function unitOf(text: LocaleText, metric: unknown, count: unknown): string {
  const noun = UNIT[String(metric)] ?? "item";
  return text.t(`unit.${noun}`, { n: typeof count === "number" ? count : 0 });
}

/** A count with its noun: "24 tickets", "1.2 tickets", "24 个工单". */
function counted(text: LocaleText, metric: unknown, count: number): string {
  const digits = Number.isInteger(count) ? 0 : 1;
  return text.t("unit.counted", { count: text.number(count, digits), noun: unitOf(text, metric, count) });
}

/** What a target promises, without the objective: "P1 tickets responded to within 15m". */
function commitment(t: TargetReport, text: LocaleText): string {
  const hasThreshold = t.threshold != null || Boolean(t.thresholdText);
  const params: MessageParams = {
    priority: t.priority != null ? text.t("commitment.priority", { priority: String(t.priority) }) : "",
    within: hasThreshold
      ? text.t("commitment.within", { threshold: text.threshold(t.threshold, t.thresholdText) })
      : "",
    metric: String(t.metric),
    // A satisfaction threshold is a score, not a duration (SPEC §15).
    score: t.thresholdText ?? "",
    ...limitParams(t, text),
  };
  const key = `commitment.${t.metric}`;
  return text.t(text.has(key) ? key : "commitment.other", params);
}

/**
 * Which terms judged the report (SPEC §16), in one line: `commit 1a2b3c4, effective 2024-07-01`;
 * several revisions by the day each took effect; or where the text came from without history.
 */
function termsLine(terms: ReportModel["terms"] | undefined, text: LocaleText): string {
  const revisions = Array.isArray(terms?.revisions) ? terms.revisions : [];
  if (revisions.length === 0) return "–";
  const name = (commit: string | null) =>
    commit === null
      ? text.t("report.terms.uncommitted")
      : text.t("report.terms.commit", { id: commit.slice(0, 7) });
  const date = revisions[0]!.effective;
  if (terms?.source === "current") return text.t("report.terms.current", { date });
  if (terms?.source === "work-tree") return text.t("report.terms.workTree", { date });
  if (revisions.length === 1)
    return text.t("report.terms.one", { revision: name(revisions[0]!.commit), date });
  const list = revisions
    .map((r) => text.t("report.terms.from", { revision: name(r.commit), date: r.effective }))
    .join(text.t("report.terms.separator"));
  return text.t("report.terms.several", {
    count: revisions.length,
    list,
    quality: text.t("report.heading.quality"),
  });
}

/**
 * The words of the new SLI menu (SPEC §22): what is fresh ("backups", the events source), its age
 * limit, and a threshold target's test ("headroom ≥ 20 GB").
 */
function limitParams(t: TargetReport, text: LocaleText): MessageParams {
  if (t.metric === "freshness")
    return { subject: t.subject ?? "", threshold: text.threshold(t.threshold, t.thresholdText) };
  if (!t.limit) return {};
  const amount = text.number(t.limit.amount, Number.isInteger(t.limit.amount) ? 0 : 2);
  return {
    field: t.limit.field,
    // The Markdown path hands helpers an escaped model (`\>=`).
    op: OP_SIGNS[t.limit.op.replace(/\\/g, "")] ?? t.limit.op,
    limit: t.limit.unit === null ? amount : t.limit.unit === "%" ? `${amount}%` : `${amount} ${t.limit.unit}`,
  };
}

/** The full commitment: "95% of P1 tickets responded to within 15m". */
function criterion(t: TargetReport, text: LocaleText): string {
  const objective = text.percent(t.objective);
  if (t.metric === "availability") return text.t("criterion.availability", { objective });
  if (t.metric === "freshness" || t.metric === "threshold")
    return text.t(`criterion.${t.metric}`, { objective, ...limitParams(t, text) });
  return text.t("criterion.share", { objective, commitment: commitment(t, text) });
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

/** The hash of `{{t "key" name=value}}` as message parameters: numbers stay numbers (for plurals). */
function messageParams(hash: Record<string, unknown> | undefined): MessageParams {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(hash ?? {})) {
    params[name] =
      typeof value === "number" ? value : value === null || value === undefined ? "" : String(value);
  }
  return params;
}

export function reportHelpers(): Record<string, Helper> {
  return {
    /** A message of the locale's catalogue: `{{t "report.heading.summary"}}`, `{{t "report.inputs" count=3}}`. */
    t: (...args) => {
      const { params, options } = split(args);
      if (typeof params[0] !== "string")
        throw new Error('the t helper needs a message key: {{t "report.title"}}');
      return textOf(options).t(params[0], messageParams(options.hash));
    },
    /**
     * A message cut around one placeholder, so that a template can mark that part up:
     * `{{#with (tParts "key" "value" value=(percent v)) as |s|}}{{s.before}}<strong>{{s.value}}</strong>{{s.after}}{{/with}}`.
     * The catalogue holds whole sentences (the word order is the language's), never markup.
     */
    tParts: (...args) => {
      const { params, options } = split(args);
      const [key, name] = params;
      if (typeof key !== "string" || typeof name !== "string")
        throw new Error(
          'the tParts helper needs a message key and a placeholder name: (tParts "key" "value" value=…)',
        );
      const values = messageParams(options.hash);
      const marker = "\u0000";
      const whole = textOf(options).t(key, { ...values, [name]: marker });
      const at = whole.indexOf(marker);
      if (at < 0) return { before: whole, value: "", after: "" };
      return {
        before: whole.slice(0, at),
        value: values[name] ?? "",
        after: whole.slice(at + marker.length),
      };
    },
    /** The first of its arguments that is neither null nor empty: `(either displayName sla)`. */
    either: (...args) => split(args).params.find((p) => p !== null && p !== undefined && p !== "") ?? "",
    /** The anchor GitHub and GitLab give a Markdown heading: "Report inputs" → "report-inputs", "报告输入" → "报告输入". */
    anchor: (heading) =>
      String(heading ?? "")
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
        .replace(/ /g, "-"),
    percent: (...args) => {
      const { params, options } = split(args);
      return textOf(options).percent(params[0], hashNumber(options, "decimals"));
    },
    points: (...args) => {
      const { params, options } = split(args);
      return textOf(options).points(params[0], hashNumber(options, "decimals"));
    },
    budgetShare: (value, options) => textOf(options as HelperOptions).budgetShare(value),
    duration: (...args) => {
      const { params, options } = split(args);
      return textOf(options).duration(params[0], hashNumber(options, "units"));
    },
    date: (...args) => {
      const { params, options } = split(args);
      const style = (options.hash?.format as DateStyle | undefined) ?? "datetime";
      return textOf(options).date(params[0], timezoneOf(options), style);
    },
    dateRange: (start, end, options) =>
      textOf(options as HelperOptions).dateRange(start, end, timezoneOf(options as HelperOptions)),
    period: (label, options) => textOf(options as HelperOptions).periodLabel(label),
    periodShort: (label, options) => textOf(options as HelperOptions).periodShort(label),
    number: (...args) => {
      const { params, options } = split(args);
      return textOf(options).number(params[0], hashNumber(options, "decimals"));
    },
    currency: (amount, code, options) => textOf(options as HelperOptions).currency(amount, code),

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
    /** Names joined as the language does: "a, b and c", "a, b und c", "a、b和c". */
    list: (items, options) =>
      Array.isArray(items) ? textOf(options as HelperOptions).list(items.map(String)) : "",
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

    /** "Workload: 512 tickets against a limit of 500 — exceeded" for a window of a `workload` entry (SPEC §15). */
    workloadLine: (window, limit, options) => {
      const w = window as { actual: number | null; exceeded: boolean };
      const l = limit as { measure: "tickets" | "requests"; max: number };
      const text = textOf(options as HelperOptions);
      return w.actual === null
        ? text.t("report.workload.noSource")
        : workloadLine({ measure: l.measure, actual: w.actual, max: l.max, exceeded: w.exceeded }, text);
    },
    /** "excused: 512 tickets opened against a workload limit of 500" for an entry of a target's `excused`. */
    excuseReason: (excused, options) => {
      const e = excused as { measure: "tickets" | "requests"; actual: number; max: number };
      return excuseReason(
        { measure: e.measure, actual: e.actual, max: e.max },
        textOf(options as HelperOptions),
      );
    },
    metricLabel: (metric, options) => label(textOf(options as HelperOptions), "metric", metric),
    statusLabel: (status, options) => label(textOf(options as HelperOptions), "status", status),
    creditStatusLabel: (status, options) => label(textOf(options as HelperOptions), "creditStatus", status),
    severityLabel: (severity, options) =>
      severity == null ? "" : label(textOf(options as HelperOptions), "severity", severity),
    /** The severity as a word inside a sentence: "minor", "geringfügig", "轻微". */
    severityWord: (severity, options) =>
      severity == null
        ? ""
        : label(textOf(options as HelperOptions), "severity", `${String(severity)}.lower`),
    unit: (metric, count, options) => unitOf(textOf(options as HelperOptions), metric, count),
    commitment: (target, options) =>
      target ? commitment(target as TargetReport, textOf(options as HelperOptions)) : "",
    /** A target's scope in words (SPEC §13): "customer acme, site hamburg or berlin". */
    scopeText: (scope, options) => formatScope(scope, textOf(options as HelperOptions)),
    criterion: (target, options) =>
      target ? criterion(target as TargetReport, textOf(options as HelperOptions)) : "",
    /** Which terms judged the report (SPEC §16), in one line. */
    termsLine: (terms, options) =>
      termsLine(terms as ReportModel["terms"] | undefined, textOf(options as HelperOptions)),
    /** Error budget allowed: downtime for availability, a number of items otherwise. */
    budgetAllowed: (target, options) => {
      const t = target as TargetReport;
      const text = textOf(options as HelperOptions);
      if (t.budget.allowed === null) return "–";
      if (TIME_BASED.has(t.metric)) return text.duration(t.budget.allowed);
      return counted(text, t.metric, t.budget.allowed);
    },
    /** What was measured: service time for availability, a count of items otherwise. */
    measured: (target, options) => {
      const t = target as TargetReport;
      const text = textOf(options as HelperOptions);
      if (TIME_BASED.has(t.metric) && t.serviceTime !== null)
        return text.t("report.targets.serviceTime", { duration: text.duration(t.serviceTime) });
      if (t.count === null) return "–";
      return counted(text, t.metric, t.count);
    },

    /**
     * The trend followed by the reported period itself (when the trend does not already end with
     * it), so charts and tables show the month being reported next to the months before it.
     */
    trendSeries: (model) => trendSeries(model as ReportModel),
    /** The trend points measured on a small part of their period: `{ target, period, measured }`. */
    trendPartials: (series) => trendPartials(series as TrendPoint[]),
    trendChart: (trend, name, options) =>
      trendChart(trend as TrendPoint[], String(name), textOf(options as HelperOptions)),
    budgetChart: (targets, options) =>
      budgetChart(targets as TargetReport[], textOf(options as HelperOptions)),
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
    attributionChart: (attribution, options) =>
      attributionChart(attribution as AttributionReport | null, textOf(options as HelperOptions)),
  };
}
