import { CALENDAR_24X7 } from "../core/model.js";
import { agreements, type Check, checkReference } from "./check.js";

/** Agreement and target calendars must name a Calendar document or the built-in 24x7. */
export const unknownCalendars: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    const check = (name: string | undefined, pointer: string) => {
      if (name === undefined) return;
      checkReference(ctx, a, {
        kind: "Calendar",
        name,
        pointer,
        role: "calendar",
        code: "ref/unknown-calendar",
        builtIn: [CALENDAR_24X7],
        note: "(24x7 is built in)",
      });
    };
    check(a.spec.calendar, "/spec/calendar");
    a.spec.targets.forEach((t, i) => {
      check(t.calendar, `/spec/targets/${i}/calendar`);
    });
  }
};
