import { agreements, type Check, type DataSourceDocument } from "./check.js";

/** Which DataSource types can measure each metric (SPEC §3, metric table). */
export const SOURCE_TYPES_BY_METRIC: Record<string, readonly string[]> = {
  availability: ["outages", "checks", "metrics"],
  "response-time": ["tickets"],
  "resolution-time": ["tickets"],
  "recovery-time": ["outages"],
  latency: ["checks"],
  "success-rate": ["metrics"],
};

/** A target whose explicit source cannot measure its metric would only fail later, at report time. */
export const dataSourceType: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.source === undefined) return;
      const source = ctx.names.get("DataSource")?.get(t.source) as DataSourceDocument | undefined;
      const type = (source?.spec as { type?: unknown } | undefined)?.type;
      const fits = SOURCE_TYPES_BY_METRIC[t.metric];
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
