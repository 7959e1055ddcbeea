/**
 * The OpenSLO v1 objects slm writes and reads, as far as slm uses them, and the annotations that
 * carry what OpenSLO has no field for. Checked by the v1 JSON Schemas and by the go-sdk rules that
 * `oslo validate` runs (.ci/validators/openslo-check.mjs).
 */
export const OPENSLO_API_VERSION = "openslo/v1";

export interface OpenSloMetadata {
  name: string;
  displayName?: string;
  labels?: Record<string, string[]>;
  annotations?: Record<string, string>;
}

export interface OpenSloDocument {
  apiVersion: typeof OPENSLO_API_VERSION;
  kind: "SLO" | "DataSource";
  metadata: OpenSloMetadata;
  spec: Record<string, unknown>;
}

/**
 * Annotation keys (`slm.dev/…`): what an slm target says beyond OpenSLO's fields, as strings a
 * machine reads back (`slm import openslo` restores the target from them).
 */
export const ANNOTATION = {
  /** `SLA/acme-email`: the agreement the target belongs to. */
  agreement: "slm.dev/agreement",
  target: "slm.dev/target",
  metric: "slm.dev/metric",
  /** The objective as written, exact (`100%` cannot be an OpenSLO target, which must be below 1). */
  objective: "slm.dev/objective",
  /** The threshold as slm writes durations (`15m`, `500ms`). */
  threshold: "slm.dev/threshold",
  window: "slm.dev/window",
  /** Threshold targets (SPEC §22): the field compared, and the op with the limit as written (`>= 20GB`). */
  field: "slm.dev/field",
  limit: "slm.dev/limit",
  /** The unit of the column's numbers, when the target declares one (`MB`). */
  unit: "slm.dev/unit",
  /** JSON: `{ calendar, timezone, hours: [{ days, from, to }], holidays }`, see service-hours.ts. */
  serviceHours: "slm.dev/service-hours",
  exclusions: "slm.dev/exclusions",
  /** The DataSource type of an exported DataSource (`tickets`, `outages`, `checks`, `metrics`, `events`). */
  sourceType: "slm.dev/source-type",
} as const;

/** OpenSLO's DataSource `type` for slm's exports: the data is a CSV file, read as `connectionDetails` says. */
export const CSV_SOURCE_TYPE = "CSV";
