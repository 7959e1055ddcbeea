import { parseDate } from "../core/values/date.js";
import { agreements, type Check } from "./check.js";

/**
 * `spec.effective` (SPEC §16) must fall inside the term: terms that take effect before the
 * agreement starts would judge days nobody agreed to (an error); terms that take effect after it
 * ends are never used (a warning — harmless, but surely not what was meant).
 */
export const effectiveInTerm: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.spec.effective === undefined) continue;
    const effective = parseDate(a.spec.effective);
    const start = parseDate(a.spec.term.start);
    if (!effective.ok || !start.ok) continue;
    if (effective.value.day < start.value.day) {
      ctx.report(a, {
        code: "term/effective-before-start",
        message: `effective ${effective.value.text} is before the term starts (${start.value.text}): terms take effect inside the term`,
        pointer: "/spec/effective",
      });
      continue;
    }
    const end = a.spec.term.end === undefined ? undefined : parseDate(a.spec.term.end);
    if (end?.ok && effective.value.day > end.value.day) {
      ctx.report(a, {
        code: "term/effective-after-end",
        message: `effective ${effective.value.text} is after the term ends (${end.value.text}): these terms are never in force`,
        pointer: "/spec/effective",
      });
    }
  }
};
