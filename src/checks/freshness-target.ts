import { agreements, type Check } from "./check.js";
import { dataSourceDocuments } from "./data-source-shapes.js";

/**
 * A freshness target is measured from a DataSource of `type: events` (SPEC §22); without one in
 * the repository it could only ever report "no data". A target naming a source of another type is
 * `ref/data-source-type`'s finding.
 */
export const freshnessTarget: Check = (ctx) => {
  const events = dataSourceDocuments(ctx).filter((d) => d.spec.type === "events");
  if (events.length > 0) return;
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.metric !== "freshness" || t.source !== undefined) return;
      ctx.report(a, {
        code: "target/freshness-source",
        message: `target "${t.name}" (freshness) needs a DataSource of type events (one row per run or delivery); the repository has none`,
        pointer: `/spec/targets/${i}/metric`,
      });
    });
  }
};
