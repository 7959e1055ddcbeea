import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  excuseReason
} from "./chunk-I4FYCAP7.js";

// dist/formatters/status/status-rows.js
function statusHead({ t }) {
  return [
    "target",
    "window",
    "elapsed",
    "value",
    "objective",
    "consumed",
    "burnRate",
    "state",
    "forecast"
  ].map((k) => t(`statusCmd.head.${k}`));
}
function stateText(t, { t: word }) {
  if (t.atRisk)
    return word("statusCmd.state.atRisk");
  if (t.forecast.status === "breached")
    return word("statusCmd.state.breached");
  if (t.forecast.status === "no-data")
    return word("statusCmd.state.noData");
  if (t.forecast.status === "excused")
    return word("statusCmd.state.excused");
  return word("statusCmd.state.met");
}
function forecastText(t, text) {
  if (t.forecast.status === "no-data" || t.forecast.value === null)
    return text.t("statusCmd.forecastNoData");
  if (t.excused)
    return excuseReason({ measure: t.excused.measure, actual: t.excused.actual, max: t.excused.max }, text);
  const params = {
    window: t.window.per,
    value: text.percent(t.forecast.value),
    status: text.t(t.forecast.status === "breached" ? "statusCmd.verdict.breached" : "statusCmd.verdict.met")
  };
  const credit = t.forecast.credit;
  return credit && credit.amount > 0 ? text.t("statusCmd.forecastCredit", { ...params, amount: text.currency(credit.amount, credit.currency) }) : text.t("statusCmd.forecast", params);
}
function elapsedText(t, text) {
  return t.unit === "time" ? text.duration(t.elapsed) : text.t("statusCmd.items", { n: t.elapsed });
}
function orInfinity(value, t, figure) {
  if (figure !== null)
    return value;
  return t.forecast.status === "breached" ? "\u221E" : "\u2013";
}
function statusRow(t, text) {
  return [
    `${t.kind}/${t.agreement}/${t.target}`,
    text.periodLabel(t.window.label),
    elapsedText(t, text),
    text.percent(t.value),
    text.percent(t.objective),
    orInfinity(text.budgetShare(t.consumed), t, t.consumed),
    orInfinity(text.number(t.burnRate, 2), t, t.burnRate),
    stateText(t, text),
    forecastText(t, text)
  ];
}
function headingText(result, text) {
  return text.t("statusCmd.heading", { asOf: text.localTime(Date.parse(result.asOf), "UTC") });
}
function summaryText(result, { t }) {
  const count = (p) => result.targets.filter(p).length;
  return t("statusCmd.summary", {
    targets: result.targets.length,
    breached: count((x) => x.forecast.status === "breached"),
    atRisk: count((x) => x.atRisk),
    met: count((x) => x.forecast.status === "met" && !x.atRisk),
    noData: count((x) => x.forecast.status === "no-data")
  });
}

export {
  statusHead,
  statusRow,
  headingText,
  summaryText
};
