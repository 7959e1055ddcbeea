import { METRIC_NEEDS_FIELD, type Metric } from "../core/model.js";
import { agreements, type Check } from "./check.js";
import { dimensionsOf, settingPointer, targetSource } from "./data-source-shapes.js";

/**
 * What a target reads must be in its source (SPEC §12, §13): the field its metric needs
 * (`datasource/missing-field` — a response-time target on a source without `responded` would
 * otherwise report every ticket breached), and every `where` key as a dimension of the source
 * (`ref/unknown-dimension`).
 */
export const targetSourceFields: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const field = METRIC_NEEDS_FIELD[t.metric as Metric];
      const chosen = targetSource(ctx, a, t);
      // The source the target would read if it mapped the field (named, or the only one that fits).
      const source = chosen.source ?? (chosen.candidates.length === 1 ? chosen.candidates[0] : undefined);
      if (!source) return;
      const spec = source.doc.spec;
      // The shape's fields: a warehouse block's latency column counts as the latency field.
      if (field !== undefined && !source.fields.has(field)) {
        ctx.report(a, {
          code: "datasource/missing-field",
          message: `${t.metric} needs "${field}", which DataSource ${source.name} does not map; map it in its columns (or measure from another source), or every ticket would count as not ${field === "latency" ? "measured" : field}`,
          pointer: `/spec/targets/${i}${t.source === undefined ? "" : "/source"}`,
          related: [
            {
              doc: source.doc.doc,
              pointer: settingPointer(source.doc, "/spec/columns"),
              message: `columns of ${source.name}`,
            },
          ],
        });
      }
      const dimensions = dimensionsOf(spec);
      for (const key of Object.keys(t.where ?? {})) {
        if (dimensions.includes(key)) continue;
        ctx.report(a, {
          code: "ref/unknown-dimension",
          message: `where: "${key}" is not a dimension of DataSource ${source.name} (dimensions: ${dimensions.join(", ") || "none"}); map a column as "${key}" in its columns`,
          pointer: `/spec/targets/${i}/where/${key}`,
          onKey: true,
          related: [
            {
              doc: source.doc.doc,
              pointer: settingPointer(source.doc, "/spec/columns"),
              message: `columns of ${source.name}`,
            },
          ],
        });
      }
    });
  }
};
