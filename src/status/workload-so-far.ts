import type { Agreement, Target, WorkloadLimit } from "../core/model.js";
import type { MeasurementEngine } from "../measure/engine.js";
import { englishText } from "../text/locale-text.js";
import { excuseReason } from "../text/workload-text.js";
import type { Span } from "../time/span.js";
import { localDayOf, type WindowSoFar } from "../time/window-so-far.js";
import { workloadWindowsWithin } from "../time/workload-windows.js";
import type { StatusExcuse } from "./status-model.js";

/**
 * The workload windows that can excuse a target's window so far (SPEC §15, §20): those of its
 * limit overlapping the window, counted up to the as-of instant. Registered on the engine; the
 * returned function says, after the sources are read, whether one of them was already exceeded.
 */
export function planWorkloadSoFar(
  engine: MeasurementEngine,
  agreement: Agreement,
  target: Target,
  window: WindowSoFar,
  asOf: number,
  zone: string,
): () => StatusExcuse | null {
  const limit: WorkloadLimit | undefined =
    target.workload === undefined ? undefined : agreement.workload.find((w) => w.name === target.workload);
  if (!limit) return () => null;
  const spans: Span[] = workloadWindowsWithin(
    localDayOf(window.whole.start, zone),
    localDayOf(asOf, zone) + 1,
    limit.per,
    zone,
  ).map((w) => ({ start: w.start, end: Math.min(w.end, asOf) }));
  engine.planWorkload(agreement, limit, spans);
  return () => {
    for (const span of spans) {
      const { actual } = engine.workload(agreement, limit, span);
      if (actual === null || actual <= limit.max) continue;
      return {
        workload: limit.name,
        measure: limit.measure,
        actual,
        max: limit.max,
        reason: excuseReason({ measure: limit.measure, actual, max: limit.max }, englishText()),
      };
    }
    return null;
  };
}
