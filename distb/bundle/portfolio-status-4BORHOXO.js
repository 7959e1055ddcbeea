import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  MeasurementEngine,
  assess,
  creditDirection,
  selectAgreements,
  workloadWindowsWithin
} from "./chunk-F7F6JMNS.js";
import {
  percentOfCents,
  windowFeeCents
} from "./chunk-MAKVS4ER.js";
import "./chunk-25O36LN2.js";
import "./chunk-JQOUH4MK.js";
import {
  monthsOf,
  windowContaining
} from "./chunk-Z3KBX553.js";
import "./chunk-WALSUJ65.js";
import "./chunk-C2TRXQNV.js";
import {
  agreementZone
} from "./chunk-WWBM2P7X.js";
import {
  isoInstant
} from "./chunk-FJHNBEBL.js";
import {
  excuseReason
} from "./chunk-I4FYCAP7.js";
import {
  englishText
} from "./chunk-DQEPQ35S.js";
import "./chunk-5NDPJT3T.js";
import "./chunk-7CIBHZEB.js";
import "./chunk-75NXACXC.js";
import {
  PPB
} from "./chunk-PWKK3NVO.js";
import "./chunk-GBT7NRET.js";
import "./chunk-B6ZPJPSO.js";
import "./chunk-U4VTH3HM.js";
import {
  dayStartInstant
} from "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-2IZ6M37U.js";
import "./chunk-TWB6RIXN.js";
import "./chunk-XI5ZFPBU.js";
import {
  totalLength
} from "./chunk-JMGTLOBI.js";
import "./chunk-3DFEWKER.js";
import "./chunk-MNMDZN6F.js";
import "./chunk-BMYYV2CW.js";
import "./chunk-XH2FNGPU.js";
import {
  utcToWall
} from "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/time/window-so-far.js
function localDayOf(instant, zone) {
  return Math.floor(utcToWall(zone, instant) / DAY_MS);
}
function windowSoFar(agreement, target, asOf, zone) {
  const termStart = dayStartInstant(agreement.term.start.day, zone);
  const termEnd = agreement.term.end ? dayStartInstant(agreement.term.end.day + 1, zone) : Number.POSITIVE_INFINITY;
  if (asOf < termStart || asOf >= termEnd)
    return null;
  const w = windowContaining(localDayOf(asOf, zone), target.window);
  const start = Math.max(dayStartInstant(w.startDay, zone), termStart);
  const end = Math.min(dayStartInstant(w.endDay, zone), termEnd);
  return {
    label: w.label,
    months: monthsOf(target.window),
    whole: { start, end },
    soFar: { start, end: asOf }
  };
}

// dist/verdict/burn-rate.js
function judgeBurn(input) {
  const { bad, measured, whole, objective } = input;
  if (measured <= 0 || whole <= 0)
    return { consumed: null, burnRate: null, forecast: "no-data", atRisk: false };
  const slack = BigInt(PPB - objective.ppb);
  const badPpb = BigInt(bad) * BigInt(PPB);
  const overBudget = badPpb > slack * BigInt(whole);
  const overRate = badPpb > slack * BigInt(measured);
  const nearBudget = 4n * badPpb >= 3n * slack * BigInt(whole);
  const allowedWhole = (PPB - objective.ppb) * whole / PPB;
  const consumed = allowedWhole > 0 ? bad / allowedWhole : bad === 0 ? 0 : null;
  const burnRate = consumed === null ? null : consumed / (measured / whole);
  const breached = overBudget || overRate;
  return {
    consumed,
    burnRate,
    forecast: breached ? "breached" : "met",
    atRisk: !breached && nearBudget && bad > 0
  };
}

