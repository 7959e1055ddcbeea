import { parseDate } from "../core/values/date.js";
import { agreements, type Check } from "./check.js";

/** A term that ends before it starts covers no day at all. The end day is inclusive, so end = start is one day. */
export const termOrder: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    const { start, end } = a.spec.term;
    if (end === undefined) continue;
    const s = parseDate(start);
    const e = parseDate(end);
    if (s.ok && e.ok && e.value.day < s.value.day) {
      ctx.report(a, {
        code: "term/end-before-start",
        message: `term ends (${e.value.text}) before it starts (${s.value.text})`,
        pointer: "/spec/term/end",
      });
    }
  }
};
