import type { Agreement, Model, Target } from "../core/model.js";
import { CALENDAR_24X7 } from "../core/model.js";
import { formatPercentage, PPB, percentageFromPpb } from "../core/values/percentage.js";
import { utcToWall } from "../core/values/timezone.js";
import type { MeasurementEngine, Span, TargetMeasurement } from "../measure/engine.js";
import type { MeasuredOutage, MeasuredTicket } from "../measure/measurement.js";
import { type Period, periodInstants } from "../time/period.js";
import { type TargetSpans, targetSpans } from "../time/target-spans.js";
import { type Assessment, assess } from "../verdict/assessment.js";
import { formatMoney, percentOfCents, windowFeeCents } from "../verdict/money.js";
import type {
  BreachReport,
  DataQuality,
  OutageItem,
  ReportModel,
  TargetReport,
  TicketItem,
  TrendPoint,
} from "./report-model.js";
import { summarySentence } from "./summary-sentence.js";

const WORST_OUTAGES = 5;
const WORST_TICKETS = 10;

export interface ReportContext {
  model: Model;
  engine: MeasurementEngine;
  period: Period;
  trend: number;
  generatedAt: Date;
  /** SHA-256 of the agreement files, by repository-relative path. */
  fileHashes: ReadonlyMap<string, string>;
}

/** The time zone of an agreement's reports: its calendar's, else UTC (SPEC §6). */
export function agreementZone(ctx: { engine: MeasurementEngine }, agreement: Agreement): string {
  return ctx.engine.calendar(agreement.calendar).timezone;
}

/** Registers everything an agreement's report will measure, before the sources are read. */
export function planReport(ctx: ReportContext, agreement: Agreement): void {
  const zone = agreementZone(ctx, agreement);
  for (const target of agreement.targets) {
    const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
    ctx.engine.plan(agreement, target, [
      spans.figures,
      ...spans.windows,
      ...spans.trend.flatMap((t) => [t.span, ...t.windows]),
    ]);
  }
}

interface Evaluated {
  target: Target;
  spans: TargetSpans;
  m: TargetMeasurement;
  a: Assessment;
  /** Per assessment window: its judgement and credit in cents (before the cap), with the window's fee. */
  windows: {
    label: string;
    judged: Assessment;
    feeCents: number | null;
    creditCents: number | null;
    creditPpb: number;
  }[];
}

export function buildReport(ctx: ReportContext, agreement: Agreement): ReportModel {
  const zone = agreementZone(ctx, agreement);
  const evaluated = agreement.targets.map((target) => evaluate(ctx, agreement, target, zone));
  const targets = evaluated.map((e) => targetReport(agreement, e));
  const credits = totalCredits(agreement, evaluated);
  const breaches = evaluated.filter((e) => e.a.status === "breached").map((e) => breachReport(e, zone));
  const count = (s: string) => targets.filter((t) => t.status === s).length;
  const bySeverity = { minor: 0, major: 0, critical: 0 };
  for (const b of breaches) bySeverity[b.severity]++;
  const creditText =
    credits.amount !== null && credits.amount > 0 && credits.currency
      ? formatMoney(Math.round(credits.amount * 100), credits.currency)
      : null;
  const instants = periodInstants(ctx.period, zone);
  const asOfs = evaluated.map((e) => e.m.asOf).filter((t): t is number => t !== null);
  const service = ctx.model.services.get(agreement.service);
  return {
    sla: agreement.metadata.name,
    kind: agreement.kind,
    displayName: agreement.metadata.displayName ?? null,
    customer: agreement.customer,
    customerDisplayName: ctx.model.parties.get(agreement.customer)?.metadata.displayName ?? null,
    provider: agreement.provider,
    providerDisplayName: ctx.model.parties.get(agreement.provider)?.metadata.displayName ?? null,
    service: agreement.service,
    serviceDisplayName: service?.metadata.displayName ?? null,
    timezone: zone,
    period: { label: ctx.period.label, start: iso(instants.start), end: iso(instants.end) },
    generatedAt: ctx.generatedAt.toISOString(),
    asOf: asOfs.length > 0 ? iso(Math.max(...asOfs)) : null,
    summary: {
      targets: targets.length,
      met: count("met"),
      breached: count("breached"),
      noData: count("no-data"),
      breaches: bySeverity,
      sentence: summarySentence({
        targets: targets.length,
        met: count("met"),
        noData: count("no-data"),
        breaches: bySeverity,
        credit: creditText,
      }),
    },
    targets,
    breaches,
    worst: worstItems(evaluated),
    credits,
    trend: trendPoints(ctx, agreement, evaluated),
    dataQuality: dataQuality(ctx, evaluated),
    inputs: inputs(ctx, agreement, evaluated),
  };
}

