import { compareStrings } from "../core/compare.js";
import {
  type Agreement,
  type DataSource,
  METRIC_SOURCE_TYPES,
  type Model,
  type Target,
} from "../core/model.js";

/**
 * The DataSource a target is measured from: the one it names, else the one source whose type
 * fits the metric (and, for latency, that maps a latency column; a source with a constant
 * `service` fits only that service). No source or several candidates leave the target without
 * data, with a note saying why.
 */
export function sourceForTarget(
  model: Model,
  agreement: Agreement,
  target: Target,
): { source: DataSource; problem?: undefined } | { source?: undefined; problem: string } {
  const types = METRIC_SOURCE_TYPES[target.metric];
  if (target.source !== undefined) {
    const named = model.dataSources.get(target.source);
    if (!named) return { problem: `DataSource ${target.source} does not exist` };
    if (!types.includes(named.type)) {
      return {
        problem: `DataSource ${target.source} is of type ${named.type}; ${target.metric} needs ${types.join(" or ")}`,
      };
    }
    return { source: named };
  }
  const candidates = [...model.dataSources.values()].filter(
    (s) =>
      types.includes(s.type) &&
      (target.metric !== "latency" || s.columns.latency !== undefined) &&
      (s.service === undefined || s.columns.service !== undefined || s.service === agreement.service),
  );
  if (candidates.length === 1) return { source: candidates[0]! };
  if (candidates.length === 0) {
    // Say why the sources of the right type do not fit: a user who has one is looking at it.
    const typed = [...model.dataSources.values()]
      .filter((s) => types.includes(s.type))
      .sort((a, b) => compareStrings(a.metadata.name, b.metadata.name));
    if (typed.length === 0)
      return { problem: `no DataSource of type ${types.join(" or ")} to measure ${target.metric}` };
    const why = typed.map((s) =>
      target.metric === "latency" && s.columns.latency === undefined
        ? `${s.metadata.name} maps no latency column`
        : `${s.metadata.name} covers only service ${s.service}`,
    );
    return {
      problem: `no DataSource of type ${types.join(" or ")} measures ${target.metric} for service ${agreement.service}: ${why.join("; ")}`,
    };
  }
  const names = candidates.map((c) => c.metadata.name).sort();
  return {
    problem: `several DataSources could measure ${target.metric} (${names.join(", ")}); name one with \`source\``,
  };
}
