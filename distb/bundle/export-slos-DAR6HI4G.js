import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  ANNOTATION,
  CSV_SOURCE_TYPE,
  OPENSLO_API_VERSION,
  serviceHoursOf
} from "./chunk-Y7ADX6LH.js";
import {
  sourceForTarget
} from "./chunk-WALSUJ65.js";
import {
  agreementZone
} from "./chunk-WWBM2P7X.js";
import {
  durationSyntax
} from "./chunk-OTE4TAJD.js";
import {
  PPB,
  formatPercentage
} from "./chunk-PWKK3NVO.js";
import "./chunk-GBT7NRET.js";
import "./chunk-VYAAX46D.js";
import {
  THRESHOLD_METRICS
} from "./chunk-ADLZAIGX.js";
import "./chunk-KBDRPUOI.js";

// dist/openslo/names.js
import { createHash } from "node:crypto";
var MAX_NAME_RUNES = 63;
function dnsLabel(name) {
  if (name.length <= MAX_NAME_RUNES)
    return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, 54).replace(/-+$/, "")}-${hash}`;
}
function fitDisplayName(...candidates) {
  for (const c of candidates)
    if ([...c].length <= MAX_NAME_RUNES)
      return c;
  const last = [...candidates[candidates.length - 1]];
  return `${last.slice(0, MAX_NAME_RUNES - 1).join("")}\u2026`;
}
function openSloTimeZone(zone) {
  const canonical = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  return canonical === "UTC" ? "Etc/UTC" : canonical;
}

// dist/openslo/export-slos.js
function exportOpenSlo(model, agreements) {
  const slos = agreements.flatMap((a) => a.targets.map((t) => targetToSlo(model, a, t)));
  const used = new Set(slos.flatMap((s) => s.source ? [s.source] : []));
  const sources = [...model.dataSources.values()].filter((s) => used.has(s.metadata.name)).sort((a, b) => a.metadata.name < b.metadata.name ? -1 : 1).map(dataSourceDocument);
  return [...sources, ...slos.map((s) => s.document)];
}
var HIGHEST_TARGET = 0.999999;
var WINDOW_DURATION = { month: "1M", quarter: "1Q", year: "1Y" };
var OPENSLO_OPS = { "<=": "lte", "<": "lt", ">=": "gte", ">": "gt" };
function targetToSlo(model, agreement, target) {
  const zone = agreementZone(model, agreement);
  const source = sourceForTarget(model, agreement, target).source;
  const timeBased = target.metric === "availability" && source?.type !== "metrics" || target.metric === "freshness";
  const objective = {
    displayName: `${target.name} \u2265 ${formatPercentage(target.objective)}`,
    target: target.objective.ppb >= PPB ? HIGHEST_TARGET : target.objective.fraction
  };
  if (target.compare) {
    objective.op = OPENSLO_OPS[target.compare.op];
    objective.value = target.compare.limit / target.compare.columnFactor;
  } else if (target.threshold !== void 0 && THRESHOLD_METRICS.includes(target.metric)) {
    objective.op = "lte";
    objective.value = target.metric === "latency" ? target.threshold : target.threshold / 1e3;
  } else if (target.businessDays !== void 0) {
    objective.op = "lte";
    objective.value = target.businessDays;
  }
  if (timeBased) {
    objective.timeSliceTarget = 1;
    objective.timeSliceWindow = "1m";
  }
  const labels = {
    "slm-kind": [agreement.kind.toLowerCase()],
    "slm-agreement": [agreement.metadata.name],
    customer: [agreement.customer],
    provider: [agreement.provider]
  };
  if (target.priority)
    labels.priority = [String(target.priority)];
  const display = agreement.metadata.displayName ?? agreement.metadata.name;
  const document = {
    apiVersion: OPENSLO_API_VERSION,
    kind: "SLO",
    metadata: {
      name: dnsLabel(`${agreement.metadata.name}-${target.name}`),
      displayName: fitDisplayName(`${agreement.kind} ${display} \u2014 ${target.name}`, `${agreement.kind} ${agreement.metadata.name} \u2014 ${target.name}`),
      labels,
      annotations: annotations(model, agreement, target, zone)
    },
    spec: {
      description: describe(agreement, target),
      service: agreement.service,
      indicator: {
        metadata: { name: dnsLabel(`${agreement.metadata.name}-${target.name}-sli`) },
        spec: indicatorSpec(agreement, target, source)
      },
      timeWindow: [
        {
          duration: WINDOW_DURATION[target.window],
          isRolling: false,
          calendar: { startTime: `${agreement.term.start.text} 00:00:00`, timeZone: openSloTimeZone(zone) }
        }
      ],
      budgetingMethod: timeBased ? "Timeslices" : "Occurrences",
      objectives: [objective]
    }
  };
  return { document, source: source?.metadata.name };
}
function annotations(model, agreement, target, zone) {
  const out = {
    [ANNOTATION.agreement]: `${agreement.kind}/${agreement.metadata.name}`,
    [ANNOTATION.target]: target.name,
    [ANNOTATION.metric]: target.metric,
    [ANNOTATION.objective]: formatPercentage(target.objective),
    [ANNOTATION.window]: target.window,
    [ANNOTATION.serviceHours]: JSON.stringify(serviceHoursOf(model.calendars.get(target.calendar), target.calendar, zone))
  };
  if (target.compare) {
    out[ANNOTATION.field] = target.compare.field;
    out[ANNOTATION.limit] = `${target.compare.op} ${target.compare.limitText}`;
    if (target.compare.unit !== void 0)
      out[ANNOTATION.unit] = target.compare.unit;
  }
  if (target.thresholdText !== void 0)
    out[ANNOTATION.threshold] = target.thresholdText;
  else if (target.businessDays !== void 0)
    out[ANNOTATION.threshold] = `${target.businessDays}bd`;
  else if (target.threshold !== void 0)
    out[ANNOTATION.threshold] = formatThreshold(target);
  if (target.exclusions.length > 0)
    out[ANNOTATION.exclusions] = target.exclusions.join(",");
  return out;
}
function formatThreshold(target) {
  const ms = target.threshold;
  return target.metric === "latency" && ms < 1e3 ? `${ms}ms` : durationSyntax(ms);
}
function indicatorSpec(agreement, target, source) {
  const metricSource = (field) => ({
    metricSource: {
      ...source ? { metricSourceRef: source.metadata.name } : {},
      type: CSV_SOURCE_TYPE,
      spec: {
        ...source ? { dataSource: source.metadata.name } : {},
        service: agreement.service,
        metric: target.metric,
        field,
        ...target.priority ? { priority: String(target.priority) } : {}
      }
    }
  });
  if (target.score !== void 0)
    return {
      ratioMetric: {
        counter: false,
        good: metricSource(`responses with score >= ${target.score}`),
        total: metricSource("responses")
      }
    };
  if (target.compare) {
    const unit = target.compare.unit ?? target.compare.limitUnit ?? "the column's unit";
    return { thresholdMetric: metricSource(`${target.compare.field} in ${unit}`) };
  }
  if (target.metric === "freshness")
    return { thresholdMetric: metricSource("age of the latest counting event in seconds") };
  if (target.threshold !== void 0 || target.businessDays !== void 0) {
    const unit = target.businessDays !== void 0 ? "business days" : target.metric === "latency" ? "milliseconds" : "seconds";
    return { thresholdMetric: metricSource(`${target.metric} in ${unit}`) };
  }
  return { ratioMetric: { counter: false, good: metricSource("good"), total: metricSource("total") } };
}
function dataSourceDocument(source) {
  const connection = {
    ...source.path ? { path: source.path } : {},
    delimiter: source.delimiter,
    timezone: source.timezone,
    ...source.timestampFormat ? { timestampFormat: source.timestampFormat } : {},
    ...source.service ? { service: source.service } : {},
    ...source.missing.length === 1 && source.missing[0] === "" ? {} : { missing: source.missing },
    ...source.dedupe === "none" ? {} : { dedupe: source.dedupe },
    ...source.maxGap !== void 0 ? { maxGap: durationSyntax(source.maxGap) } : {},
    columns: source.columns,
    // A field set for every row (a capacity export's `status: up`) is part of how to read it.
    ...Object.keys(source.constants).length > 0 ? { constants: source.constants } : {},
    ...Object.keys(source.values).length > 0 ? { values: source.values } : {}
  };
  return {
    apiVersion: OPENSLO_API_VERSION,
    kind: "DataSource",
    metadata: {
      name: dnsLabel(source.metadata.name),
      ...source.metadata.displayName ? { displayName: fitDisplayName(source.metadata.displayName) } : {},
      annotations: { [ANNOTATION.sourceType]: source.type }
    },
    spec: {
      description: `slm ${source.type} export (CSV)`,
      type: CSV_SOURCE_TYPE,
      connectionDetails: connection
    }
  };
}
function describe(agreement, target) {
  const parts = [
    `${agreement.kind} ${agreement.metadata.displayName ?? agreement.metadata.name} (${agreement.provider} \u2192 ${agreement.customer})`
  ];
  parts.push(`target ${target.name}: ${target.metric}`);
  if (target.priority)
    parts.push(`priority ${target.priority}`);
  parts.push(`calendar ${target.calendar}`);
  return parts.join(", ").slice(0, 1050);
}
export {
  HIGHEST_TARGET,
  exportOpenSlo
};
