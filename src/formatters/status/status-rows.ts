import type { StatusResult, TargetStatus } from "../../status/status-model.js";
import {
  formatBudgetShare,
  formatCurrency,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
} from "../../text/format-values.js";
import { statusWord } from "./status-words.js";

export const STATUS_HEAD = [
  statusWord("status.head.target"),
  statusWord("status.head.window"),
  statusWord("status.head.elapsed"),
  statusWord("status.head.value"),
  statusWord("status.head.objective"),
  statusWord("status.head.consumed"),
  statusWord("status.head.burnRate"),
  statusWord("status.head.state"),
  statusWord("status.head.forecast"),
];

/** The state a person reads first: breach ahead, at risk, on track, no data. */
export function stateText(t: TargetStatus): string {
  if (t.atRisk) return statusWord("status.state.atRisk");
  if (t.forecast.status === "breached") return statusWord("status.state.breached");
  if (t.forecast.status === "no-data") return statusWord("status.state.noData");
  return statusWord("status.state.met");
}

/** "ends the month at 99.82%, breached, credit EUR 1,200.00" (SPEC §20's forecast at the current rate). */
export function forecastText(t: TargetStatus): string {
  if (t.forecast.status === "no-data" || t.forecast.value === null)
    return statusWord("status.forecast.noData");
  const params = {
    window: statusWord(`status.window.${t.window.per}`),
    value: formatPercent(t.forecast.value),
    status: statusWord(t.forecast.status === "breached" ? "status.verdict.breached" : "status.verdict.met"),
  };
  const credit = t.forecast.credit;
  return credit && credit.amount > 0
    ? statusWord("status.forecast.credit", {
        ...params,
        amount: formatCurrency(credit.amount, credit.currency),
      })
    : statusWord("status.forecast", params);
}

export function elapsedText(t: TargetStatus): string {
  return t.unit === "time"
    ? formatDuration(t.elapsed)
    : statusWord(t.elapsed === 1 ? "status.items.one" : "status.items.other", { n: formatNumber(t.elapsed) });
}

/** A burn rate to two decimals; an exhausted 100% budget (null) shows as ∞ once something went bad. */
export function burnRateText(t: TargetStatus): string {
  if (t.burnRate !== null) return formatNumber(t.burnRate, 2);
  return t.forecast.status === "breached" ? "∞" : "–";
}

export function consumedText(t: TargetStatus): string {
  if (t.consumed !== null) return formatBudgetShare(t.consumed);
  return t.forecast.status === "breached" ? "∞" : "–";
}

export function statusRow(t: TargetStatus): string[] {
  return [
    `${t.kind}/${t.agreement}/${t.target}`,
    t.window.label,
    elapsedText(t),
    formatPercent(t.value),
    formatPercent(t.objective),
    consumedText(t),
    burnRateText(t),
    stateText(t),
    forecastText(t),
  ];
}

export function headingText(result: StatusResult): string {
  return statusWord("status.heading", { asOf: `${formatDate(result.asOf, "UTC")} UTC` });
}

export function summaryText(result: StatusResult): string {
  const count = (p: (t: TargetStatus) => boolean) => result.targets.filter(p).length;
  return statusWord("status.summary", {
    targets: result.targets.length,
    breached: count((t) => t.forecast.status === "breached"),
    atRisk: count((t) => t.atRisk),
    met: count((t) => t.forecast.status === "met" && !t.atRisk),
    noData: count((t) => t.forecast.status === "no-data"),
  });
}
