import { parseDate } from "../core/values/date.js";
import { type Check, type ImprovementDocument, ofKind } from "./check.js";

/** An action belongs to its Improvement: it cannot be due or done before the Improvement was raised. */
export const improvementDates: Check = (ctx) => {
  for (const imp of ofKind(ctx, "Improvement") as ImprovementDocument[]) {
    const raised = parseDate(imp.spec.raised);
    if (!raised.ok) continue;
    (imp.spec.actions ?? []).forEach((action, i) => {
      for (const field of ["due", "done"] as const) {
        const written = action[field];
        if (written === undefined) continue;
        const date = parseDate(written);
        if (!date.ok || date.value.day >= raised.value.day) continue;
        ctx.report(imp, {
          code: "improvement/date-before-raised",
          message: `action ${i + 1} is ${field} ${date.value.text}, before the Improvement was raised (${raised.value.text})`,
          pointer: `/spec/actions/${i}/${field}`,
        });
      }
    });
  }
};
