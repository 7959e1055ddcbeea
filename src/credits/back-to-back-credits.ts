import { compareStrings } from "../core/compare.js";
import type { Agreement, Model } from "../core/model.js";
import { parseDate } from "../core/values/date.js";
import { shiftDate } from "../core/values/calendar-interval.js";
import { reachable } from "../measure/availability-from-outages.js";
import type { ReportModel } from "../report/report-model.js";
import { periodMonths } from "../time/assessment-window.js";
import type { Period } from "../time/period.js";
import { apportionCents, feeCentsForMonths, maxCreditCents } from "../verdict/money.js";

/** A sum of money in one currency (amounts in the currency's units, exact to the cent). */
export interface Money {
  amount: number;
  currency: string;
}

/** A credit owed to a customer for one assessment window (SPEC §17). */
export interface PayableCredit {
  sla: string;
  customer: string;
  service: string;
  window: string;
  amount: number;
  currency: string;
}

/** A credit the provider may claim from a supplier for one window, and until when. */
export interface ClaimableCredit {
  uc: string;
  supplier: string;
  service: string;
  window: string;
  amount: number;
  currency: string;
  /** The window's last day + the UC's `contract.claimWithin` (YYYY-MM-DD); null without one. */
  deadline: string | null;
}

/** Per customer-facing service and currency: what is paid out against what comes back. */
export interface NetCredit {
  service: string;
  currency: string;
  payable: number;
  claimable: number;
  /** payable − claimable: what the service's credits cost the provider (negative: a gain). */
  net: number;
  /** The claims netted here, per supplier (a claim under several services is split between them). */
  suppliers: { supplier: string; uc: string; claimable: number }[];
}

/** The cost view of one SLA for the period (SPEC §17). */
export interface SlaCost {
  sla: string;
  customer: string;
  service: string;
  /** The SLA's fee for the period; null without a fee. */
  fee: Money | null;
  /** The most credit the SLA can owe for the period: every target at its top tier, capped. */
  exposure: Money | null;
  underpinning: UnderpinningCost[];
  /** Σ of this SLA's shares of its UCs' most recoverable, per currency. */
  recoverable: Money[];
}

export interface UnderpinningCost {
  kind: "OLA" | "UC";
  name: string;
  service: string;
  provider: string;
  fee: Money | null;
  /** How many SLAs in force rest on it (it is beneath each of their services). */
  sharedBy: number;
  /** UC: the most credit claimable from it for the period; null for OLAs and without a fee. */
  maxRecoverable: Money | null;
  /** This SLA's share of `maxRecoverable` (split evenly between the SLAs sharing it, exact to the cent). */
  share: Money | null;
}

export interface CreditTotals {
  currency: string;
  payable: number;
  claimable: number;
  net: number;
  exposure: number;
  /** Each UC's most recoverable counted once. */
  recoverable: number;
}

export interface CreditsResult {
  period: string;
  payable: PayableCredit[];
  claimable: ClaimableCredit[];
  net: NetCredit[];
  cost: SlaCost[];
  totals: CreditTotals[];
  /** What a reader must know about the figures, as facts (worded by the formatters). */
  notes: CreditNote[];
}

/** A credit tier reached without a fee to compute the amount from; or one service's credits in several currencies. */
export type CreditNote =
  | { kind: "no-fee"; agreement: string; agreementKind: "SLA" | "UC"; window: string }
  | { kind: "currencies"; service: string; currencies: string[] };

const cents = (amount: number) => Math.round(amount * 100);
const units = (c: number) => c / 100;

/**
 * `slm credits` (SPEC §17): from the reports of every SLA and UC in force in the period, the
 * credits that fall due in it — payable to customers and claimable from suppliers for the same
 * windows — netted per customer-facing service: a UC's claim nets under every SLA service it lies
 * beneath (its service is the SLA's service or reached through `dependsOn`), split evenly in
 * whole cents when several share it, under its own service when none does. Sums never mix
 * currencies: every figure is per currency, and nothing is converted.
 */
