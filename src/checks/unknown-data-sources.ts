import { agreements, type Check, exists, suggestName } from "./check.js";

/** A target's explicit `source` must name a DataSource. */
export const unknownDataSources: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.source === undefined || exists(ctx, "DataSource", t.source)) return;
      ctx.report(a, {
        code: "ref/unknown-data-source",
        message: `source "${t.source}" is not a known DataSource${suggestName(ctx, "DataSource", t.source)}`,
        pointer: `/spec/targets/${i}/source`,
      });
    });
  }
};
