import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  assessmentWindows
} from "./chunk-Z3KBX553.js";
import {
  dayStartInstant,
  previousPeriod
} from "./chunk-JKYJYC5M.js";

// dist/time/target-spans.js
function targetSpans(agreement, target, period, zone, trend) {
  const termStart = dayStartInstant(agreement.term.start.day, zone);
  const termEnd = agreement.term.end ? dayStartInstant(agreement.term.end.day + 1, zone) : Number.POSITIVE_INFINITY;
  const cut = (start, end) => {
    const s = Math.max(start, termStart);
    const e = Math.min(end, termEnd);
    return e > s ? { start: s, end: e } : { start: s, end: s };
  };
  const plan = (p2) => {
    const periodEnd = dayStartInstant(p2.endDay, zone);
    const days = assessmentWindows(p2, target.window);
    const windows = days.map((w) => ({
      label: w.label,
      startDay: w.startDay,
      endDay: w.endDay,
      months: w.months,
      provisional: w.provisional && termEnd > periodEnd,
      ...cut(dayStartInstant(w.startDay, zone), dayStartInstant(w.endDay, zone))
    }));
    const full = {
      start: dayStartInstant(days[0].startDay, zone),
      end: dayStartInstant(days[days.length - 1].endDay, zone)
    };
    return { period: p2, figures: cut(full.start, full.end), full, windows };
  };
  const trendSpans = [];
  let p = period;
  for (let i = 0; i < trend; i++) {
    p = previousPeriod(p);
    trendSpans.unshift(plan(p));
  }
  return { ...plan(period), trend: trendSpans };
}

export {
  targetSpans
};