export function backToBackCredits(
  model: Model,
  period: Period,
  reports: readonly ReportModel[],
): CreditsResult {
  const notes: CreditNote[] = [];
  const agreement = (r: ReportModel) =>
    model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla)!;
  const slas = reports.filter((r) => r.kind === "SLA").sort((a, b) => compareStrings(a.sla, b.sla));
  const ucs = reports.filter((r) => r.kind === "UC").sort((a, b) => compareStrings(a.sla, b.sla));

  const payable: PayableCredit[] = [];
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
          currency: r.credits.currency!,
        });
    }
  }
  const claimable: ClaimableCredit[] = [];
  for (const r of ucs) {
    const claimWithin = agreement(r).contract?.claimWithin;
    for (const w of r.credits.windows) {
      if (w.amount === null) {
        notes.push({ kind: "no-fee", agreement: r.sla, agreementKind: "UC", window: w.label });
        continue;
      }
      if (w.amount <= 0) continue;
      const last = parseDate(w.lastDay);
      claimable.push({
        uc: r.sla,
        supplier: r.provider,
        service: r.service,
        window: w.label,
        amount: w.amount,
        currency: r.credits.currency!,
        deadline: claimWithin && last.ok ? shiftDate(last.value, claimWithin).text : null,
      });
    }
  }

  // Which SLA services each agreement lies beneath.
  const dependsOn = (s: string) => model.services.get(s)?.dependsOn ?? [];
  const beneath = new Map<string, Set<string>>();
  for (const r of slas) if (!beneath.has(r.service)) beneath.set(r.service, reachable(r.service, dependsOn));
  const servicesAbove = (service: string) =>
    [...beneath].filter(([, reached]) => reached.has(service)).map(([s]) => s);

  const nets = new Map<string, NetCredit>();
  const netOf = (service: string, currency: string) => {
    const key = `${service}\u0000${currency}`;
    let entry = nets.get(key);
    if (!entry) {
      entry = { service, currency, payable: 0, claimable: 0, net: 0, suppliers: [] };
      nets.set(key, entry);
    }
    return entry;
  };
  for (const p of payable) netOf(p.service, p.currency).payable += cents(p.amount);
  for (const c of claimable) {
    const above = servicesAbove(c.service);
    const targets = above.length > 0 ? above : [c.service];
    const shares = apportionCents(cents(c.amount), targets.length);
    targets.forEach((service, i) => {
      const entry = netOf(service, c.currency);
      entry.claimable += shares[i]!;
      const supplier = entry.suppliers.find((s) => s.uc === c.uc);
      if (supplier) supplier.claimable += shares[i]!;
      else entry.suppliers.push({ supplier: c.supplier, uc: c.uc, claimable: shares[i]! });
    });
  }
  const net = [...nets.values()]
    .sort((a, b) => compareStrings(a.service, b.service) || compareStrings(a.currency, b.currency))
    .map((n) => ({
      ...n,
      payable: units(n.payable),
      claimable: units(n.claimable),
      net: units(n.payable - n.claimable),
      suppliers: n.suppliers
        .sort((a, b) => compareStrings(a.supplier, b.supplier) || compareStrings(a.uc, b.uc))
        .map((s) => ({ ...s, claimable: units(s.claimable) })),
    }));
  const currenciesByService = new Map<string, Set<string>>();
  for (const n of net)
    currenciesByService.set(n.service, (currenciesByService.get(n.service) ?? new Set()).add(n.currency));
  for (const [service, currencies] of currenciesByService)
    if (currencies.size > 1)
      notes.push({ kind: "currencies", service, currencies: [...currencies].sort(compareStrings) });

  const { cost, totals } = costView(model, period, slas, reports, beneath, payable, claimable);
  return { period: period.label, payable, claimable, net, cost, totals, notes };
}

function costView(
  model: Model,
  period: Period,
  slas: readonly ReportModel[],
  reports: readonly ReportModel[],
  beneath: ReadonlyMap<string, Set<string>>,
  payable: readonly PayableCredit[],
  claimable: readonly ClaimableCredit[],
): { cost: SlaCost[]; totals: CreditTotals[] } {
  const months = periodMonths(period);
  const find = (r: ReportModel) =>
    model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla)!;
  const money = (c: number | null, currency: string | undefined): Money | null =>
    c === null || currency === undefined ? null : { amount: units(c), currency };
  const supporting = reports
    .filter((r) => r.kind === "OLA" || r.kind === "UC")
    .map(find)
    .sort((a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.metadata.name, b.metadata.name));
  const slaAgreements = slas.map(find);
  const restsOn = (sla: Agreement) => supporting.filter((u) => beneath.get(sla.service)?.has(u.service));
  const sharing = new Map<Agreement, Agreement[]>();
  for (const sla of slaAgreements)
    for (const u of restsOn(sla)) sharing.set(u, [...(sharing.get(u) ?? []), sla]);

  const totals = new Map<
    string,
    { payable: number; claimable: number; exposure: number; recoverable: number }
  >();
  const total = (currency: string) => {
    let t = totals.get(currency);
    if (!t) {
      t = { payable: 0, claimable: 0, exposure: 0, recoverable: 0 };
      totals.set(currency, t);
    }
    return t;
  };
  for (const p of payable) total(p.currency).payable += cents(p.amount);
  for (const c of claimable) total(c.currency).claimable += cents(c.amount);

  const cost = slaAgreements.map((sla): SlaCost => {
    const currency = sla.fee?.currency;
    const exposure = maxCreditCents(sla, months);
    if (exposure !== null && currency) total(currency).exposure += exposure;
    const recoverable = new Map<string, number>();
    const underpinning = restsOn(sla).map((u): UnderpinningCost => {
      const shared = sharing.get(u) ?? [sla];
      const max = u.kind === "UC" ? maxCreditCents(u, months) : null;
      const share = max === null ? null : apportionCents(max, shared.length)[shared.indexOf(sla)]!;
      if (share !== null && u.fee)
        recoverable.set(u.fee.currency, (recoverable.get(u.fee.currency) ?? 0) + share);
      return {
        kind: u.kind as "OLA" | "UC",
        name: u.metadata.name,
        service: u.service,
        provider: u.provider,
        fee: u.fee ? money(feeCentsForMonths(u.fee, months), u.fee.currency) : null,
        sharedBy: shared.length,
        maxRecoverable: money(max, u.fee?.currency),
        share: money(share, u.fee?.currency),
      };
    });
    return {
      sla: sla.metadata.name,
      customer: sla.customer,
      service: sla.service,
      fee: sla.fee ? money(feeCentsForMonths(sla.fee, months), currency) : null,
      exposure: money(exposure, currency),
      underpinning,
      recoverable: [...recoverable]
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([c, amount]) => ({ amount: units(amount), currency: c })),
    };
  });
  // Each UC's most recoverable once, whatever the number of SLAs sharing it.
  for (const u of supporting) {
    if (u.kind !== "UC" || !u.fee || !sharing.has(u)) continue;
    total(u.fee.currency).recoverable += maxCreditCents(u, months) ?? 0;
  }
  return {
    cost,
    totals: [...totals]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([currency, t]) => ({
        currency,
        payable: units(t.payable),
        claimable: units(t.claimable),
        net: units(t.payable - t.claimable),
        exposure: units(t.exposure),
        recoverable: units(t.recoverable),
      })),
  };
}
