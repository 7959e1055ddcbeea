import { METRIC_SOURCE_TYPES, type Metric } from "../core/model.js";
import { agreements, type Check, type DataSourceDocument } from "./check.js";

/** A target whose explicit source cannot measure its metric would only fail later, at report time. */
export const dataSourceType: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.source === undefined) return;
      const source = ctx.names.get("DataSource")?.get(t.source) as DataSourceDocument | undefined;
      const type = (source?.spec as { type?: unknown } | undefined)?.type;
      const fits = METRIC_SOURCE_TYPES[t.metric as Metric] as readonly string[] | undefined;
      if (typeof type !== "string" || !fits || fits.includes(type)) return;
      ctx.report(a, {
        code: "ref/data-source-type",
        message: `source "${t.source}" has type ${type}; ${t.metric} is measured from ${fits.join(" or ")}`,
        pointer: `/spec/targets/${i}/source`,
        related: [{ doc: source!.doc, pointer: "/spec/type", message: "type defined here" }],
      });
    });
  }
};
