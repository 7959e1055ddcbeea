import { NUMBER_FIELDS } from "../core/model.js";
import { parseColumnUnit, parseLimit } from "../core/values/limit.js";
import { agreements, type Check } from "./check.js";
import { settingPointer, targetSource, typeFields } from "./data-source-shapes.js";

const OPTIONS = ["field", "op", "limit", "unit"] as const;

/**
 * A `metric: threshold` target (SPEC §22) names the numeric field it compares and the limit; the
 * field must be one its source maps (a numeric field of the type, or a column mapped under that
 * name), and a declared column unit must measure what the limit measures. Other metrics take
 * none of these settings.
 */
export const thresholdTarget: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const at = `/spec/targets/${i}`;
      if (t.metric !== "threshold") {
        for (const key of OPTIONS) {
          if (t[key] === undefined) continue;
          ctx.report(a, {
            code: "target/limit-unexpected",
            message: `target "${t.name}" (${t.metric}) takes no ${key}: it belongs to metric: threshold`,
            pointer: `${at}/${key}`,
            onKey: true,
          });
        }
        return;
      }
      if (t.field === undefined)
        ctx.report(a, {
          code: "target/field-missing",
          message: `target "${t.name}" (threshold) needs a field: the numeric column each sample is compared with, e.g. field: headroom`,
          pointer: at,
        });
      if (t.limit === undefined)
        ctx.report(a, {
          code: "target/limit-missing",
          message: `target "${t.name}" (threshold) needs a limit, e.g. limit: 20GB`,
          pointer: at,
        });
      const limit = t.limit === undefined ? undefined : parseLimit(t.limit);
      const unit = t.unit === undefined ? undefined : parseColumnUnit(t.unit);
      const column = unit?.ok ? unit.value.dimension : t.field === "latency" ? "duration" : undefined;
      if (
        limit?.ok &&
        column !== undefined &&
        limit.value.dimension !== "number" &&
        column !== limit.value.dimension
      )
        ctx.report(a, {
          code: "target/unit-mismatch",
          message: `target "${t.name}": the limit ${limit.value.text} is a ${DIMENSION_WORDS[limit.value.dimension]}, but the column ${t.field} holds ${t.unit === undefined ? "milliseconds" : `${t.unit}, a ${DIMENSION_WORDS[column]}`}`,
          pointer: `${at}/${t.unit === undefined ? "limit" : "unit"}`,
        });
      if (t.field === undefined) return;
      const chosen = targetSource(ctx, a, t);
      const source = chosen.source ?? (chosen.candidates.length === 1 ? chosen.candidates[0] : undefined);
      if (!source) return;
      const own = typeFields(source.type);
      const numeric = !own.has(t.field) || NUMBER_FIELDS.includes(t.field);
      if (source.fields.has(t.field) && numeric) return;
      ctx.report(a, {
        code: "target/field-unmapped",
        message: numeric
          ? `target "${t.name}" compares "${t.field}", which DataSource ${source.name} does not map; map it in its columns (${t.field}: <header>)`
          : `target "${t.name}" compares "${t.field}", which is not a number in a ${source.type} source; map a numeric column under another name`,
        pointer: `${at}/field`,
        related: [
          {
            doc: source.doc.doc,
            pointer: settingPointer(source.doc, "/spec/columns"),
            message: `columns of ${source.name}`,
          },
        ],
      });
    });
  }
};

const DIMENSION_WORDS = {
  duration: "duration",
  bytes: "size",
  percent: "percentage",
  number: "plain number",
};