function evaluate(ctx: ReportContext, agreement: Agreement, target: Target, zone: string): Evaluated {
  const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
  const m = ctx.engine.measure(agreement, target, spans.figures);
  const a = assess(m, target.objective, agreement.severity, target.credits);
  const windows = spans.windows.map((w) => {
    const judged =
      spans.windows.length === 1
        ? a
        : assess(
            ctx.engine.measure(agreement, target, w),
            target.objective,
            agreement.severity,
            target.credits,
          );
    const feeCents = agreement.fee ? windowFeeCents(agreement.fee, w.months) : null;
    const creditPpb = judged.credit?.credit.ppb ?? 0;
    return {
      label: w.label,
      judged,
      feeCents,
      creditPpb,
      creditCents: feeCents === null ? null : percentOfCents(percentageFromPpb(creditPpb), feeCents),
    };
  });
  return {
    target,
    spans,
    m,
    a:
      windows.length > 1
        ? judgedOverWindows(
            a,
            windows.map((w) => w.judged),
          )
        : a,
    windows,
  };
}

const SEVERITY_ORDER = ["minor", "major", "critical"] as const;
const MONTH_MS = 31 * 86_400_000;

/**
 * A period holding several assessment windows (a quarter of monthly targets) is judged window by
 * window, as the agreement commits (SPEC §6): breached when any window is, with the worst
 * severity; met when every window with data is met. Value, margin and budget stay the period's.
 */
function judgedOverWindows(period: Assessment, judged: readonly Assessment[]): Assessment {
  const breached = judged.filter((j) => j.status === "breached");
  if (breached.length === 0) {
    return judged.some((j) => j.status === "met") ? { ...period, status: "met", severity: null } : period;
  }
  const worst = Math.max(...breached.map((j) => SEVERITY_ORDER.indexOf(j.severity!)));
  return { ...period, status: "breached", severity: SEVERITY_ORDER[worst]! };
}

function targetReport(agreement: Agreement, e: Evaluated): TargetReport {
  const { target, m, a } = e;
  const time = m.unit === "time";
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  const creditCents = e.windows.some((w) => w.creditCents !== null)
    ? e.windows.reduce((sum, w) => sum + (w.creditCents ?? 0), 0)
    : null;
  const creditPpb = e.windows.reduce((max, w) => Math.max(max, w.creditPpb), 0);
  const breachedWindows =
    e.windows.length > 1 ? e.windows.filter((w) => w.judged.status === "breached").map((w) => w.label) : [];
  return {
    name: target.name,
    metric: target.metric,
    priority: target.priority ?? null,
    threshold: target.threshold === undefined ? null : target.threshold / 1000,
    calendar: target.calendar,
    window: target.window,
    objective: target.objective.fraction,
    value: a.value,
    status: a.status,
    severity: a.severity,
    margin: a.margin,
    serviceTime: time ? seconds(m.serviceTimeMs) : null,
    downtime: time ? seconds(m.downtimeMs) : null,
    unknownTime: time ? seconds(m.unknownMs) : null,
    count: time ? (m.serviceTimeMs === null ? null : m.outages.length) : m.total,
    good: time ? null : m.good,
    pending: m.pending,
    budget: {
      allowed: a.budgetAllowed === null ? null : time ? a.budgetAllowed / 1000 : a.budgetAllowed,
      consumed: a.budgetConsumed,
    },
    credit: {
      percent: target.credits.length === 0 || a.status === "no-data" ? null : creditPpb / PPB,
      amount: agreement.fee && target.credits.length > 0 && creditCents !== null ? creditCents / 100 : null,
    },
    breachedWindows,
  };
}

/** Per window label, the sum of the targets' credits, capped at creditCap × the window's fee. */
function totalCredits(agreement: Agreement, evaluated: Evaluated[]): ReportModel["credits"] {
  const anyTiers = evaluated.some((e) => e.target.credits.length > 0);
  if (!anyTiers)
    return { percent: null, amount: null, currency: agreement.fee?.currency ?? null, capped: false };
  const windows = new Map<string, { feeCents: number | null; cents: number; ppb: number }>();
  for (const e of evaluated) {
    for (const w of e.windows) {
      const entry = windows.get(w.label) ?? { feeCents: w.feeCents, cents: 0, ppb: 0 };
      entry.cents += w.creditCents ?? 0;
      entry.ppb += w.creditPpb;
      windows.set(w.label, entry);
    }
  }
  let capped = false;
  let cents = 0;
  let fee = 0;
  let ppb = 0;
  for (const w of windows.values()) {
    const capPpb = Math.min(w.ppb, agreement.creditCap.ppb);
    if (w.ppb > agreement.creditCap.ppb) capped = true;
    ppb += capPpb;
    if (w.feeCents !== null) {
      const cap = percentOfCents(agreement.creditCap, w.feeCents);
      cents += Math.min(w.cents, cap);
      fee += w.feeCents;
    }
  }
  if (!agreement.fee) {
    return { percent: windows.size === 1 ? ppb / PPB : null, amount: null, currency: null, capped };
  }
  return {
    percent: fee > 0 ? cents / fee : 0,
    amount: cents / 100,
    currency: agreement.fee.currency,
    capped,
  };
}

