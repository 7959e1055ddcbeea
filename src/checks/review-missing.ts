import { agreements, type Check } from "./check.js";

/** ISO/IEC 20000-1 asks for agreements to be reviewed at planned intervals; SLAs must plan one. */
export const reviewMissing: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.kind !== "SLA" || a.spec.review !== undefined) continue;
    ctx.report(a, {
      code: "review/missing",
      message: `SLA "${a.name}" has no review cycle (add e.g. review: { every: 1y, last: ${a.spec.term.start} })`,
      pointer: "/spec",
      onKey: true,
    });
  }
};
