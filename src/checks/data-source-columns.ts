import { didYouMean } from "../core/did-you-mean.js";
import { DATA_SOURCE_FIELDS, EVENT_FIELDS } from "../core/model.js";
import type { Check } from "./check.js";
import {
  dataSourceDocuments,
  mappedFields,
  presetTypeConflict,
  settingPointer,
  typeFields,
} from "./data-source-shapes.js";

/** Fields some source type reads: mapped on a source of another type, they are likely mistakes. */
const ANY_TYPE_FIELD = new Set(
  Object.values(DATA_SOURCE_FIELDS).flatMap((f) => [...f.required, ...f.optional]),
);

/**
 * A DataSource must map (or set as a constant) every field its type requires; `service` may be a
 * constant at spec level (single-service exports). Other field names are dimensions, unless they
 * are fields of another type or close to one of the type's own fields (a typo), which are flagged.
 */
export const dataSourceColumns: Check = (ctx) => {
  for (const d of dataSourceDocuments(ctx)) {
    if (presetTypeConflict(d)) continue;
    const fields = DATA_SOURCE_FIELDS[d.spec.type];
    const mapped = mappedFields(d.spec);
    const events = d.spec.type === "tickets" && d.spec.layout === "events";
    const required = events ? [...fields.required, ...EVENT_FIELDS] : fields.required;
    const missing = required.filter((f) => !mapped.has(f));
    if (missing.length > 0) {
      const hint = missing.includes("service") ? " (or set spec.service for a single-service export)" : "";
      ctx.report(d, {
        code: "datasource/missing-column",
        message: `a ${d.spec.type} source${events ? " with layout: events" : ""} must map ${missing.map((f) => `"${f}"`).join(", ")} in columns${hint}`,
        pointer: settingPointer(d, "/spec/columns"),
        onKey: true,
      });
    }
    const own = typeFields(d.spec.type);
    const known = [...own];
    for (const field of Object.keys(d.spec.columns ?? {})) {
      if (own.has(field)) continue;
      const typo = didYouMean(field, known);
      if (!ANY_TYPE_FIELD.has(field) && typo === undefined) continue;
      ctx.report(d, {
        code: "datasource/unknown-field",
        message: ANY_TYPE_FIELD.has(field)
          ? `a ${d.spec.type} source does not read "${field}" (it reads: ${known.join(", ")})`
          : `"${field}" is not a field of a ${d.spec.type} source, so it is read as a dimension; did you mean "${typo}"?`,
        pointer: settingPointer(d, `/spec/columns/${field}`),
        onKey: true,
        ...(typo === undefined ? {} : { suggestion: typo }),
      });
    }
  }
};