function breachReport(e: Evaluated, zone: string): BreachReport {
  const causes: string[] = [];
  if (e.windows.length > 1) {
    for (const w of e.windows) {
      if (w.judged.status !== "breached") continue;
      // Truncated to three decimals of a percent, so a breach never displays as its objective.
      // (1e-9 absorbs binary fractions just below a decimal one: 29/100 must not show as 28.999%.)
      const value = percentageFromPpb(Math.floor(w.judged.value! * 100_000 + 1e-9) * 10_000);
      causes.push(
        `${w.label}: ${formatPercentage(value)} < ${formatPercentage(e.target.objective)} (${w.judged.severity})`,
      );
    }
  }
  if (e.target.metric === "availability" || e.target.metric === "recovery-time") {
    // A recovery breach is caused only by the outages whose clock passed the threshold.
    const over = (o: MeasuredOutage) =>
      e.target.metric !== "recovery-time" || o.durationMs > e.target.threshold!;
    for (const o of e.m.outages.filter(over).sort(byDuration).slice(0, WORST_OUTAGES)) {
      causes.push(
        `${o.cause ?? "outage"} from ${localTime(o.start, zone)}: ${clock(o.durationMs)}${o.id ? ` (${o.id})` : ""}`,
      );
    }
  }
  for (const t of breachedTickets(e.m.tickets).slice(0, WORST_TICKETS)) {
    causes.push(
      `${t.id}${t.priority ? ` (${t.priority})` : ""}: ${clock(t.clockMs)} > ${clock(t.thresholdMs)}`,
    );
  }
  return {
    target: e.target.name,
    severity: e.a.severity!,
    value: e.a.value!,
    objective: e.target.objective.fraction,
    causes,
  };
}

function worstItems(evaluated: Evaluated[]): ReportModel["worst"] {
  const outages = new Map<string, OutageItem>();
  for (const e of evaluated) {
    if (e.target.metric !== "availability") continue;
    for (const o of e.m.outages) {
      const key = `${o.service}|${o.start}|${o.id}`;
      const item = outageItem(o);
      const seen = outages.get(key);
      if (!seen || seen.duration < item.duration) outages.set(key, item);
    }
  }
  const tickets: TicketItem[] = [];
  for (const e of evaluated) {
    for (const t of breachedTickets(e.m.tickets)) tickets.push(ticketItem(e.target.name, t));
  }
  const pending: TicketItem[] = [];
  for (const e of evaluated) {
    for (const t of e.m.tickets)
      if (t.status === "pending") pending.push({ ...ticketItem(e.target.name, t), status: "pending" });
  }
  pending.sort(
    (a, b) => b.clock - a.clock || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.target < b.target ? -1 : 1),
  );
  tickets.sort(
    (a, b) => b.clock - a.clock || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.target < b.target ? -1 : 1),
  );
  return {
    outages: [...outages.values()]
      .sort((a, b) => b.duration - a.duration || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
      .slice(0, WORST_OUTAGES),
    tickets: tickets.slice(0, WORST_TICKETS),
    pending: pending.slice(0, WORST_TICKETS),
  };
}

function trendPoints(ctx: ReportContext, agreement: Agreement, evaluated: Evaluated[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let i = 0; i < ctx.trend; i++) {
    let any = false;
    const targets = evaluated.map((e) => {
      const t = e.spans.trend[i]!;
      const judge = (span: Span) =>
        assess(ctx.engine.measure(agreement, e.target, span), e.target.objective, agreement.severity, []);
      // Judged like the report row: window by window when the period holds several.
      const whole = judge(t.span);
      const a = t.windows.length > 1 ? judgedOverWindows(whole, t.windows.map(judge)) : whole;
      if (a.status !== "no-data") any = true;
      return {
        name: e.target.name,
        objective: e.target.objective.fraction,
        value: a.value,
        status: a.status,
      };
    });
    if (!any || evaluated.length === 0) continue;
    const span = evaluated[0]!.spans.trend[i]!;
    const instants = periodInstants(span.period, agreementZone(ctx, agreement));
    points.push({
      period: { label: span.period.label, start: iso(instants.start), end: iso(instants.end) },
      targets,
    });
  }
  return points;
}

