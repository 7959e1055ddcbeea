import { parseDate } from "../core/values/date.js";
import { agreements, type Check } from "./check.js";

/** An ended agreement is history, not a mistake: info, so it shows up without failing CI. */
export const termEnded: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.spec.term.end === undefined) continue;
    const end = parseDate(a.spec.term.end);
    if (end.ok && end.value.day < ctx.today.day) {
      ctx.report(a, {
        code: "term/ended",
        message: `${a.kind} "${a.name}" ended on ${end.value.text}`,
        pointer: "/spec/term/end",
      });
    }
  }
};
