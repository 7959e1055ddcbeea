import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  localeText
} from "./chunk-DQEPQ35S.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import {
  DEFAULT_LOCALE
} from "./chunk-ZR5D3XWC.js";

// dist/formatters/diff/describe-change.js
function describeChange(c) {
  const where = c.target ? `${c.target}: ` : "";
  const via = c.via ? ` (${c.via.kind} ${c.via.name})` : c.template ? ` (template ${c.template})` : "";
  const detail = c.detail ? `; ${c.detail}` : "";
  if (c.direction === "added")
    return `${where}${c.field} added (${c.to})`;
  if (c.direction === "removed")
    return `${where}${c.field} removed (was ${c.from})`;
  const arrow = `${c.from ?? "(none)"} \u2192 ${c.to ?? "(none)"}`;
  return c.direction === "changed" ? `${where}${c.field}${via} ${arrow}${detail}` : `${where}${c.field}${via} ${c.direction}, ${arrow}${detail}`;
}
var VERBS = {
  tightened: "tightens",
  loosened: "loosens",
  changed: "changes",
  added: "is added to",
  removed: "is removed from"
};
function describeTemplateChange(t) {
  const byKind = /* @__PURE__ */ new Map();
  for (const a of t.agreements) {
    const kind = a.slice(0, a.indexOf("/"));
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const counts = [...byKind].map(([kind, n]) => `${n} ${kind}${n === 1 ? "" : "s"}`).join(", ");
  const what = t.field === "target" ? `target ${t.target} (${t.to ?? t.from})` : `${t.target ? `${t.target} ` : ""}${t.field} ${t.from ?? "(none)"} \u2192 ${t.to ?? "(none)"}`;
  return `${t.template}: ${what} ${VERBS[t.direction]} ${counts}`;
}
function describeCoverageChange(c) {
  const why = c.reasons.length > 0 ? ` \u2014 ${c.reasons.join("; ")}` : "";
  return `${c.target}: ${c.from ?? "(new)"} \u2192 ${c.to ?? "(removed)"}${why}`;
}
function changesByAgreement(result) {
  const groups = /* @__PURE__ */ new Map();
  const group = (kind, name) => {
    const key = `${kind}/${name}`;
    let g = groups.get(key);
    if (!g) {
      g = { heading: `${kind} ${name}`, changes: [], coverage: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const c of result.changes)
    group(c.kind, c.name).changes.push(c);
  for (const c of result.coverage)
    group("SLA", c.sla).coverage.push(c);
  return [...groups.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, g]) => g);
}
function loosenedCount(result) {
  const removed = result.changes.filter((c) => c.direction === "removed" && (c.field === "target" || c.field === "agreement")).length;
  return { loosened: result.changes.filter((c) => c.direction === "loosened").length + removed, removed };
}

// dist/text/format-values.js
var en = () => localeText(DEFAULT_LOCALE);
var formatPercent = (value, decimals = 3) => en().percent(value, decimals);
var formatBudgetShare = (value) => en().budgetShare(value);
var formatCurrency = (amount, currency) => en().currency(amount, currency);

// dist/formatters/diff/describe-replay.js
function describeRetroactive(w) {
  return `${w.kind} ${w.name}: ${w.message}`;
}
function describeReplayScope(r) {
  const plural = { month: "months", quarter: "quarters", year: "years" };
  const spans = r.windows.map(({ window, labels }) => {
    const range = labels.length === 1 ? labels[0] : `${labels[0]} to ${labels[labels.length - 1]}`;
    return `${r.periods === 1 ? `the last ${window}` : `the last ${r.periods} ${plural[window]}`} (${range})`;
  });
  return `${spans.join(" and ") || "no SLA target"}, complete by ${r.asOf.slice(0, 10)}`;
}
function replayByTarget(r) {
  const groups = /* @__PURE__ */ new Map();
  for (const row of r.changes) {
    const key = `${row.sla}\0${row.target}`;
    const group = groups.get(key) ?? { sla: row.sla, target: row.target, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}
var status = (s) => s === null ? "not judged" : s.status;
var severity = (s) => s === null ? "\u2013" : s.severity ?? "\u2013";
var credit = (s) => {
  if (s === null)
    return "\u2013";
  if (s.credit.amount !== null && s.credit.currency !== null)
    return formatCurrency(s.credit.amount, s.credit.currency);
  return s.credit.percent === null ? "\u2013" : `${formatPercent(s.credit.percent)} of fee`;
};
var budget = (s) => s === null ? "\u2013" : formatBudgetShare(s.budgetConsumed);
function replayCells(row, emphasis = (t) => t) {
  const cell = (field, format) => row.changed.includes(field) ? `${format(row.base)} \u2192 ${emphasis(format(row.head))}` : format(row.head);
  return {
    status: cell("status", status),
    severity: cell("severity", severity),
    credit: cell("credit", credit),
    budget: cell("budget", budget)
  };
}
function creditTotals(r) {
  const totals = /* @__PURE__ */ new Map();
  for (const row of r.changes) {
    for (const [side, key] of [
      [row.base, "base"],
      [row.head, "head"]
    ]) {
      if (side?.credit.amount == null || side.credit.currency === null)
        continue;
      const t = totals.get(side.credit.currency) ?? { currency: side.credit.currency, base: 0, head: 0 };
      t[key] += Math.round(side.credit.amount * 100);
      totals.set(side.credit.currency, t);
    }
  }
  return [...totals.values()].filter((t) => t.base !== t.head).map((t) => ({ currency: t.currency, base: t.base / 100, head: t.head / 100 }));
}

export {
  describeChange,
  describeTemplateChange,
  describeCoverageChange,
  changesByAgreement,
  loosenedCount,
  formatCurrency,
  describeRetroactive,
  describeReplayScope,
  replayByTarget,
  replayCells,
  creditTotals
};
