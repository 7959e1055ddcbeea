import { agreements, type Check, checkReference } from "./check.js";

/** A target's explicit `source` must name a DataSource. */
export const unknownDataSources: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.source === undefined) return;
      checkReference(ctx, a, {
        kind: "DataSource",
        name: t.source,
        pointer: `/spec/targets/${i}/source`,
        role: "source",
        code: "ref/unknown-data-source",
      });
    });
  }
};
