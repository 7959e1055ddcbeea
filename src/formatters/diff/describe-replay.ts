import type { ReplayChange, ReplayResult, ReplaySide } from "../../diff/replay.js";
import type { RetroactiveChange } from "../../diff/retroactive-changes.js";
import { formatBudgetShare, formatCurrency, formatPercent } from "../../text/format-values.js";

/** `SLA acme-web: availability: objective changes while effective stays …`. */
export function describeRetroactive(w: RetroactiveChange): string {
  return `${w.kind} ${w.name}: ${w.message}`;
}

/** What was replayed, in one sentence: `the last 6 months (2024-07 to 2024-12) as of …`. */
export function describeReplayScope(r: ReplayResult): string {
  const plural: Record<string, string> = { month: "months", quarter: "quarters", year: "years" };
  const spans = r.windows.map(({ window, labels }) => {
    const range = labels.length === 1 ? labels[0] : `${labels[0]} to ${labels[labels.length - 1]}`;
    return `${r.periods === 1 ? `the last ${window}` : `the last ${r.periods} ${plural[window]}`} (${range})`;
  });
  return `${spans.join(" and ") || "no SLA target"}, complete by ${r.asOf.slice(0, 10)}`;
}

/** The changes grouped per SLA target, in order. */
export function replayByTarget(r: ReplayResult): { sla: string; target: string; rows: ReplayChange[] }[] {
  const groups = new Map<string, { sla: string; target: string; rows: ReplayChange[] }>();
  for (const row of r.changes) {
    const key = `${row.sla}\u0000${row.target}`;
    const group = groups.get(key) ?? { sla: row.sla, target: row.target, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

type Cell = (side: ReplaySide | null) => string;

const status: Cell = (s) => (s === null ? "not judged" : s.status);
const severity: Cell = (s) => (s === null ? "–" : (s.severity ?? "–"));
const credit: Cell = (s) => {
  if (s === null) return "–";
  if (s.credit.amount !== null && s.credit.currency !== null)
    return formatCurrency(s.credit.amount, s.credit.currency);
  return s.credit.percent === null ? "–" : `${formatPercent(s.credit.percent)} of fee`;
};
const budget: Cell = (s) => (s === null ? "–" : formatBudgetShare(s.budgetConsumed));

/** Each field of a replayed window as `base → head` where it changed, else its one value. */
export function replayCells(row: ReplayChange, emphasis: (text: string) => string = (t) => t) {
  const cell = (field: ReplayChange["changed"][number], format: Cell) =>
    row.changed.includes(field) ? `${format(row.base)} → ${emphasis(format(row.head))}` : format(row.head);
  return {
    status: cell("status", status),
    severity: cell("severity", severity),
    credit: cell("credit", credit),
    budget: cell("budget", budget),
  };
}

/** Σ credit amounts per currency on each side, for the summary line (windows that changed only). */
export function creditTotals(r: ReplayResult): { currency: string; base: number; head: number }[] {
  const totals = new Map<string, { currency: string; base: number; head: number }>();
  for (const row of r.changes) {
    for (const [side, key] of [
      [row.base, "base"],
      [row.head, "head"],
    ] as const) {
      if (side?.credit.amount == null || side.credit.currency === null) continue;
      const t = totals.get(side.credit.currency) ?? { currency: side.credit.currency, base: 0, head: 0 };
      // Cents, so that a sum of amounts stays exact.
      t[key] += Math.round(side.credit.amount * 100);
      totals.set(side.credit.currency, t);
    }
  }
  return [...totals.values()]
    .filter((t) => t.base !== t.head)
    .map((t) => ({ currency: t.currency, base: t.base / 100, head: t.head / 100 }));
}
