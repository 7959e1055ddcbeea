import { parseTimeOfDay } from "../core/values/time-of-day.js";
import type { CalendarDocument, Check } from "./check.js";

interface Window {
  days: string[];
  from: number;
  to: number;
  text: string;
}

/**
 * Service hours windows must be non-empty (from before to; a window across midnight is written as
 * two) and must not overlap on a day: overlapping hours would make the intended service time
 * ambiguous to a reader even though the union is well defined.
 */
export const calendarHours: Check = (ctx) => {
  for (const c of ctx.valid.filter((d) => d.kind === "Calendar") as CalendarDocument[]) {
    const windows: (Window | undefined)[] = c.spec.hours.map((h) => {
      const from = parseTimeOfDay(h.from);
      const to = parseTimeOfDay(h.to, { allowEndOfDay: true });
      return from.ok && to.ok
        ? { days: h.days, from: from.value, to: to.value, text: `${h.from}–${h.to}` }
        : undefined;
    });
    windows.forEach((w, i) => {
      if (w && w.from >= w.to) {
        ctx.report(c, {
          code: "calendar/empty-hours",
          message: `window ${w.text} is empty: "from" must be before "to" (write a window across midnight as two: …–24:00 and 00:00–…)`,
          pointer: `/spec/hours/${i}/to`,
        });
      }
    });
    for (let j = 0; j < windows.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = windows[i];
        const b = windows[j];
        if (!a || !b || a.from >= a.to || b.from >= b.to) continue;
        const days = b.days.filter((d) => a.days.includes(d));
        if (days.length === 0 || Math.max(a.from, b.from) >= Math.min(a.to, b.to)) continue;
        ctx.report(c, {
          code: "calendar/overlapping-hours",
          message: `window ${b.text} overlaps window ${a.text} (hours[${i}]) on ${days.join(", ")}`,
          pointer: `/spec/hours/${j}`,
          related: [{ doc: c.doc, pointer: `/spec/hours/${i}`, message: "overlapped window" }],
        });
      }
    }
  }
};
