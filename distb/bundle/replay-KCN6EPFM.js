import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  generateReportSets
} from "./chunk-X3TUULSM.js";
import "./chunk-F7F6JMNS.js";
import "./chunk-MAKVS4ER.js";
import "./chunk-25O36LN2.js";
import "./chunk-KO44X4PI.js";
import "./chunk-JWE4QTWT.js";
import "./chunk-JQOUH4MK.js";
import "./chunk-532D2S4Q.js";
import "./chunk-Z3KBX553.js";
import "./chunk-WALSUJ65.js";
import "./chunk-C2TRXQNV.js";
import "./chunk-WWBM2P7X.js";
import "./chunk-FJHNBEBL.js";
import "./chunk-TKEVRWOP.js";
import "./chunk-I4FYCAP7.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-2TG2Q2CL.js";
import "./chunk-7VQ4EFNS.js";
import "./chunk-MY42XYML.js";
import "./chunk-5NDPJT3T.js";
import "./chunk-7CIBHZEB.js";
import "./chunk-64IYXHT6.js";
import "./chunk-SGPNXJH6.js";
import "./chunk-75NXACXC.js";
import "./chunk-CQ6KMK7V.js";
import "./chunk-7K6IKEOI.js";
import "./chunk-L2KHN3JD.js";
import "./chunk-OTE4TAJD.js";
import "./chunk-PWKK3NVO.js";
import "./chunk-GBT7NRET.js";
import "./chunk-B6ZPJPSO.js";
import "./chunk-U4VTH3HM.js";
import "./chunk-XGYTK23C.js";
import {
  monthPeriod,
  previousPeriod,
  quarterPeriod,
  yearPeriod
} from "./chunk-JKYJYC5M.js";
import {
  epochDayParts
} from "./chunk-MPPKPTIV.js";
import "./chunk-HX6FSHG7.js";
import "./chunk-MGTMLQDH.js";
import "./chunk-56227VBS.js";
import "./chunk-C2E5FT65.js";
import "./chunk-2IZ6M37U.js";
import "./chunk-TWB6RIXN.js";
import "./chunk-XI5ZFPBU.js";
import "./chunk-JMGTLOBI.js";
import "./chunk-3DFEWKER.js";
import "./chunk-MNMDZN6F.js";
import "./chunk-BMYYV2CW.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-HHI7S6FG.js";
import "./chunk-DVVF2DU7.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import "./chunk-DQJTU72Y.js";
import "./chunk-Q3UBS4PV.js";
import "./chunk-OT7COJM5.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/time/complete-periods.js
function lastCompletePeriods(window, today, n) {
  const [y, m] = epochDayParts(today);
  let p = window === "month" ? monthPeriod(y, m) : window === "quarter" ? quarterPeriod(y, Math.floor((m - 1) / 3) + 1) : yearPeriod(y);
  const periods = [];
  for (let i = 0; i < n; i++) {
    p = previousPeriod(p);
    periods.unshift(p);
  }
  return periods;
}

// dist/diff/replay.js
async function replay(request) {
  const kinds = windowKinds([request.base.model, request.head.model]);
  const windows = kinds.map((window) => ({
    window,
    periods: lastCompletePeriods(window, request.today, request.periods)
  }));
  const sets = [];
  for (const { window, periods } of windows) {
    for (const period of periods) {
      for (const side2 of [request.base, request.head])
        sets.push({ period, terms: side2.terms, model: side2.model, window });
    }
  }
  const reports = await generateReportSets({ ...request, trend: 0, kind: "sla" }, sets);
  const changes = [];
  let compared = 0;
  for (let i = 0; i < sets.length; i += 2) {
    const window = sets[i].window;
    const rows = pairRows(reports[i], reports[i + 1], window, sets[i].period);
    compared += rows.length;
    for (const row of rows)
      if (row.changed.length > 0)
        changes.push(row);
  }
  changes.sort((a, b) => compareStrings(a.sla, b.sla) || compareStrings(a.target, b.target) || compareStrings(a.window, b.window));
  return {
    periods: request.periods,
    asOf: request.asOfText,
    windows: windows.map(({ window, periods }) => ({ window, labels: periods.map((p) => p.label) })),
    terms: { base: request.base.terms.source, head: request.head.terms.source },
    compared,
    changes
  };
}
function windowKinds(models) {
  const kinds = /* @__PURE__ */ new Set();
  for (const model of models) {
    for (const a of model.agreements)
      if (a.kind === "SLA")
        for (const t of a.targets)
          kinds.add(t.window);
  }
  return ["month", "quarter", "year"].filter((w) => kinds.has(w));
}
function pairRows(base, head, window, period) {
  const sides = (reports) => {
    const map = /* @__PURE__ */ new Map();
    for (const report of reports) {
      for (const target of report.targets) {
        if (target.window === window)
          map.set(`${report.sla}\0${target.name}`, { report, target });
      }
    }
    return map;
  };
  const before = sides(base);
  const after = sides(head);
  return [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].map((key) => {
    const [sla, target] = key.split("\0");
    const x = before.get(key);
    const y = after.get(key);
    const b = x ? side(x.report, x.target) : null;
    const h = y ? side(y.report, y.target) : null;
    return { sla, target, window: period.label, base: b, head: h, changed: differences(b, h) };
  });
}
function side(report, t) {
  return {
    status: t.status,
    severity: t.severity,
    value: t.value,
    credit: { percent: t.credit.percent, amount: t.credit.amount, currency: report.credits.currency },
    budgetConsumed: t.budget.consumed,
    terms: t.terms
  };
}
function differences(b, h) {
  if (b === null && h === null)
    return [];
  if (b === null || h === null)
    return ["status", "severity", "credit", "budget"];
  const out = [];
  if (b.status !== h.status)
    out.push("status");
  if (b.severity !== h.severity)
    out.push("severity");
  if (b.credit.amount !== h.credit.amount || b.credit.percent !== h.credit.percent)
    out.push("credit");
  if (b.budgetConsumed !== h.budgetConsumed)
    out.push("budget");
  return out;
}
export {
  replay
};
