import { compareStrings } from "../core/compare.js";
import type { Agreement, Model } from "../core/model.js";
import { accountableTargets } from "./accountable-targets.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { AttributionReport } from "./report-model.js";

/**
 * The period's downtime of an availability target by cause, each service with the OLA/UC
 * targets that answer for it (SPEC §17). Null where the measurement holds no attribution
 * (other metrics, metrics sources, no data).
 */
export function downtimeAttribution(
  model: Model,
  agreement: Agreement,
  e: EvaluatedTarget,
): AttributionReport | null {
  const found = e.m.attribution;
  if (e.target.metric !== "availability" || !found || e.m.downtimeMs === null) return null;
  const accountable = accountableTargets(model, agreement, e.target);
  return {
    downtime: e.m.downtimeMs / 1000,
    components: found.components
      .map((c) => ({
        service: c.service,
        displayName: model.services.get(c.service)?.metadata.displayName ?? null,
        downtime: c.downtimeMs / 1000,
        alone: c.aloneMs / 1000,
        shared: (c.downtimeMs - c.aloneMs) / 1000,
        accountable: accountable(c.service),
      }))
      .sort((a, b) => b.downtime - a.downtime || compareStrings(a.service, b.service)),
    shared: found.shared.map((s) => ({
      services: [...s.services].sort(compareStrings),
      duration: s.durationMs / 1000,
    })),
  };
}
