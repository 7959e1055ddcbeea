import type { MeasuredOutage } from "../measure/measurement.js";
import { type BreachFact, describeBreachFact } from "../text/breach-facts.js";
import { englishText } from "../text/locale-text.js";
import { isoInstant } from "../text/local-time.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { BreachReport } from "./report-model.js";
import { breachedTickets, byDuration, outageLabel, WORST_OUTAGES, WORST_TICKETS } from "./worst-items.js";

/**
 * A breached target and what caused it: which windows, which outages, which tickets (SPEC §6
 * "breaches with severity"). The causes are facts; `causes` words them in English for the JSON
 * model, and Markdown and HTML word them in the report's language.
 */
export function breachReport(e: EvaluatedTarget, zone: string): BreachReport {
  const facts = breachFacts(e);
  const en = englishText();
  return {
    target: e.target.name,
    severity: e.a.severity!,
    value: e.a.value!,
    objective: e.target.objective.fraction,
    provisional: e.provisional,
    causes: facts.map((f) => describeBreachFact(f, en, zone)),
    causeFacts: facts,
  };
}

function breachFacts(e: EvaluatedTarget): BreachFact[] {
  const facts: BreachFact[] = [];
  if (e.windows.length > 1) {
    for (const w of e.windows) {
      if (w.judged.status !== "breached") continue;
      facts.push({
        kind: "window",
        window: w.label,
        value: w.judged.value!,
        objective: e.target.objective.fraction,
        severity: w.judged.severity!,
      });
    }
  }
  if (e.target.metric === "availability") {
    // Each outage with what only it caused, then the time several shared, once: the causes never
    // add up to more than the downtime.
    const listed = e.m.outages.slice().sort(byDuration).slice(0, WORST_OUTAGES);
    for (const o of listed) {
      facts.push({
        kind: "outage",
        cause: o.cause,
        start: isoInstant(o.start),
        own: o.ownMs / 1000,
        id: o.id,
      });
    }
    for (const overlap of e.m.overlaps.slice().sort((a, b) => b.durationMs - a.durationMs)) {
      const members = overlap.members.map((i) => e.m.outages[i]!);
      if (!members.some((o) => listed.includes(o))) continue;
      facts.push({ kind: "overlap", outages: members.map(outageLabel), duration: overlap.durationMs / 1000 });
    }
  }
  if (e.target.metric === "recovery-time") {
    // A recovery breach is caused only by the outages whose clock passed the threshold.
    const over = (o: MeasuredOutage) => o.overThreshold === true;
    for (const o of e.m.outages.filter(over).sort(byDuration).slice(0, WORST_OUTAGES)) {
      facts.push({
        kind: "recovery",
        cause: o.cause,
        start: isoInstant(o.start),
        duration: o.durationMs / 1000,
        id: o.id,
      });
    }
  }
  for (const t of breachedTickets(e.m.tickets).slice(0, WORST_TICKETS)) {
    facts.push({
      kind: "ticket",
      id: t.id,
      priority: t.priority,
      clock: t.clockMs / 1000,
      capped: t.capped,
      threshold: t.thresholdMs / 1000,
      thresholdText: e.target.businessDays === undefined ? null : (e.target.thresholdText ?? null),
      supporting: (e.supporting.get(t) ?? []).map((c) => ({
        ref: c.ref,
        clock: c.clock,
        threshold: c.threshold,
        status: c.status,
      })),
    });
  }
  return facts;
}
