import type { Agreement, DataSource, Model, Target } from "../core/model.js";
import { THRESHOLD_METRICS } from "../core/model.js";
import { durationSyntax } from "../core/values/duration.js";
import { formatPercentage, PPB } from "../core/values/percentage.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { agreementZone } from "../time/agreement-zone.js";
import { ANNOTATION, CSV_SOURCE_TYPE, OPENSLO_API_VERSION, type OpenSloDocument } from "./document.js";
import { dnsLabel, fitDisplayName, openSloTimeZone } from "./names.js";
import { serviceHoursOf } from "./service-hours.js";

/**
 * Each SLA/OLA/UC target as an OpenSLO v1 `SLO` (a calendar-aligned window starting at the term
 * start, in the agreement's zone), preceded by one OpenSLO `DataSource` per slm DataSource the
 * targets are measured from. Decisions (docs/openslo.md):
 * - budgeting: time-based availability (outages, checks) is `Timeslices` of one minute, a minute
 *   good only when fully up; counted metrics and request-based availability (metrics) are
 *   `Occurrences`. (`RatioTimeslices` would match exactly, but the v1 schema does not know it.)
 * - a 100% objective is written `target: 0.999999` (OpenSLO targets are below 1), the exact
 *   objective in `slm.dev/objective`;
 * - service hours, threshold, window and identity in `slm.dev/…` annotations;
 * - the metric source refers to the DataSource document (`metricSourceRef`), type `CSV`.
 */
export function exportOpenSlo(model: Model, agreements: readonly Agreement[]): OpenSloDocument[] {
  const slos = agreements.flatMap((a) => a.targets.map((t) => targetToSlo(model, a, t)));
  const used = new Set(slos.flatMap((s) => (s.source ? [s.source] : [])));
  const sources = [...model.dataSources.values()]
    .filter((s) => used.has(s.metadata.name))
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))
    .map(dataSourceDocument);
  return [...sources, ...slos.map((s) => s.document)];
}

/** The largest objective OpenSLO can hold with six decimals: targets must stay below 1. */
export const HIGHEST_TARGET = 0.999999;
const WINDOW_DURATION = { month: "1M", quarter: "1Q", year: "1Y" } as const;
const OPENSLO_OPS = { "<=": "lte", "<": "lt", ">=": "gte", ">": "gt" } as const;

function targetToSlo(
  model: Model,
  agreement: Agreement,
  target: Target,
): { document: OpenSloDocument; source?: string } {
  // The window is the agreement's month, in the agreement's zone (as `slm report` measures it),
  // even for a target on the built-in 24x7 calendar.
  const zone = agreementZone(model, agreement);
  const source = sourceForTarget(model, agreement, target).source;
  // Freshness is a share of service time like availability from outages or checks (SPEC §22).
  const timeBased =
    (target.metric === "availability" && source?.type !== "metrics") || target.metric === "freshness";
  const objective: Record<string, unknown> = {
    displayName: `${target.name} ≥ ${formatPercentage(target.objective)}`,
    target: target.objective.ppb >= PPB ? HIGHEST_TARGET : target.objective.fraction,
  };
  if (target.compare) {
    // A threshold target: the share of samples whose value meets the limit, in the column's unit.
    objective.op = OPENSLO_OPS[target.compare.op];
    objective.value = target.compare.limit / target.compare.columnFactor;
  } else if (target.threshold !== undefined && THRESHOLD_METRICS.includes(target.metric)) {
    objective.op = "lte";
    // OpenSLO thresholds are unitless: latency in milliseconds, clocks in seconds (named in the indicator).
    objective.value = target.metric === "latency" ? target.threshold : target.threshold / 1000;
  } else if (target.businessDays !== undefined) {
    // A business-day threshold is not a fixed number of seconds: it is exported in business days.
    objective.op = "lte";
    objective.value = target.businessDays;
  }
  if (timeBased) {
    objective.timeSliceTarget = 1;
    objective.timeSliceWindow = "1m";
  }
  const labels: Record<string, string[]> = {
    "slm-kind": [agreement.kind.toLowerCase()],
    "slm-agreement": [agreement.metadata.name],
    customer: [agreement.customer],
    provider: [agreement.provider],
  };
  if (target.priority) labels.priority = [String(target.priority)];
  const display = agreement.metadata.displayName ?? agreement.metadata.name;
  const document: OpenSloDocument = {
    apiVersion: OPENSLO_API_VERSION,
    kind: "SLO",
    metadata: {
      name: dnsLabel(`${agreement.metadata.name}-${target.name}`),
      displayName: fitDisplayName(
        `${agreement.kind} ${display} — ${target.name}`,
        `${agreement.kind} ${agreement.metadata.name} — ${target.name}`,
      ),
      labels,
      annotations: annotations(model, agreement, target, zone),
    },
    spec: {
      description: describe(agreement, target),
      service: agreement.service,
      indicator: {
        metadata: { name: dnsLabel(`${agreement.metadata.name}-${target.name}-sli`) },
        spec: indicatorSpec(agreement, target, source),
      },
      timeWindow: [
        {
          duration: WINDOW_DURATION[target.window],
          isRolling: false,
          calendar: { startTime: `${agreement.term.start.text} 00:00:00`, timeZone: openSloTimeZone(zone) },
        },
      ],
      budgetingMethod: timeBased ? "Timeslices" : "Occurrences",
      objectives: [objective],
    },
  };
  return { document, source: source?.metadata.name };
}

