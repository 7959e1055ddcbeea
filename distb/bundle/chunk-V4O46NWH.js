import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  apportionCents,
  feeCentsForMonths,
  maxCreditCents,
  reachable
} from "./chunk-MAKVS4ER.js";
import {
  periodMonths
} from "./chunk-Z3KBX553.js";
import {
  shiftDate
} from "./chunk-XGYTK23C.js";
import {
  parseDate
} from "./chunk-MPPKPTIV.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/credits/back-to-back-credits.js
var cents = (amount) => Math.round(amount * 100);
var units = (c) => c / 100;
function backToBackCredits(model, period, reports) {
  const notes = [];
  const agreement = (r) => model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla);
  const slas = reports.filter((r) => r.kind === "SLA").sort((a, b) => compareStrings(a.sla, b.sla));
  const ucs = reports.filter((r) => r.kind === "UC").sort((a, b) => compareStrings(a.sla, b.sla));
  const payable = [];
  for (const r of slas) {
    for (const w of r.credits.windows) {
      if (w.amount === null) {
        notes.push({ kind: "no-fee", agreement: r.sla, agreementKind: "SLA", window: w.label });
        continue;
      }
      if (w.amount > 0)
        payable.push({
          sla: r.sla,
          customer: r.customer,
          service: r.service,
          window: w.label,
          amount: w.amount,
          currency: r.credits.currency
        });
    }
  }
  const claimable = [];
  for (const r of ucs) {
    const claimWithin = agreement(r).contract?.claimWithin;
    for (const w of r.credits.windows) {
      if (w.amount === null) {
        notes.push({ kind: "no-fee", agreement: r.sla, agreementKind: "UC", window: w.label });
        continue;
      }
      if (w.amount <= 0)
        continue;
      const last = parseDate(w.lastDay);
      claimable.push({
        uc: r.sla,
        supplier: r.provider,
        service: r.service,
        window: w.label,
        amount: w.amount,
        currency: r.credits.currency,
        deadline: claimWithin && last.ok ? shiftDate(last.value, claimWithin).text : null
      });
    }
  }
  const dependsOn = (s) => model.services.get(s)?.dependsOn ?? [];
  const beneath = /* @__PURE__ */ new Map();
  for (const r of slas)
    if (!beneath.has(r.service))
      beneath.set(r.service, reachable(r.service, dependsOn));
  const servicesAbove = (service) => [...beneath].filter(([, reached]) => reached.has(service)).map(([s]) => s);
  const nets = /* @__PURE__ */ new Map();
  const netOf = (service, currency) => {
    const key = `${service}\0${currency}`;
    let entry = nets.get(key);
    if (!entry) {
      entry = { service, currency, payable: 0, claimable: 0, net: 0, suppliers: [] };
      nets.set(key, entry);
    }
    return entry;
  };
  for (const p of payable)
    netOf(p.service, p.currency).payable += cents(p.amount);
  for (const c of claimable) {
    const above = servicesAbove(c.service);
    const targets = above.length > 0 ? above : [c.service];
    const shares = apportionCents(cents(c.amount), targets.length);
    targets.forEach((service, i) => {
      const entry = netOf(service, c.currency);
      entry.claimable += shares[i];
      const supplier = entry.suppliers.find((s) => s.uc === c.uc);
      if (supplier)
        supplier.claimable += shares[i];
      else
        entry.suppliers.push({ supplier: c.supplier, uc: c.uc, claimable: shares[i] });
    });
  }
  const net = [...nets.values()].sort((a, b) => compareStrings(a.service, b.service) || compareStrings(a.currency, b.currency)).map((n) => ({
    ...n,
    payable: units(n.payable),
    claimable: units(n.claimable),
    net: units(n.payable - n.claimable),
    suppliers: n.suppliers.sort((a, b) => compareStrings(a.supplier, b.supplier) || compareStrings(a.uc, b.uc)).map((s) => ({ ...s, claimable: units(s.claimable) }))
  }));
  const currenciesByService = /* @__PURE__ */ new Map();
  for (const n of net)
    currenciesByService.set(n.service, (currenciesByService.get(n.service) ?? /* @__PURE__ */ new Set()).add(n.currency));
  for (const [service, currencies] of currenciesByService)
    if (currencies.size > 1)
      notes.push({ kind: "currencies", service, currencies: [...currencies].sort(compareStrings) });
  const { cost, totals } = costView(model, period, slas, reports, beneath, payable, claimable);
  return { period: period.label, payable, claimable, net, cost, totals, notes };
}
function costView(model, period, slas, reports, beneath, payable, claimable) {
  const months = periodMonths(period);
  const find = (r) => model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla);
  const money = (c, currency) => c === null || currency === void 0 ? null : { amount: units(c), currency };
  const supporting = reports.filter((r) => r.kind === "OLA" || r.kind === "UC").map(find).sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.metadata.name, b.metadata.name));
  const slaAgreements = slas.map(find);
  const restsOn = (sla) => supporting.filter((u) => beneath.get(sla.service)?.has(u.service));
  const sharing = /* @__PURE__ */ new Map();
  for (const sla of slaAgreements)
    for (const u of restsOn(sla))
      sharing.set(u, [...sharing.get(u) ?? [], sla]);
  const totals = /* @__PURE__ */ new Map();
  const total = (currency) => {
    let t = totals.get(currency);
    if (!t) {
      t = { payable: 0, claimable: 0, exposure: 0, recoverable: 0 };
      totals.set(currency, t);
    }
    return t;
  };
  for (const p of payable)
    total(p.currency).payable += cents(p.amount);
  for (const c of claimable)
    total(c.currency).claimable += cents(c.amount);
  const cost = slaAgreements.map((sla) => {
    const currency = sla.fee?.currency;
    const exposure = maxCreditCents(sla, months);
    if (exposure !== null && currency)
      total(currency).exposure += exposure;
    const recoverable = /* @__PURE__ */ new Map();
    const underpinning = restsOn(sla).map((u) => {
      const shared = sharing.get(u) ?? [sla];
      const max = u.kind === "UC" ? maxCreditCents(u, months) : null;
      const share = max === null ? null : apportionCents(max, shared.length)[shared.indexOf(sla)];
      if (share !== null && u.fee)
        recoverable.set(u.fee.currency, (recoverable.get(u.fee.currency) ?? 0) + share);
      return {
        kind: u.kind,
        name: u.metadata.name,
        service: u.service,
        provider: u.provider,
        fee: u.fee ? money(feeCentsForMonths(u.fee, months), u.fee.currency) : null,
        sharedBy: shared.length,
        maxRecoverable: money(max, u.fee?.currency),
        share: money(share, u.fee?.currency)
      };
    });
    return {
      sla: sla.metadata.name,
      customer: sla.customer,
      service: sla.service,
      fee: sla.fee ? money(feeCentsForMonths(sla.fee, months), currency) : null,
      exposure: money(exposure, currency),
      underpinning,
      recoverable: [...recoverable].sort(([a], [b]) => compareStrings(a, b)).map(([c, amount]) => ({ amount: units(amount), currency: c }))
    };
  });
  for (const u of supporting) {
    if (u.kind !== "UC" || !u.fee || !sharing.has(u))
      continue;
    total(u.fee.currency).recoverable += maxCreditCents(u, months) ?? 0;
  }
  return {
    cost,
    totals: [...totals].sort(([a], [b]) => compareStrings(a, b)).map(([currency, t]) => ({
      currency,
      payable: units(t.payable),
      claimable: units(t.claimable),
      net: units(t.payable - t.claimable),
      exposure: units(t.exposure),
      recoverable: units(t.recoverable)
    }))
  };
}

export {
  backToBackCredits
};
