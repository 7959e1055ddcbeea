import { type Agreement, type Model, SCORE_METRICS, type Target } from "../core/model.js";
import { durationSyntax } from "../core/values/duration.js";
import { formatEpochDay } from "../core/values/date.js";
import { formatPercentage } from "../core/values/percentage.js";
import { describeReasonFact, type ReasonFact, type TermText } from "../text/coverage-reasons.js";
import { englishText } from "../text/locale-text.js";
import { agreementZone } from "../time/agreement-zone.js";
import { type ComponentAvailability, composeAvailability, displayDecimals } from "./compose-availability.js";
import type { ComponentCoverage, Reason, TargetCoverage } from "./coverage-result.js";
import { compareToPercentage, toNumber } from "./exact-fraction.js";
import type { HoursContainment } from "./hours-containment.js";
import type { ComponentSupport, Support, SupportingTargets } from "./supporting-targets.js";
import { noticeDeadline, noticeFallsInsideSla, uncoveredTermDays } from "./term-coverage.js";
import type { ThresholdComparison } from "./threshold-order.js";
import { verdictOf } from "./verdict.js";

export interface AssessContext {
  model: Model;
  hours: HoursContainment;
  thresholds: ThresholdComparison;
  /** The SLA target's components and their supports (computed once per target). */
  supportOf(sla: Agreement, target: Target): SupportingTargets;
}

/** Decides one SLA target (SPEC §5.2); every reason is kept, each with its arithmetic. */
export function assessTarget(ctx: AssessContext, sla: Agreement, target: Target): TargetCoverage {
  // Components are not asked to underpin customer satisfaction (SPEC §15): nothing to assess.
  if (SCORE_METRICS.includes(target.metric)) return notApplicable(sla, target);
  const { root, components, rule } = ctx.supportOf(sla, target);
  const slaRef = `${sla.metadata.name}/${target.name}`;
  const reasons: Reason[] = [];

  if (components.length === 0) {
    const what = target.priority === undefined ? target.metric : `${target.metric} ${target.priority}`;
    reasons.push(
      reason("missing", "uncovered", {
        kind: "no-support",
        what,
        service: sla.service,
        slaRef,
        answered: rule === "answered",
      }),
    );
  }

  let composed: { value: number; text: string } | undefined;
  if (target.metric === "availability" && components.length > 0) {
    const best = new Map(components.map((c) => [c.node.service, bestAvailability(c)]));
    const decimals = displayDecimals(target.objective);
    const composition = composeAvailability(root, (service) => best.get(service), decimals);
    if (composition) {
      const below = compareToPercentage(composition.value, target.objective) < 0;
      const text = `${composition.text} ${below ? "<" : "≥"} ${formatPercentage(target.objective)}`;
      composed = { value: toNumber(composition.value), text };
      if (below) reasons.push(reason("availability", "at-risk", { kind: "composition", text }));
    }
  }

  // Whoever takes the call answers it: every response-time target that underpins the SLA's must be
  // tight enough (SPEC §13); other metrics need one tight enough target per component.
  const everyTight = target.metric === "response-time";
  for (const c of components) reasons.push(...componentReasons(ctx, sla, target, slaRef, c, everyTight));

  const componentCoverage: ComponentCoverage[] = components.map((c) => ({
    service: c.node.service,
    via: c.node.via,
    path: c.node.path,
    ...(c.anyOf === undefined ? {} : { anyOf: c.anyOf }),
    supportedBy: c.supports.map((s) => ({
      ref: s.ref,
      kind: s.agreement.kind,
      agreement: s.agreement.metadata.name,
      target: s.target.name,
      via: s.via,
    })),
    verdict: verdictOf(reasons.filter((r) => r.component === c.node.service)),
  }));

  return {
    ...commitmentOf(sla, target),
    verdict: verdictOf(reasons),
    ...(composed ? { composed: composed.value, composition: composed.text } : {}),
    reasons,
    components: componentCoverage,
  };
}

function notApplicable(sla: Agreement, target: Target): TargetCoverage {
  return { ...commitmentOf(sla, target), verdict: "not-applicable", reasons: [], components: [] };
}

/** Which SLA target a verdict is about, and what it commits to. */
function commitmentOf(sla: Agreement, target: Target) {
  return {
    sla: sla.metadata.name,
    customer: sla.customer,
    service: sla.service,
    target: target.name,
    metric: target.metric,
    ...(target.priority === undefined ? {} : { priority: target.priority }),
    objective: target.objective.fraction,
    ...(target.threshold === undefined ? {} : { threshold: target.threshold / 1000 }),
    requirement: requirement(target),
    ...(target.businessDays === undefined ? {} : { thresholdText: target.thresholdText }),
  };
}

/** Several availability targets on one component: the highest objective holds (SPEC §5.2). */
function bestAvailability(c: ComponentSupport): ComponentAvailability | undefined {
  let best: Support | undefined;
  for (const s of c.supports) {
    if (s.target.metric !== "availability") continue;
    if (!best || s.target.objective.ppb > best.target.objective.ppb) best = s;
  }
  return (
    best && {
      objective: best.target.objective,
      label: `${c.node.service}, ${best.agreement.kind} ${best.agreement.metadata.name}`,
    }
  );
}

