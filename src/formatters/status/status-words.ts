/**
 * Every word `slm status` shows a person, in one place, as message patterns with `{name}`
 * placeholders (ICU MessageFormat syntax), until they move into the locale catalogues.
 */
const WORDS = {
  "status.heading": "Service levels as of {asOf}",
  "status.none": "No target is in force at {asOf}.",
  "status.head.target": "target",
  "status.head.window": "window",
  "status.head.elapsed": "elapsed",
  "status.head.value": "so far",
  "status.head.objective": "objective",
  "status.head.consumed": "budget used",
  "status.head.burnRate": "burn rate",
  "status.head.state": "state",
  "status.head.forecast": "forecast",
  "status.state.breached": "breach ahead",
  "status.state.atRisk": "at risk",
  "status.state.met": "on track",
  "status.state.noData": "no data",
  "status.items.one": "{n} item",
  "status.items.other": "{n} items",
  "status.window.month": "month",
  "status.window.quarter": "quarter",
  "status.window.year": "year",
  "status.forecast": "ends the {window} at {value}, {status}",
  "status.forecast.credit": "ends the {window} at {value}, {status}, credit {amount}",
  "status.forecast.noData": "no data so far",
  "status.verdict.met": "met",
  "status.verdict.breached": "breached",
  "status.summary":
    "{targets} targets: {breached} forecast breached, {atRisk} at risk, {met} on track, {noData} without data",
} as const;

export type StatusWord = keyof typeof WORDS;

/** The pattern `key` with its `{name}` placeholders filled in. */
export function statusWord(key: StatusWord, params: Record<string, string | number> = {}): string {
  return WORDS[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
