import { CALENDAR_24X7 } from "../core/model.js";
import { agreements, type Check, exists, suggestName } from "./check.js";

/** Agreement and target calendars must name a Calendar document or the built-in 24x7. */
export const unknownCalendars: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    const check = (name: string | undefined, pointer: string) => {
      if (name === undefined || name === CALENDAR_24X7 || exists(ctx, "Calendar", name)) return;
      ctx.report(a, {
        code: "ref/unknown-calendar",
        message: `calendar "${name}" is not a known Calendar (24x7 is built in)${suggestName(ctx, "Calendar", name, [CALENDAR_24X7])}`,
        pointer,
      });
    };
    check(a.spec.calendar, "/spec/calendar");
    a.spec.targets.forEach((t, i) => {
      check(t.calendar, `/spec/targets/${i}/calendar`);
    });
  }
};
