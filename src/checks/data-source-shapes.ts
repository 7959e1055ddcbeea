import { PRESETS, type PresetName } from "../core/data-source-presets.js";
import { DATA_SOURCE_FIELDS, type DataSourceType, type Metric } from "../core/model.js";
import { chooseSource, givenFields, type SourceChoice, type SourceShape } from "../core/source-choice.js";
import { chooseWorkloadSource } from "../core/workload-source.js";
import { pointerToPath } from "../repository/source-map.js";
import type { AgreementDocument, CheckContext, DataSourceDocument } from "./check.js";
import type { RawDataSourceSpec, RawTarget, RawWorkloadLimit } from "./raw.js";

/** The DataSource documents that passed their schema (specs with their preset applied). */
export function dataSourceDocuments(ctx: CheckContext): DataSourceDocument[] {
  return ctx.valid.filter((d) => d.kind === "DataSource") as DataSourceDocument[];
}

/** Fields a spec maps in `columns` or sets in `constants` (a spec-level `service` counts as a constant). */
export function mappedFields(spec: RawDataSourceSpec): Set<string> {
  const fields = new Set([...Object.keys(spec.columns ?? {}), ...Object.keys(spec.constants ?? {})]);
  if (spec.service !== undefined) fields.add("service");
  return fields;
}

/** The fields of a spec that its type does not read: its dimensions. */
export function dimensionsOf(spec: RawDataSourceSpec): string[] {
  const own = typeFields(spec.type);
  return [...mappedFields(spec)].filter((f) => !own.has(f));
}

export function typeFields(type: DataSourceType): Set<string> {
  const fields = DATA_SOURCE_FIELDS[type];
  return new Set([...(fields?.required ?? []), ...(fields?.optional ?? [])]);
}

type Shape = SourceShape & { doc: DataSourceDocument };

function shapes(ctx: CheckContext): Shape[] {
  return dataSourceDocuments(ctx).map((doc) => {
    const spec = doc.spec;
    const mapsService = spec.columns?.service !== undefined;
    const constant = spec.service ?? (spec.constants?.service as string | undefined);
    return {
      name: doc.name,
      type: spec.type,
      fields: givenFields(
        spec.warehouse?.latency !== undefined ? [...mappedFields(spec), "latency"] : mappedFields(spec),
        spec,
      ),
      service: mapsService || constant === undefined ? undefined : String(constant),
      doc,
    };
  });
}

/** The source a target of an agreement reads, chosen exactly as the engine chooses it. */
export function targetSource(
  ctx: CheckContext,
  agreement: AgreementDocument,
  target: RawTarget,
): SourceChoice<Shape> {
  return chooseSource(
    shapes(ctx),
    {
      metric: target.metric as Metric,
      source: target.source,
      field: typeof target.field === "string" ? target.field : undefined,
    },
    agreement.spec.service,
  );
}

/** The source a workload limit of an agreement counts, chosen exactly as the engine chooses it. */
export function workloadSource(
  ctx: CheckContext,
  agreement: AgreementDocument,
  limit: RawWorkloadLimit,
): SourceChoice<Shape> {
  return chooseWorkloadSource(shapes(ctx), limit, agreement.spec.service);
}

/**
 * Where a finding about a DataSource setting points: the setting itself when the document writes
 * it, else the `preset` that supplied it (a preset's settings have no line of their own).
 */
export function settingPointer(d: DataSourceDocument, pointer: string): string {
  let node: unknown = d.doc.value;
  for (const segment of pointerToPath(pointer)) {
    if (!node || typeof node !== "object") {
      node = undefined;
      break;
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return node === undefined && d.spec.preset !== undefined ? "/spec/preset" : pointer;
}

/** The type a document writes when its preset reads another type of export (reported once, by data-source-options). */
export function presetTypeConflict(d: DataSourceDocument): { implied: string; written: string } | undefined {
  const written = (d.doc.value as { spec?: { type?: string } }).spec?.type;
  const implied = d.spec.preset === undefined ? undefined : PRESETS[d.spec.preset as PresetName]?.type;
  return implied !== undefined && written !== undefined && implied !== written
    ? { implied, written }
    : undefined;
}
