import type { StatusResult, TargetStatus } from "../../status/status-model.js";
import type { LocaleText } from "../../text/locale-text.js";
import { excuseReason } from "../../text/workload-text.js";

export function statusHead({ t }: LocaleText): string[] {
  return [
    "target",
    "window",
    "elapsed",
    "value",
    "objective",
    "consumed",
    "burnRate",
    "state",
    "forecast",
  ].map((k) => t(`statusCmd.head.${k}`));
}

/** The state a person reads first: breach ahead, at risk, on track, no data. */
export function stateText(t: TargetStatus, { t: word }: LocaleText): string {
  if (t.atRisk) return word("statusCmd.state.atRisk");
  if (t.forecast.status === "breached") return word("statusCmd.state.breached");
  if (t.forecast.status === "no-data") return word("statusCmd.state.noData");
  if (t.forecast.status === "excused") return word("statusCmd.state.excused");
  return word("statusCmd.state.met");
}

/** "ends the month at 99.82%, breached, credit EUR 1,200.00" (SPEC §20's forecast at the current rate). */
export function forecastText(t: TargetStatus, text: LocaleText): string {
  if (t.forecast.status === "no-data" || t.forecast.value === null) return text.t("statusCmd.forecastNoData");
  if (t.excused)
    return excuseReason({ measure: t.excused.measure, actual: t.excused.actual, max: t.excused.max }, text);
  const params = {
    window: t.window.per,
    value: text.percent(t.forecast.value),
    status: text.t(t.forecast.status === "breached" ? "statusCmd.verdict.breached" : "statusCmd.verdict.met"),
  };
  const credit = t.forecast.credit;
  return credit && credit.amount > 0
    ? text.t("statusCmd.forecastCredit", { ...params, amount: text.currency(credit.amount, credit.currency) })
    : text.t("statusCmd.forecast", params);
}

function elapsedText(t: TargetStatus, text: LocaleText): string {
  return t.unit === "time" ? text.duration(t.elapsed) : text.t("statusCmd.items", { n: t.elapsed });
}

/** A budget figure; an exhausted 100% budget (null) shows as ∞ once something went bad. */
function orInfinity(value: string, t: TargetStatus, figure: number | null): string {
  if (figure !== null) return value;
  return t.forecast.status === "breached" ? "∞" : "–";
}

export function statusRow(t: TargetStatus, text: LocaleText): string[] {
  return [
    `${t.kind}/${t.agreement}/${t.target}`,
    text.periodLabel(t.window.label),
    elapsedText(t, text),
    text.percent(t.value),
    text.percent(t.objective),
    orInfinity(text.budgetShare(t.consumed), t, t.consumed),
    orInfinity(text.number(t.burnRate, 2), t, t.burnRate),
    stateText(t, text),
    forecastText(t, text),
  ];
}

export function headingText(result: StatusResult, text: LocaleText): string {
  return text.t("statusCmd.heading", { asOf: text.localTime(Date.parse(result.asOf), "UTC") });
}

export function summaryText(result: StatusResult, { t }: LocaleText): string {
  const count = (p: (x: TargetStatus) => boolean) => result.targets.filter(p).length;
  return t("statusCmd.summary", {
    targets: result.targets.length,
    breached: count((x) => x.forecast.status === "breached"),
    atRisk: count((x) => x.atRisk),
    met: count((x) => x.forecast.status === "met" && !x.atRisk),
    noData: count((x) => x.forecast.status === "no-data"),
  });
}
