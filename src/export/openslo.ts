import { createHash } from "node:crypto";
import type { Agreement, Model, Target } from "../core/model.js";
import { THRESHOLD_METRICS } from "../core/model.js";
import { formatPercentage } from "../core/values/percentage.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { agreementZone } from "../time/agreement-zone.js";

/**
 * Each SLA/OLA/UC target as an OpenSLO v1 `SLO` (calendar-aligned window starting at the term
 * start, in the target calendar's zone; Occurrences budgeting), so that monitoring tools can pick
 * the targets up. The indicator is inline with an `slm` metric source naming the DataSource and
 * metric, since slm measures from exports rather than from a query language.
 */
export interface OpenSloDocument {
  apiVersion: "openslo/v1";
  kind: "SLO";
  metadata: { name: string; displayName: string; labels: Record<string, string[]> };
  spec: Record<string, unknown>;
}

const WINDOW_DURATION = { month: "1M", quarter: "1Q", year: "1Y" } as const;

export function exportOpenSlo(model: Model, agreements: readonly Agreement[]): OpenSloDocument[] {
  return agreements.flatMap((a) => a.targets.map((t) => targetToSlo(model, a, t)));
}

function targetToSlo(model: Model, agreement: Agreement, target: Target): OpenSloDocument {
  // The window is the agreement's month, in the agreement's zone (as `slm report` measures it),
  // even for a target on the built-in 24x7 calendar.
  const timeZone = agreementZone(model, agreement);
  const objective: Record<string, unknown> = {
    displayName: `${target.name} ≥ ${formatPercentage(target.objective)}`,
    target: target.objective.fraction,
  };
  if (target.threshold !== undefined && THRESHOLD_METRICS.includes(target.metric)) {
    objective.op = "lte";
    // OpenSLO thresholds are unitless: latency in milliseconds, clocks in seconds (named in the indicator).
    objective.value = target.metric === "latency" ? target.threshold : target.threshold / 1000;
  } else if (target.businessDays !== undefined) {
    // A business-day threshold is not a fixed number of seconds: it is exported in business days.
    objective.op = "lte";
    objective.value = target.businessDays;
  }
  const labels: Record<string, string[]> = {
    "slm-kind": [agreement.kind.toLowerCase()],
    "slm-agreement": [agreement.metadata.name],
    customer: [agreement.customer],
    provider: [agreement.provider],
  };
  if (target.priority) labels.priority = [target.priority];
  return {
    apiVersion: "openslo/v1",
    kind: "SLO",
    metadata: {
      name: dnsLabel(`${agreement.metadata.name}-${target.name}`),
      displayName: `${agreement.kind} ${agreement.metadata.displayName ?? agreement.metadata.name} — ${target.name}`,
      labels,
    },
    spec: {
      description: describe(agreement, target),
      service: agreement.service,
      indicator: {
        metadata: { name: dnsLabel(`${agreement.metadata.name}-${target.name}-sli`) },
        spec: indicatorSpec(target, sourceForTarget(model, agreement, target).source?.metadata.name),
      },
      timeWindow: [
        {
          duration: WINDOW_DURATION[target.window],
          isRolling: false,
          calendar: { startTime: `${agreement.term.start.text} 00:00:00`, timeZone },
        },
      ],
      budgetingMethod: "Occurrences",
      objectives: [objective],
    },
  };
}

/** The metric source names the DataSource slm would measure the target from, when one resolves. */
function indicatorSpec(target: Target, dataSource: string | undefined): Record<string, unknown> {
  const source = (field: string) => ({
    metricSource: {
      type: "slm",
      spec: {
        ...(dataSource ? { dataSource } : {}),
        metric: target.metric,
        field,
        ...(target.priority ? { priority: target.priority } : {}),
      },
    },
  });
  if (target.threshold !== undefined || target.businessDays !== undefined) {
    const unit =
      target.businessDays !== undefined
        ? "business days"
        : target.metric === "latency"
          ? "milliseconds"
          : "seconds";
    return { thresholdMetric: source(`${target.metric} in ${unit}`) };
  }
  return { ratioMetric: { counter: false, good: source("good"), total: source("total") } };
}

function describe(agreement: Agreement, target: Target): string {
  const parts = [
    `${agreement.kind} ${agreement.metadata.name} (${agreement.provider} → ${agreement.customer})`,
  ];
  parts.push(`target ${target.name}: ${target.metric}`);
  if (target.priority) parts.push(`priority ${target.priority}`);
  parts.push(`calendar ${target.calendar}`);
  return parts.join(", ");
}

/** OpenSLO names are DNS labels (≤ 63 characters); long ones keep a hash suffix to stay unique. */
function dnsLabel(name: string): string {
  if (name.length <= 63) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, 54).replace(/-+$/, "")}-${hash}`;
}
