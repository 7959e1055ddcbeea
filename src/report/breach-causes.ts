import { formatPercentage, percentageFromPpb } from "../core/values/percentage.js";
import type { MeasuredOutage } from "../measure/measurement.js";
import { formatClock } from "../text/format-values.js";
import { localTime } from "../text/local-time.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import { ATTRIBUTION_WORDS as WORDS } from "./attribution-words.js";
import type { BreachReport, SupportingClock } from "./report-model.js";
import { breachedTickets, byDuration, outageLabel, WORST_OUTAGES, WORST_TICKETS } from "./worst-items.js";

/** A breached target in words: which windows, which outages, which tickets (SPEC §6 "breaches with severity"). */
export function breachReport(e: EvaluatedTarget, zone: string): BreachReport {
  const causes: string[] = [];
  if (e.windows.length > 1) {
    for (const w of e.windows) {
      if (w.judged.status !== "breached") continue;
      // Truncated to three decimals of a percent, so a breach never displays as its objective.
      // (1e-9 absorbs binary fractions just below a decimal one: 29/100 must not show as 28.999%.)
      const value = percentageFromPpb(Math.floor(w.judged.value! * 100_000 + 1e-9) * 10_000);
      causes.push(
        `${w.label}: ${formatPercentage(value)} < ${formatPercentage(e.target.objective)} (${w.judged.severity})`,
      );
    }
  }
  if (e.target.metric === "availability") {
    // Each outage with what only it caused, then the time several shared, once: the causes never
    // add up to more than the downtime.
    const listed = e.m.outages.slice().sort(byDuration).slice(0, WORST_OUTAGES);
    for (const o of listed) {
      const own =
        o.ownMs > 0
          ? formatClock(o.ownMs / 1000)
          : "no downtime of its own (all of it while other outages were down)";
      causes.push(
        `${o.cause ?? "outage"} from ${localTime(o.start, zone)}: ${own}${o.id ? ` (${o.id})` : ""}`,
      );
    }
    for (const overlap of e.m.overlaps.slice().sort((a, b) => b.durationMs - a.durationMs)) {
      const members = overlap.members.map((i) => e.m.outages[i]!);
      if (!members.some((o) => listed.includes(o))) continue;
      causes.push(
        `${joinNames(members.map(outageLabel))} down at the same time: ${formatClock(overlap.durationMs / 1000)}, counted once`,
      );
    }
  }
  if (e.target.metric === "recovery-time") {
    // A recovery breach is caused only by the outages whose clock passed the threshold.
    const over = (o: MeasuredOutage) => o.overThreshold === true;
    for (const o of e.m.outages.filter(over).sort(byDuration).slice(0, WORST_OUTAGES)) {
      causes.push(
        `${o.cause ?? "outage"} from ${localTime(o.start, zone)}: ${formatClock(o.durationMs / 1000)}${o.id ? ` (${o.id})` : ""}`,
      );
    }
  }
  for (const t of breachedTickets(e.m.tickets).slice(0, WORST_TICKETS)) {
    causes.push(
      `${t.id}${t.priority ? ` (${t.priority})` : ""}: ${t.capped ? "≥ " : ""}${formatClock(t.clockMs / 1000)} > ${formatClock(t.thresholdMs / 1000)}${e.target.businessDays === undefined ? "" : ` (${e.target.thresholdText})`}${supportingText(e.supporting.get(t) ?? [])}`,
    );
  }
  return {
    target: e.target.name,
    severity: e.a.severity!,
    value: e.a.value!,
    objective: e.target.objective.fraction,
    provisional: e.provisional,
    causes,
  };
}

/** Which supporting OLA/UC clocks also breached on a ticket (SPEC §17), as a clause of its cause. */
function supportingText(clocks: readonly SupportingClock[]): string {
  if (clocks.length === 0) return "";
  const breached = clocks.filter((c) => c.status === "breached");
  if (breached.length === 0) return `; ${WORDS.supportingMet}`;
  return `; ${WORDS.supportingBreached} ${breached
    .map((c) => `${c.ref} (${formatClock(c.clock)} > ${formatClock(c.threshold)})`)
    .join(", ")}`;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 2
    ? names.join(" and ")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
