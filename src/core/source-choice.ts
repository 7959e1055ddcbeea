import { type DataSourceType, METRIC_NEEDS_FIELD, METRIC_SOURCE_TYPES, type Metric } from "./model.js";

/** What choosing a target's DataSource needs to know of each source (from the model or a raw spec). */
export interface SourceShape {
  name: string;
  type: DataSourceType;
  /** Fields mapped in `columns` or set in `constants`. */
  fields: ReadonlySet<string>;
  /** The constant service of a single-service export (absent when a service column is mapped). */
  service?: string;
}

export type SourceChoice<S extends SourceShape> =
  | { source: S; problem?: undefined }
  | { source?: undefined; problem: string; candidates: S[] };

/**
 * The DataSource a target is measured from (SPEC §3): the one it names, else the one source whose
 * type fits the metric, that maps the field the metric needs (`responded`, `resolved`, `latency`),
 * and that is not a single-service export of another service. Shared by validation (which reports
 * a missing field as an error) and the engine.
 */
export function chooseSource<S extends SourceShape>(
  sources: Iterable<S>,
  target: { metric: Metric; source?: string; field?: string },
  service: string,
): SourceChoice<S> {
  const types = METRIC_SOURCE_TYPES[target.metric];
  const all = [...sources];
  if (target.source !== undefined) {
    const named = all.find((s) => s.name === target.source);
    if (!named) return { problem: `DataSource ${target.source} does not exist`, candidates: [] };
    if (!types.includes(named.type)) {
      return {
        problem: `DataSource ${target.source} is of type ${named.type}; ${target.metric} needs ${types.join(" or ")}`,
        candidates: [],
      };
    }
    return { source: named };
  }
  // A threshold target reads the field it names (SPEC §22).
  const field = target.metric === "threshold" ? target.field : METRIC_NEEDS_FIELD[target.metric];
  const fitting = all.filter((s) => types.includes(s.type) && servesService(s, service));
  const candidates = fitting.filter((s) => field === undefined || s.fields.has(field));
  if (candidates.length === 1) return { source: candidates[0]! };
  if (candidates.length === 0) {
    // Say why the sources of the right type do not fit: a user who has one is looking at it.
    const typed = all
      .filter((s) => types.includes(s.type))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (typed.length === 0)
      return {
        problem: `no DataSource of type ${types.join(" or ")} to measure ${target.metric}`,
        candidates,
      };
    const why = typed.map((s) =>
      servesService(s, service)
        ? `${s.name} maps no ${field} column`
        : `${s.name} covers only service ${s.service}`,
    );
    return {
      problem: `no DataSource of type ${types.join(" or ")} measures ${target.metric} for service ${service}: ${why.join("; ")}`,
      candidates: fitting,
    };
  }
  const names = candidates.map((c) => c.name).sort();
  return {
    problem: `several DataSources could measure ${target.metric} (${names.join(", ")}); name one with \`source\``,
    candidates,
  };
}

/**
 * The fields a source gives a target: those it maps, plus the stop of a resolution clock when an
 * event log takes it from `states.stopped` (SPEC §23: used only when `resolved` is not mapped).
 */
export function givenFields(
  mapped: Iterable<string>,
  spec: { layout?: string; states?: { stopped?: readonly unknown[] } },
): Set<string> {
  const fields = new Set(mapped);
  if (spec.layout === "events" && (spec.states?.stopped?.length ?? 0) > 0) fields.add("resolved");
  return fields;
}

function servesService(s: SourceShape, service: string): boolean {
  return s.service === undefined || s.service === service;
}
