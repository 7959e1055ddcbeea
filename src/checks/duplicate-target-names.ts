import { agreements, type Check } from "./check.js";

/** Target names identify targets in reports and in `supports` links, so they are unique per agreement. */
export const duplicateTargetNames: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    const seen = new Map<string, number>();
    a.spec.targets.forEach((t, i) => {
      const first = seen.get(t.name);
      if (first === undefined) {
        seen.set(t.name, i);
        return;
      }
      ctx.report(a, {
        code: "target/duplicate-name",
        message: `target "${t.name}" is already defined (targets[${first}])`,
        pointer: `/spec/targets/${i}/name`,
        related: [{ doc: a.doc, pointer: `/spec/targets/${first}/name`, message: "first defined here" }],
      });
    });
  }
};
