import type { BreachSeverity } from "./report-model.js";

/**
 * The report's one-line summary, e.g. "9 of 11 targets met; 2 breaches (1 major); credit EUR
 * 1,200.00". Breaches name their major and critical counts (the rest are minor); targets without
 * data are named because they are not met, and targets whose window is still running because
 * they are neither met nor breached yet.
 */
export function summarySentence(s: {
  targets: number;
  met: number;
  noData: number;
  provisional?: number;
  breaches: Record<BreachSeverity, number>;
  credit: string | null;
}): string {
  const parts = [`${s.met} of ${s.targets} target${s.targets === 1 ? "" : "s"} met`];
  const breached = s.breaches.minor + s.breaches.major + s.breaches.critical;
  if (breached === 0) parts.push("no breaches");
  else {
    const serious = (["critical", "major"] as const)
      .filter((k) => s.breaches[k] > 0)
      .map((k) => `${s.breaches[k]} ${k}`);
    parts.push(
      `${breached} breach${breached === 1 ? "" : "es"}${serious.length > 0 ? ` (${serious.join(", ")})` : ""}`,
    );
  }
  if (s.noData > 0) parts.push(`${s.noData} without data`);
  if (s.provisional) parts.push(`${s.provisional} still running`);
  if (s.credit !== null) parts.push(`credit ${s.credit}`);
  return parts.join("; ");
}
