import type { Agreement, Model, Target } from "../core/model.js";
import { durationSyntax } from "../core/values/duration.js";
import { formatPercentage } from "../core/values/percentage.js";
import { type AgreementChange, change, type Direction } from "./agreement-change.js";
import { usedDocumentChanges } from "./used-documents-diff.js";

export type { AgreementChange, Direction } from "./agreement-change.js";

/**
 * A semantic diff of the agreements of two models: what a reviewer of an agreement pull request
 * needs to know, in the customer's terms — the agreement's own fields and targets, then the
 * documents it uses (calendars, data sources, service dependencies; used-documents-diff.ts).
 */
export function diffAgreements(base: Model, head: Model): AgreementChange[] {
  const key = (a: Agreement) => `${a.kind}/${a.metadata.name}`;
  const before = new Map(base.agreements.map((a) => [key(a), a]));
  const after = new Map(head.agreements.map((a) => [key(a), a]));
  const changes: AgreementChange[] = [];
  for (const k of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(k);
    const b = after.get(k);
    if (a && !b) changes.push(change(a, null, "agreement", describeAgreement(a), null, "removed"));
    else if (!a && b) changes.push(change(b, null, "agreement", null, describeAgreement(b), "added"));
    else if (a && b) changes.push(...diffAgreement(a, b), ...usedDocumentChanges(base, head, a, b));
  }
  return changes;
}

function diffAgreement(a: Agreement, b: Agreement): AgreementChange[] {
  const out: AgreementChange[] = [];
  const field = (name: string, from: string | undefined, to: string | undefined) => {
    if (from !== to) out.push(change(b, null, name, from ?? null, to ?? null, "changed"));
  };
  field("service", a.service, b.service);
  field("provider", a.provider, b.provider);
  field("customer", a.customer, b.customer);
  field("calendar", a.calendar, b.calendar);
  field("term.start", a.term.start.text, b.term.start.text);
  field("term.end", a.term.end?.text, b.term.end?.text);
  // Shown when either revision states it: a moved term.start moves a default effective date too.
  const stated = (x: Agreement) => x.effective.day !== x.term.start.day;
  if (stated(a) || stated(b)) field("effective", a.effective.text, b.effective.text);
  field(
    "fee",
    a.fee && `${a.fee.amount} ${a.fee.currency}/${a.fee.per}`,
    b.fee && `${b.fee.amount} ${b.fee.currency}/${b.fee.per}`,
  );
  if (a.creditCap.ppb !== b.creditCap.ppb) {
    out.push(
      change(b, null, "creditCap", formatPercentage(a.creditCap), formatPercentage(b.creditCap), "changed"),
    );
  }
  field("review.every", a.review?.every.text, b.review?.every.text);
  field("contract.noticePeriod", a.contract?.noticePeriod?.text, b.contract?.noticePeriod?.text);

  const before = new Map(a.targets.map((t) => [t.name, t]));
  const after = new Map(b.targets.map((t) => [t.name, t]));
  for (const name of [...new Set([...before.keys(), ...after.keys()])]) {
    const x = before.get(name);
    const y = after.get(name);
    if (x && !y) out.push(change(a, name, "target", describeTarget(x), null, "removed"));
    else if (!x && y) out.push(change(b, name, "target", null, describeTarget(y), "added"));
    else if (x && y) out.push(...diffTarget(b, x, y));
  }
  return out;
}

function diffTarget(agreement: Agreement, x: Target, y: Target): AgreementChange[] {
  const out: AgreementChange[] = [];
  const push = (field: string, from: string | null, to: string | null, direction: Direction) =>
    out.push(change(agreement, y.name, field, from, to, direction));
  if (x.objective.ppb !== y.objective.ppb) {
    push(
      "objective",
      formatPercentage(x.objective),
      formatPercentage(y.objective),
      y.objective.ppb > x.objective.ppb ? "tightened" : "loosened",
    );
  }
  if (x.threshold !== y.threshold || x.businessDays !== y.businessDays) {
    // A business-day threshold (2bd) compares with another in days; with hours it is "changed".
    const [a, b] = [x.threshold ?? x.businessDays, y.threshold ?? y.businessDays];
    const sameUnit = (x.businessDays === undefined) === (y.businessDays === undefined);
    const direction =
      a === undefined || b === undefined || !sameUnit ? "changed" : b < a ? "tightened" : "loosened";
    push("threshold", thresholdText(x), thresholdText(y), direction);
  }
  const plain = (field: string, from: string | undefined, to: string | undefined) => {
    if (from !== to) push(field, from ?? null, to ?? null, "changed");
  };
  plain("metric", x.metric, y.metric);
  plain("priority", x.priority, y.priority);
  plain("window", x.window, y.window);
  plain("exclusions", x.exclusions.join(",") || undefined, y.exclusions.join(",") || undefined);
  plain("credits", describeCredits(x) || undefined, describeCredits(y) || undefined);
  plain("supports", x.supports.join(",") || undefined, y.supports.join(",") || undefined);
  return out;
}

function describeAgreement(a: Agreement): string {
  return `${a.kind} for ${a.service} (${a.provider} → ${a.customer}), ${a.targets.length} target${a.targets.length === 1 ? "" : "s"}`;
}

function thresholdText(t: Target): string | null {
  if (t.businessDays !== undefined) return `${t.businessDays}bd`;
  return t.threshold === undefined ? null : durationSyntax(t.threshold);
}

function describeTarget(t: Target): string {
  const parts: string[] = [t.metric];
  if (t.priority) parts.push(t.priority);
  const threshold = thresholdText(t);
  if (threshold !== null) parts.push(`≤ ${threshold}`);
  parts.push(`${formatPercentage(t.objective)}`);
  return parts.join(" ");
}

function describeCredits(t: Target): string {
  return t.credits.map((c) => `<${formatPercentage(c.below)}:${formatPercentage(c.credit)}`).join(" ");
}
