import { WORKLOAD_SOURCE_TYPES, type WorkloadMeasure } from "./model.js";
import type { SourceChoice, SourceShape } from "./source-choice.js";

/**
 * The DataSource a workload limit counts (SPEC §15): the one it names, else the one source of the
 * measure's type (tickets → `tickets`, requests → `metrics`) that serves the agreement's service.
 * A workload limit is about the agreement's demand, not one target's: it does not borrow a
 * target's `source`. Shared by validation and the engine.
 */
export function chooseWorkloadSource<S extends SourceShape>(
  sources: Iterable<S>,
  limit: { measure: WorkloadMeasure; source?: string },
  service: string,
): SourceChoice<S> {
  const type = WORKLOAD_SOURCE_TYPES[limit.measure];
  const all = [...sources];
  if (limit.source !== undefined) {
    const named = all.find((s) => s.name === limit.source);
    if (!named) return { problem: `DataSource ${limit.source} does not exist`, candidates: [] };
    if (named.type !== type)
      return {
        problem: `DataSource ${limit.source} is of type ${named.type}; a ${limit.measure} workload counts a ${type} source`,
        candidates: [],
      };
    return { source: named };
  }
  const fitting = all.filter((s) => s.type === type && (s.service === undefined || s.service === service));
  if (fitting.length === 1) return { source: fitting[0]! };
  if (fitting.length === 0)
    return {
      problem: `no DataSource of type ${type} serves service ${service} to count ${limit.measure}`,
      candidates: [],
    };
  const names = fitting.map((s) => s.name).sort();
  return {
    problem: `several DataSources of type ${type} could count ${limit.measure} (${names.join(", ")}); name one with \`source\``,
    candidates: fitting,
  };
}
