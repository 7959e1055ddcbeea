import type { Assessment } from "./assessment.js";

const SEVERITY_ORDER = ["minor", "major", "critical"] as const;

/**
 * A period holding several assessment windows (a quarter of monthly targets) is judged window by
 * window, as the agreement commits (SPEC §6): breached when any window is, with the worst
 * severity; met when every window with data is met or excused and one is met; excused when every
 * window with data is excused (SPEC §15). Value, margin and budget stay the period's.
 */
export function judgedOverWindows(period: Assessment, judged: readonly Assessment[]): Assessment {
  const breached = judged.filter((j) => j.status === "breached");
  if (breached.length === 0) {
    if (judged.some((j) => j.status === "met")) return { ...period, status: "met", severity: null };
    if (judged.some((j) => j.status === "excused"))
      return { ...period, status: "excused", severity: null, credit: null };
    return period;
  }
  const worst = Math.max(...breached.map((j) => SEVERITY_ORDER.indexOf(j.severity!)));
  return { ...period, status: "breached", severity: SEVERITY_ORDER[worst]! };
}