function dataQuality(ctx: ReportContext, evaluated: Evaluated[]): DataQuality {
  const sources = [
    ...new Set(evaluated.map((e) => e.m.source).filter((s): s is string => s !== null)),
  ].sort();
  const notes: string[] = [];
  const skipped = sources.flatMap((name) => ctx.engine.sourceData(name)?.skipped ?? []);
  const periodEnd = periodInstants(ctx.period, ctx.engine.calendar(CALENDAR_24X7).timezone).end;
  for (const name of sources) {
    const data = ctx.engine.sourceData(name);
    if (!data) continue;
    notes.push(...data.notes);
    // Outage logs and ticket exports cannot tell "nothing happened" from "not exported yet": a
    // period reaching a month or more past the newest record is probably not covered by the data.
    if (
      (data.type === "outages" || data.type === "tickets") &&
      data.latest !== null &&
      data.latest < periodEnd - MONTH_MS
    ) {
      notes.push(
        `${name}: the newest record is from ${iso(data.latest).slice(0, 10)}, more than a month before the period ends; time after it is counted as if nothing happened`,
      );
    }
    if (data.duplicates > 0)
      notes.push(`${name}: ${data.duplicates} rows replaced by a row with the same id (dedupe)`);
  }
  for (const e of evaluated) {
    if (e.m.problem) notes.push(`${e.target.name}: ${e.m.problem}`);
    const open = e.m.outages.filter((o) => o.end === null).length;
    if (open > 0 && e.target.metric === "availability") {
      notes.push(
        `${e.target.name}: ${open} outage${open === 1 ? "" : "s"} without an end counted as still down (until the as-of time, else the generation time)`,
      );
    }
    if (
      e.spans.windows.length === 1 &&
      e.spans.windows[0]!.label !== ctx.period.label &&
      e.target.window !== "month"
    ) {
      notes.push(
        `${e.target.name}: assessed over the ${e.target.window} ${e.spans.windows[0]!.label} up to the end of the period`,
      );
    }
  }
  return {
    skipped,
    unknownTime: evaluated
      .filter((e) => e.m.unknownMs !== null && e.m.unknownMs > 0)
      .map((e) => ({ target: e.target.name, seconds: e.m.unknownMs! / 1000 })),
    pending: evaluated
      .filter((e) => (e.m.pending ?? 0) > 0)
      .map((e) => ({ target: e.target.name, count: e.m.pending! })),
    notes,
  };
}

function inputs(ctx: ReportContext, agreement: Agreement, evaluated: Evaluated[]): ReportModel["inputs"] {
  const files = new Map<string, string>();
  const add = (file: string | undefined) => {
    if (file !== undefined) files.set(file, ctx.fileHashes.get(file) ?? "");
  };
  add(agreement.origin.file);
  add(ctx.model.services.get(agreement.service)?.origin.file);
  for (const name of new Set([agreement.calendar, ...agreement.targets.map((t) => t.calendar)])) {
    if (name !== CALENDAR_24X7 || ctx.model.calendars.has(name))
      add(ctx.model.calendars.get(name)?.origin.file);
  }
  for (const e of evaluated) {
    if (e.m.source === null) continue;
    add(ctx.model.dataSources.get(e.m.source)?.origin.file);
    for (const f of ctx.engine.sourceData(e.m.source)?.files ?? []) files.set(f.file, f.sha256);
  }
  return [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, sha256]) => ({ file, sha256 }));
}

function breachedTickets(tickets: MeasuredTicket[]): MeasuredTicket[] {
  return tickets
    .filter((t) => t.status === "breached")
    .sort((a, b) => b.clockMs - a.clockMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function outageItem(o: MeasuredOutage): OutageItem {
  return {
    id: o.id,
    service: o.service,
    start: iso(o.start),
    end: o.end === null ? null : iso(o.end),
    duration: o.durationMs / 1000,
    planned: o.planned,
    cause: o.cause,
  };
}

function ticketItem(target: string, t: MeasuredTicket): TicketItem {
  return {
    id: t.id,
    target,
    priority: t.priority,
    opened: iso(t.opened),
    clock: t.clockMs / 1000,
    threshold: t.thresholdMs / 1000,
    status: "breached",
  };
}

function byDuration(a: MeasuredOutage, b: MeasuredOutage): number {
  return b.durationMs - a.durationMs || a.start - b.start;
}

/** Causes are read by the customer: instants in the SLA's own zone, e.g. "2024-05-12 02:00 CEST". */
function localTime(ms: number, zone: string): string {
  const wall = new Date(utcToWall(zone, ms)).toISOString().slice(0, 16).replace("T", " ");
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" })
    .formatToParts(new Date(ms))
    .find((p) => p.type === "timeZoneName")?.value;
  return name ? `${wall} ${name}` : wall;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Clock for causes: 1h 30m, 45m, 2d 3h. */
function clock(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.round(ms / 1000)}s`;
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  // Spaced like the templates' `duration` helper ("4h 30m"), so one report reads one way.
  return [d ? `${d}d` : "", h ? `${h}h` : "", m ? `${m}m` : ""].filter(Boolean).join(" ") || "0m";
}