function annotations(
  model: Model,
  agreement: Agreement,
  target: Target,
  zone: string,
): Record<string, string> {
  const out: Record<string, string> = {
    [ANNOTATION.agreement]: `${agreement.kind}/${agreement.metadata.name}`,
    [ANNOTATION.target]: target.name,
    [ANNOTATION.metric]: target.metric,
    [ANNOTATION.objective]: formatPercentage(target.objective),
    [ANNOTATION.window]: target.window,
    [ANNOTATION.serviceHours]: JSON.stringify(
      serviceHoursOf(model.calendars.get(target.calendar), target.calendar, zone),
    ),
  };
  // As written (`40h`, `2bd`), else in slm's own units.
  if (target.compare) {
    out[ANNOTATION.field] = target.compare.field;
    out[ANNOTATION.limit] = `${target.compare.op} ${target.compare.limitText}`;
    if (target.compare.unit !== undefined) out[ANNOTATION.unit] = target.compare.unit;
  }
  if (target.thresholdText !== undefined) out[ANNOTATION.threshold] = target.thresholdText;
  else if (target.businessDays !== undefined) out[ANNOTATION.threshold] = `${target.businessDays}bd`;
  else if (target.threshold !== undefined) out[ANNOTATION.threshold] = formatThreshold(target);
  if (target.exclusions.length > 0) out[ANNOTATION.exclusions] = target.exclusions.join(",");
  return out;
}

/** Latency keeps milliseconds (`500ms`), clocks the largest units (`1h30m`). */
function formatThreshold(target: Target): string {
  const ms = target.threshold!;
  return target.metric === "latency" && ms < 1000 ? `${ms}ms` : durationSyntax(ms);
}

/**
 * The metric source refers to the DataSource document slm wrote for the export it reads; `spec`
 * says which rows and fields count, so a tool (or a person) can build the query for its own store.
 */
function indicatorSpec(agreement: Agreement, target: Target, source: DataSource | undefined) {
  const metricSource = (field: string) => ({
    metricSource: {
      ...(source ? { metricSourceRef: source.metadata.name } : {}),
      type: CSV_SOURCE_TYPE,
      spec: {
        ...(source ? { dataSource: source.metadata.name } : {}),
        service: agreement.service,
        metric: target.metric,
        field,
        ...(target.priority ? { priority: String(target.priority) } : {}),
      },
    },
  });
  // Satisfaction is a ratio of responses (SPEC §15): good = those scoring at least the threshold.
  if (target.score !== undefined)
    return {
      ratioMetric: {
        counter: false,
        good: metricSource(`responses with score >= ${target.score}`),
        total: metricSource("responses"),
      },
    };
  if (target.compare) {
    const unit = target.compare.unit ?? target.compare.limitUnit ?? "the column's unit";
    return { thresholdMetric: metricSource(`${target.compare.field} in ${unit}`) };
  }
  if (target.metric === "freshness")
    return { thresholdMetric: metricSource("age of the latest counting event in seconds") };
  if (target.threshold !== undefined || target.businessDays !== undefined) {
    const unit =
      target.businessDays !== undefined
        ? "business days"
        : target.metric === "latency"
          ? "milliseconds"
          : "seconds";
    return { thresholdMetric: metricSource(`${target.metric} in ${unit}`) };
  }
  return { ratioMetric: { counter: false, good: metricSource("good"), total: metricSource("total") } };
}

/**
 * An slm DataSource as the OpenSLO DataSource its SLIs refer to: `connectionDetails` holds the
 * fields of the slm DataSource's spec that say where the CSV export is and how to read it.
 */
function dataSourceDocument(source: DataSource): OpenSloDocument {
  const connection: Record<string, unknown> = {
    ...(source.path ? { path: source.path } : {}),
    delimiter: source.delimiter,
    timezone: source.timezone,
    ...(source.timestampFormat ? { timestampFormat: source.timestampFormat } : {}),
    ...(source.service ? { service: source.service } : {}),
    ...(source.missing.length === 1 && source.missing[0] === "" ? {} : { missing: source.missing }),
    ...(source.dedupe === "none" ? {} : { dedupe: source.dedupe }),
    ...(source.maxGap !== undefined ? { maxGap: durationSyntax(source.maxGap) } : {}),
    columns: source.columns,
    // A field set for every row (a capacity export's `status: up`) is part of how to read it.
    ...(Object.keys(source.constants).length > 0 ? { constants: source.constants } : {}),
    ...(Object.keys(source.values).length > 0 ? { values: source.values } : {}),
  };
  return {
    apiVersion: OPENSLO_API_VERSION,
    kind: "DataSource",
    metadata: {
      name: dnsLabel(source.metadata.name),
      ...(source.metadata.displayName ? { displayName: fitDisplayName(source.metadata.displayName) } : {}),
      annotations: { [ANNOTATION.sourceType]: source.type },
    },
    spec: {
      description: `slm ${source.type} export (CSV)`,
      type: CSV_SOURCE_TYPE,
      connectionDetails: connection,
    },
  };
}

function describe(agreement: Agreement, target: Target): string {
  const parts = [
    `${agreement.kind} ${agreement.metadata.displayName ?? agreement.metadata.name} (${agreement.provider} → ${agreement.customer})`,
  ];
  parts.push(`target ${target.name}: ${target.metric}`);
  if (target.priority) parts.push(`priority ${target.priority}`);
  parts.push(`calendar ${target.calendar}`);
  return parts.join(", ").slice(0, 1050);
}
