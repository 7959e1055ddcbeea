import type { Window } from "../core/model.js";
import { assessmentWindows, windowContaining } from "./assessment-window.js";
import { dayStartInstant, type Period } from "./period.js";
import type { Span } from "./span.js";

/** A window of a workload limit (SPEC §15), in instants of the agreement's zone. */
export interface WorkloadWindow extends Span {
  label: string;
  /** Still running at the end of what is judged: the demand so far. */
  provisional: boolean;
}

/**
 * The workload windows a report shows for a limit: the `per` windows that end in the period, and
 * the one still running at its end, counted so far — the assessment-window rule of SPEC §14.
 */
export function reportWorkloadWindows(period: Period, per: Window, zone: string): WorkloadWindow[] {
  return assessmentWindows(period, per).map((w) => ({
    label: w.label,
    start: dayStartInstant(w.startDay, zone),
    end: dayStartInstant(w.endDay, zone),
    provisional: w.provisional,
  }));
}

/**
 * The workload windows that bear on a target's assessment window of local days
 * [startDay, endDay): every `per` window that overlaps it, counted from its own start up to the
 * assessment window's end (a quarterly limit in a May window: April 1 to May 31). A quarter
 * target with monthly limits gets its three months; a monthly target with a quarterly limit the
 * quarter so far.
 */
export function workloadWindowsWithin(
  startDay: number,
  endDay: number,
  per: Window,
  zone: string,
): WorkloadWindow[] {
  const windows: WorkloadWindow[] = [];
  let day = startDay;
  while (day < endDay) {
    const w = windowContaining(day, per);
    const end = Math.min(w.endDay, endDay);
    windows.push({
      label: w.label,
      start: dayStartInstant(w.startDay, zone),
      end: dayStartInstant(end, zone),
      provisional: w.endDay > endDay,
    });
    day = w.endDay;
  }
  return windows;
}
