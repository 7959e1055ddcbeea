import type { LocaleText } from "./locale-text.js";

/** The counts a report's one-line summary is made of (the report model's `summary` and `credits`). */
export interface SummaryFacts {
  targets: number;
  met: number;
  noData: number;
  /** Targets excused by an exceeded workload limit (SPEC §15). */
  excused?: number;
  provisional?: number;
  breaches: { minor: number; major: number; critical: number };
  /** The credit due, when there is one to name. */
  credit: { amount: number; currency: string } | null;
}

/**
 * The report's one-line summary, e.g. "9 of 11 targets met; 2 breaches (1 major); credit EUR
 * 1,200.00". Breaches name their major and critical counts (the rest are minor); targets without
 * data are named because they are not met, and targets whose window is still running because
 * they are neither met nor breached yet.
 */
export function summarySentence(s: SummaryFacts, text: LocaleText): string {
  const { t } = text;
  const parts = [t("summary.met", { met: s.met, targets: s.targets })];
  const breached = s.breaches.minor + s.breaches.major + s.breaches.critical;
  if (breached === 0) parts.push(t("summary.noBreaches"));
  else {
    const serious = (["critical", "major"] as const)
      .filter((k) => s.breaches[k] > 0)
      .map((k) => t("summary.severityCount", { count: s.breaches[k], severity: t(`severity.${k}.lower`) }));
    const count = t("summary.breaches", { count: breached });
    parts.push(
      serious.length > 0
        ? t("summary.breachesSerious", { breaches: count, serious: serious.join(t("format.listSeparator")) })
        : count,
    );
  }
  if (s.noData > 0) parts.push(t("summary.noData", { count: s.noData }));
  if (s.excused) parts.push(t("summary.excused", { count: s.excused }));
  if (s.provisional) parts.push(t("summary.running", { count: s.provisional }));
  if (s.credit !== null)
    parts.push(t("summary.credit", { amount: text.currency(s.credit.amount, s.credit.currency) }));
  return parts.join(t("format.clauseSeparator"));
}

/** The summary facts of a report model (or of a model a user's pipeline built without a sentence). */
export function summaryFactsOf(model: {
  summary: {
    targets: number;
    met: number;
    noData: number;
    excused?: number;
    provisional?: number;
    breaches: SummaryFacts["breaches"];
  };
  credits: { amount: number | null; currency: string | null };
}): SummaryFacts {
  const { amount, currency } = model.credits;
  return {
    targets: model.summary.targets,
    met: model.summary.met,
    noData: model.summary.noData,
    excused: model.summary.excused ?? 0,
    provisional: model.summary.provisional ?? 0,
    breaches: model.summary.breaches,
    credit: amount !== null && amount > 0 && currency ? { amount, currency } : null,
  };
}
