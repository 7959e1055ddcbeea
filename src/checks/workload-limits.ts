import { didYouMean } from "../core/did-you-mean.js";
import { agreements, type Check, exists } from "./check.js";
import { workloadSource } from "./data-source-shapes.js";

/**
 * Workload limits (SPEC §15) must be countable and referred to by their names: a target's
 * `workload` names a limit of its own agreement, names are unique, each limit has the one source
 * its measure counts (requests need a metrics source), and `priority`/`metric` fit the measure.
 * A named source that does not exist is `ref/unknown-data-source`.
 */
export const workloadLimits: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    const limits = a.spec.workload ?? [];
    const names = limits.map((w) => w.name);
    limits.forEach((w, i) => {
      const at = `/spec/workload/${i}`;
      if (names.indexOf(w.name) !== i)
        ctx.report(a, {
          code: "workload/duplicate-name",
          message: `workload limit "${w.name}" is defined twice`,
          pointer: `${at}/name`,
        });
      if (w.measure === "requests" && w.priority !== undefined)
        ctx.report(a, {
          code: "workload/invalid-setting",
          message: `workload "${w.name}": priority applies to a tickets workload, not requests`,
          pointer: `${at}/priority`,
          onKey: true,
        });
      if (w.measure === "tickets" && w.metric !== undefined)
        ctx.report(a, {
          code: "workload/invalid-setting",
          message: `workload "${w.name}": metric applies to a requests workload, not tickets`,
          pointer: `${at}/metric`,
          onKey: true,
        });
      if (w.source !== undefined && !exists(ctx, "DataSource", w.source)) {
        ctx.report(a, {
          code: "ref/unknown-data-source",
          message: `source "${w.source}" is not a known DataSource`,
          pointer: `${at}/source`,
        });
        return;
      }
      const chosen = workloadSource(ctx, a, w);
      if (!chosen.source)
        ctx.report(a, {
          code: "workload/no-source",
          message: `workload "${w.name}" (${w.measure}): ${chosen.problem}`,
          pointer: w.source === undefined ? at : `${at}/source`,
        });
    });
    a.spec.targets.forEach((t, i) => {
      if (t.workload === undefined || names.includes(t.workload)) return;
      const suggestion = didYouMean(t.workload, names);
      ctx.report(a, {
        code: "ref/unknown-workload",
        message: `target "${t.name}": workload "${t.workload}" is not a workload limit of ${a.kind} "${a.name}" (${names.length === 0 ? "it defines none" : `it has: ${names.join(", ")}`})`,
        pointer: `/spec/targets/${i}/workload`,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    });
  }
};
