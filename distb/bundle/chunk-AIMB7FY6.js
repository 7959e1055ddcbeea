import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/credits/credit-rows.js
function creditSections(r, text) {
  const { t } = text;
  const money = (m) => m === null ? "\u2013" : text.currency(m.amount, m.currency);
  const head = (...keys) => keys.map((k) => t(`credits.column.${k}`));
  return [
    {
      title: t("credits.payable.title", { period: text.periodLabel(r.period) }),
      head: head("sla", "customer", "service", "window", "amount"),
      rows: r.payable.map((p) => [
        p.sla,
        p.customer,
        p.service,
        p.window,
        text.currency(p.amount, p.currency)
      ]),
      empty: t("credits.payable.none")
    },
    {
      title: t("credits.claimable.title"),
      head: head("uc", "supplier", "service", "window", "amount", "deadline"),
      rows: r.claimable.map((c) => [
        c.uc,
        c.supplier,
        c.service,
        c.window,
        text.currency(c.amount, c.currency),
        c.deadline ?? t("credits.claimable.noDeadline")
      ]),
      empty: t("credits.claimable.none")
    },
    {
      title: t("credits.net.title"),
      head: head("service", "payable", "claimable", "net", "claims"),
      rows: r.net.map((n) => [
        n.service,
        text.currency(n.payable, n.currency),
        text.currency(n.claimable, n.currency),
        text.currency(n.net, n.currency),
        n.suppliers.map((s) => t("credits.net.claim", {
          supplier: s.supplier,
          uc: s.uc,
          amount: text.currency(s.claimable, n.currency)
        })).join(t("format.clauseSeparator")) || "\u2013"
      ]),
      empty: t("credits.net.none")
    },
    {
      title: t("credits.cost.title"),
      head: head("sla", "fee", "exposure", "beneath", "recoverable"),
      rows: r.cost.map((c) => [
        c.sla,
        money(c.fee),
        money(c.exposure),
        c.underpinning.map((u) => t(u.sharedBy > 1 ? "credits.cost.underpinningShared" : "credits.cost.underpinning", {
          kind: u.kind,
          name: u.name,
          fee: u.fee ? money(u.fee) : t("credits.cost.noFee"),
          count: u.sharedBy
        })).join(t("format.clauseSeparator")) || t("credits.cost.nothingBeneath"),
        c.recoverable.map(money).join(" + ") || "\u2013"
      ]),
      empty: t("credits.cost.none")
    },
    {
      title: t("credits.totals.title"),
      head: head("currency", "payable", "claimable", "net", "exposure", "recoverable"),
      rows: r.totals.map((x) => [
        x.currency,
        text.currency(x.payable, x.currency),
        text.currency(x.claimable, x.currency),
        text.currency(x.net, x.currency),
        text.currency(x.exposure, x.currency),
        text.currency(x.recoverable, x.currency)
      ]),
      empty: t("credits.totals.none")
    }
  ];
}

export {
  creditSections
};
