import type { CreditsResult, Money } from "../../credits/back-to-back-credits.js";
import { formatCurrency } from "../../text/format-values.js";

/**
 * The rows of `slm credits` for people, shared by the table and Markdown formats: one list of
 * headings and cells, so the two never say different things. English words, in one place.
 */
export interface CreditSection {
  title: string;
  head: string[];
  rows: string[][];
  /** Said instead of the table when there are no rows. */
  empty: string;
}

const money = (m: Money | null) => (m === null ? "–" : formatCurrency(m.amount, m.currency));

export function creditSections(r: CreditsResult): CreditSection[] {
  return [
    {
      title: `Payable to customers (credits due in ${r.period})`,
      head: ["SLA", "customer", "service", "window", "amount"],
      rows: r.payable.map((p) => [
        p.sla,
        p.customer,
        p.service,
        p.window,
        formatCurrency(p.amount, p.currency),
      ]),
      empty: "No credit is payable.",
    },
    {
      title: "Claimable from suppliers",
      head: ["UC", "supplier", "service", "window", "amount", "claim by"],
      rows: r.claimable.map((c) => [
        c.uc,
        c.supplier,
        c.service,
        c.window,
        formatCurrency(c.amount, c.currency),
        c.deadline ?? "no claimWithin",
      ]),
      empty: "No credit is claimable.",
    },
    {
      title: "Net per service (payable − claimable)",
      head: ["service", "payable", "claimable", "net", "claims"],
      rows: r.net.map((n) => [
        n.service,
        formatCurrency(n.payable, n.currency),
        formatCurrency(n.claimable, n.currency),
        formatCurrency(n.net, n.currency),
        n.suppliers
          .map((s) => `${s.supplier} (${s.uc}) ${formatCurrency(s.claimable, n.currency)}`)
          .join("; ") || "–",
      ]),
      empty: "Nothing to net.",
    },
    {
      title: "Cost view: fees beneath each SLA, maximum exposure against maximum recoverable",
      head: ["SLA", "fee", "max exposure", "beneath it", "max recoverable (share)"],
      rows: r.cost.map((c) => [
        c.sla,
        money(c.fee),
        money(c.exposure),
        c.underpinning
          .map(
            (u) =>
              `${u.kind} ${u.name} ${u.fee ? money(u.fee) : "(no fee)"}${u.sharedBy > 1 ? ` (shared by ${u.sharedBy} SLAs)` : ""}`,
          )
          .join("; ") || "none",
        c.recoverable.map(money).join(" + ") || "–",
      ]),
      empty: "No SLA is in force in the period.",
    },
    {
      title: "Totals per currency",
      head: ["currency", "payable", "claimable", "net", "max exposure", "max recoverable"],
      rows: r.totals.map((t) => [
        t.currency,
        formatCurrency(t.payable, t.currency),
        formatCurrency(t.claimable, t.currency),
        formatCurrency(t.net, t.currency),
        formatCurrency(t.exposure, t.currency),
        formatCurrency(t.recoverable, t.currency),
      ]),
      empty: "No amounts.",
    },
  ];
}