// dist/status/target-status.js
function targetStatus(agreement, target, window, m, wholeServiceMs) {
  const bad = m.total - m.good;
  const whole = m.unit === "time" ? wholeServiceMs : m.total;
  const burn = judgeBurn({ bad, measured: m.total, whole, objective: target.objective });
  const value = m.total > 0 ? m.good / m.total : null;
  return {
    agreement: agreement.metadata.name,
    kind: agreement.kind,
    target: target.name,
    metric: target.metric,
    objective: target.objective.fraction,
    window: {
      label: window.label,
      per: target.window,
      start: isoInstant(window.whole.start),
      end: isoInstant(window.whole.end)
    },
    elapsed: m.unit === "time" ? m.total / 1e3 : m.total,
    unit: m.unit,
    value,
    ...burn,
    forecast: {
      status: burn.forecast,
      value,
      credit: burn.forecast === "breached" ? forecastCredit(agreement, target, window, m) : null
    },
    excused: null
  };
}
function excusedStatus(status, excused) {
  if (!excused || status.forecast.status === "no-data")
    return status;
  return {
    ...status,
    atRisk: false,
    forecast: { ...status.forecast, status: "excused", credit: null },
    excused
  };
}
function forecastCredit(agreement, target, window, m) {
  const direction = creditDirection(agreement.kind);
  if (direction === null || !agreement.fee)
    return null;
  const tier = assess(m, target.objective, agreement.severity, target.credits).credit;
  if (!tier)
    return null;
  const feeCents = windowFeeCents(agreement.fee, window.months);
  const cents = Math.min(percentOfCents(tier.credit, feeCents), percentOfCents(agreement.creditCap, feeCents));
  return { amount: cents / 100, currency: agreement.fee.currency, direction };
}

// dist/status/workload-so-far.js
function planWorkloadSoFar(engine, agreement, target, window, asOf, zone) {
  const limit = target.workload === void 0 ? void 0 : agreement.workload.find((w) => w.name === target.workload);
  if (!limit)
    return () => null;
  const spans = workloadWindowsWithin(localDayOf(window.whole.start, zone), localDayOf(asOf, zone) + 1, limit.per, zone).map((w) => ({ start: w.start, end: Math.min(w.end, asOf) }));
  engine.planWorkload(agreement, limit, spans);
  return () => {
    for (const span of spans) {
      const { actual } = engine.workload(agreement, limit, span);
      if (actual === null || actual <= limit.max)
        continue;
      return {
        workload: limit.name,
        measure: limit.measure,
        actual,
        max: limit.max,
        reason: excuseReason({ measure: limit.measure, actual, max: limit.max }, englishText())
      };
    }
    return null;
  };
}

// dist/status/portfolio-status.js
async function portfolioStatus(request) {
  const { model, asOf } = request;
  const engine = new MeasurementEngine(model, {
    root: request.load.root,
    cwd: request.cwd,
    dataOverrides: request.dataOverrides ?? /* @__PURE__ */ new Map(),
    asOf,
    now: asOf
  });
  const day = localDayOf(asOf, "UTC");
  const around = { label: "as-of", kind: "range", startDay: day - 1, endDay: day + 2 };
  const planned = [];
  for (const agreement of selectAgreements(model, around, request)) {
    const zone = agreementZone(model, agreement);
    for (const target of agreement.targets) {
      const window = windowSoFar(agreement, target, asOf, zone);
      if (!window)
        continue;
      engine.plan(agreement, target, [window.soFar]);
      const excused = planWorkloadSoFar(engine, agreement, target, window, asOf, zone);
      planned.push({
        run: () => {
          const m = engine.measure(agreement, target, window.soFar);
          const whole = totalLength(engine.open(target.calendar, window.whole));
          return excusedStatus(targetStatus(agreement, target, window, m, whole - excludedSoFar(m, engine, target, window)), excused());
        }
      });
    }
  }
  await engine.load();
  const targets = planned.map((p) => p.run()).sort(byUrgency);
  return { asOf: isoInstant(asOf), targets };
}
function excludedSoFar(m, engine, target, window) {
  if (m.unit !== "time" || m.serviceTimeMs === null)
    return 0;
  const open = totalLength(engine.open(target.calendar, window.soFar));
  return Math.max(0, open - m.serviceTimeMs - (m.unknownMs ?? 0));
}
var RANK = { breached: 0, atRisk: 1, met: 2, excused: 3, "no-data": 4 };
function rankOf(t) {
  return t.atRisk ? RANK.atRisk : RANK[t.forecast.status];
}
function byUrgency(a, b) {
  const rank = rankOf(a) - rankOf(b);
  if (rank !== 0)
    return rank;
  const burn = (t) => t.burnRate === null ? Number.POSITIVE_INFINITY : t.burnRate;
  if (burn(a) !== burn(b))
    return burn(b) - burn(a);
  const key = (t) => `${t.kind}/${t.agreement}/${t.target}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
export {
  portfolioStatus
};