function componentReasons(
  ctx: AssessContext,
  sla: Agreement,
  target: Target,
  slaRef: string,
  c: ComponentSupport,
  everyTight: boolean,
): Reason[] {
  const component = c.node.service;
  const out: Reason[] = [];
  const add = (kind: Reason["kind"], effect: Reason["effect"], fact: ReasonFact): void => {
    out.push({ ...reason(kind, effect, fact), component });
  };
  if (c.supports.length === 0) {
    const what = target.priority === undefined ? target.metric : `${target.metric} ${target.priority}`;
    add("missing", "uncovered", { kind: "missing", component, what, slaRef });
    return out;
  }

  const comparable = c.supports.filter((s) => s.target.metric === target.metric);
  for (const s of c.supports) {
    if (s.target.metric !== target.metric) {
      add("metric", "at-risk", {
        kind: "metric",
        component,
        support: name(s),
        slaRef,
        measures: s.target.metric,
        needs: target.metric,
      });
    }
  }

  // Time metrics, latency, success-rate: one supporting target that is at least as strict suffices;
  // when none is, every shortfall of every supporting target is listed. Response time: each
  // supporting target must be (`everyTight`), and each one that is not is listed. A business-day
  // threshold is compared with an hour threshold only where the calendars make it exact.
  const order = (s: Support) => ctx.thresholds(s, { agreement: sla, target });
  const atLeastAsStrict = (s: Support): boolean => {
    const o = order(s);
    return (o === undefined || (o.exact && !o.looser)) && s.target.objective.ppb >= target.objective.ppb;
  };
  if (
    target.metric !== "availability" &&
    comparable.length > 0 &&
    (everyTight || !comparable.some(atLeastAsStrict))
  ) {
    for (const s of comparable) {
      const t = s.target;
      const o = order(s);
      if (o?.exact && o.looser) {
        const fact = { component, support: name(s), supporting: o.supporting, sla: o.sla };
        add("threshold", "at-risk", { kind: "threshold-looser", ...fact });
      }
      if (o && !o.exact) {
        const fact = { component, support: name(s), supporting: o.supporting, sla: o.sla, why: o.why };
        add("threshold", "at-risk", { kind: "threshold-inexact", ...fact });
      }
      if (t.objective.ppb < target.objective.ppb) {
        add("objective", "at-risk", {
          kind: "objective",
          component,
          support: name(s),
          objective: formatPercentage(t.objective),
          slaObjective: formatPercentage(target.objective),
        });
      }
    }
  }

  const calendars = [...new Set(c.supports.map((s) => s.target.calendar))];
  const slaZone = agreementZone(ctx.model, sla);
  const uncoveredHours = ctx.hours(target.calendar, calendars, sla.term, slaZone);
  if (uncoveredHours) {
    const by = c.supports.map((s) => ({ support: name(s), calendar: s.target.calendar }));
    const zone = ctx.model.calendars.get(target.calendar)?.timezone ?? slaZone;
    add("hours", "at-risk", {
      kind: "hours",
      component,
      calendar: target.calendar,
      zone,
      by,
      hours: uncoveredHours,
    });
  }

  const agreements = [
    ...new Map(c.supports.map((s) => [s.agreement.metadata.name + s.agreement.kind, s.agreement])).values(),
  ];
  const gaps = uncoveredTermDays(
    sla.term,
    agreements.map((a) => a.term),
  );
  if (gaps.length > 0) {
    add("term", "at-risk", {
      kind: "term",
      component,
      term: termText(sla.term),
      by: agreements.map((a) => ({ agreement: `${a.kind} ${a.metadata.name}`, term: termText(a.term) })),
      gaps: gaps.map(([from, to]) => ({
        from: formatEpochDay(from),
        to: to === Number.POSITIVE_INFINITY ? null : formatEpochDay(to),
      })),
    });
  }
  for (const a of agreements) {
    const deadline = noticeDeadline(a);
    if (!deadline || !noticeFallsInsideSla(deadline, sla.term)) continue;
    add("notice", "warning", {
      kind: "notice",
      component,
      agreement: `${a.kind} ${a.metadata.name}`,
      deadline: deadline.text,
      termEnd: a.term.end!.text,
      noticePeriod: a.contract!.noticePeriod!.text,
      slaEnd: sla.term.end?.text ?? null,
    });
  }
  return out;
}

/** A reason from its fact: the English words for the JSON `message`, the fact for other languages. */
function reason(kind: Reason["kind"], effect: Reason["effect"], fact: ReasonFact): Reason {
  return { kind, effect, message: describeReasonFact(fact, englishText()), fact };
}

function termText(term: Agreement["term"]): TermText {
  return { start: term.start.text, end: term.end?.text ?? null };
}

function requirement(t: Target): string {
  const objective = formatPercentage(t.objective);
  const priority = t.priority === undefined ? "" : `${t.priority} `;
  if (t.compare) return `${t.compare.field} ${t.compare.op} ${t.compare.limitText} in ${objective}`;
  if (t.businessDays !== undefined) return `${priority}≤ ${t.thresholdText} in ${objective}`;
  if (t.score !== undefined) return `score ≥ ${t.score} in ${objective}`;
  if (t.threshold === undefined) return `${priority}≥ ${objective}`;
  return `${priority}≤ ${durationSyntax(t.threshold)} in ${objective}`;
}

function name(s: Support): string {
  return `${s.agreement.kind} ${s.agreement.metadata.name}/${s.target.name}`;
}
