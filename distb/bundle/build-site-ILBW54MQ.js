import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  backToBackCredits
} from "./chunk-V4O46NWH.js";
import {
  reportFileName
} from "./chunk-X3TALF73.js";
import {
  computeCoverage
} from "./chunk-STGVDCNX.js";
import "./chunk-PIYRX2D7.js";
import {
  processKpis
} from "./chunk-LZ2S5LPM.js";
import {
  reviewSchedule
} from "./chunk-AYDJPFIY.js";
import {
  generateReports
} from "./chunk-X3TUULSM.js";
import "./chunk-F7F6JMNS.js";
import "./chunk-MAKVS4ER.js";
import "./chunk-25O36LN2.js";
import "./chunk-KO44X4PI.js";
import {
  isAbout,
  isOpen,
  overdueActions
} from "./chunk-JWE4QTWT.js";
import "./chunk-JQOUH4MK.js";
import "./chunk-532D2S4Q.js";
import "./chunk-Z3KBX553.js";
import "./chunk-WALSUJ65.js";
import "./chunk-C2TRXQNV.js";
import "./chunk-WWBM2P7X.js";
import "./chunk-FJHNBEBL.js";
import "./chunk-TKEVRWOP.js";
import "./chunk-I4FYCAP7.js";
import "./chunk-Y3KOOMNR.js";
import "./chunk-2O6H46QI.js";
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
import {
  shiftDate
} from "./chunk-XGYTK23C.js";
import "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
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
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
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

// dist/site/graph-layout.js
var NODE_HEIGHT = 46;
var CHAR_WIDTH = 7.4;
var PADDING = 24;
function nodeWidth(node) {
  const second = (node.service.length + (node.tier ? node.tier.length + 3 : 0) + 17) * 0.85;
  const longest = Math.max(node.label.length, second);
  return Math.round(Math.max(96, longest * CHAR_WIDTH + PADDING));
}
async function layoutGraph(graph) {
  const elkModule = await import("./elk.bundled-35LHQVJK.js");
  const ELK = elkModule.default;
  const elk = new ELK();
  const input = {
    id: "catalogue",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.spacing.nodeNodeBetweenLayers": "56",
      "elk.spacing.nodeNode": "14",
      "elk.padding": "[top=12,left=12,bottom=12,right=12]",
      "elk.randomSeed": "1"
    },
    children: graph.nodes.map((n) => ({ id: n.service, width: nodeWidth(n), height: NODE_HEIGHT })),
    edges: graph.edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] }))
  };
  const laid = await elk.layout(input);
  const placed = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const nodes = graph.nodes.map((n) => {
    const c = placed.get(n.service);
    return {
      ...n,
      x: c.x ?? 0,
      y: c.y ?? 0,
      width: c.width ?? nodeWidth(n),
      height: c.height ?? NODE_HEIGHT
    };
  });
  const routes = new Map((laid.edges ?? []).map((e) => [e.id, e]));
  const edges = graph.edges.map((e, i) => {
    const section = routes.get(`e${i}`)?.sections?.[0];
    const points = section ? [section.startPoint, ...section.bendPoints ?? [], section.endPoint] : [];
    return { ...e, points: points.map((p) => ({ x: p.x, y: p.y })) };
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges };
}

// dist/site/service-graph.js
var WORST = { none: 0, covered: 1, "at-risk": 2, uncovered: 3 };
function worse(a, b) {
  return WORST[b] > WORST[a] ? b : a;
}
function serviceGraph(model, coverage, slaServices) {
  const verdicts = /* @__PURE__ */ new Map();
  const mark = (service, v) => verdicts.set(service, worse(verdicts.get(service) ?? "none", v));
  for (const t of coverage.targets) {
    if (t.verdict !== "not-applicable")
      mark(t.service, t.verdict);
    for (const c of t.components)
      if (c.service !== t.service && c.verdict !== "not-applicable")
        mark(c.service, c.verdict);
  }
  const names = [...model.services.keys()].sort(compareStrings);
  const nodes = names.map((name) => {
    const s = model.services.get(name);
    return {
      service: name,
      label: s.metadata.displayName ?? name,
      tier: s.tier ?? null,
      sla: slaServices.has(name),
      verdict: verdicts.get(name) ?? "none"
    };
  });
  const edges = [];
  for (const name of names) {
    let group = 0;
    for (const d of model.services.get(name).dependsOn) {
      if ("service" in d)
        edges.push({ from: name, to: d.service, anyOf: null });
      else {
        for (const member of d.anyOf)
          edges.push({ from: name, to: member, anyOf: group });
        group++;
      }
    }
  }
  return { nodes, edges };
}

// dist/site/site-calendar.js
function calendarEntries(model, schedule, pageOf, claims, improvements) {
  const entries = schedule.items.flatMap((i) => i.kind === "Improvement" || i.event === "action-overdue" ? [] : [entryOf(model, i, i.kind, pageOf)]);
  for (const c of claims)
    if (c.deadline !== null)
      entries.push(claimEntry(model, c, schedule.asOf, pageOf));
  entries.push(...actionEntries(improvements, schedule.asOf, schedule.within));
  return entries.sort((x, y) => compareStrings(x.date, y.date) || compareStrings(x.name, y.name) || compareStrings(x.uid, y.uid));
}
function entryOf(model, i, kind, pageOf) {
  return {
    kind,
    name: i.name,
    event: i.event,
    date: i.date.text,
    days: i.days,
    detail: detailOf(model, i),
    uid: `${i.event}.${i.kind.toLowerCase()}.${i.name}.${i.date.text}@slm`,
    page: pageOf(i.kind, i.name)
  };
}
function claimEntry(model, c, asOf, pageOf) {
  const uc = model.agreements.find((a) => a.kind === "UC" && a.metadata.name === c.uc);
  const deadline = c.deadline;
  return {
    kind: "UC",
    name: c.uc,
    event: "claim-deadline",
    date: deadline,
    days: dayNumber(deadline) - asOf.day,
    detail: {
      kind: "claim",
      window: c.window,
      claimWithin: uc.contract.claimWithin.text,
      amount: c.amount,
      currency: c.currency
    },
    uid: `claim-deadline.uc.${c.uc}.${c.window}.${deadline}@slm`,
    page: pageOf("UC", c.uc)
  };
}
function actionEntries(improvements, asOf, within) {
  const horizon = shiftDate(asOf, within).day;
  const out = [];
  for (const imp of improvements) {
    if (!imp.open)
      continue;
    imp.actions.forEach((a, n) => {
      if (a.due === null || a.done !== null)
        return;
      const day = dayNumber(a.due);
      if (!a.overdue && day > horizon)
        return;
      out.push({
        kind: "Improvement",
        name: imp.name,
        event: a.overdue ? "action-overdue" : "action-due",
        date: a.due,
        days: day - asOf.day,
        detail: {
          kind: "action",
          text: a.text,
          owner: a.owner,
          agreement: imp.agreement ? `${imp.agreement.kind} ${imp.agreement.name}` : imp.reference
        },
        uid: `action.improvement.${imp.name}.${n + 1}.${a.due}@slm`,
        page: imp.anchor
      });
    });
  }
  return out;
}
function detailOf(model, item) {
  const a = model.agreements.find((x) => x.kind === item.kind && x.metadata.name === item.name);
  if (item.event === "term-ending")
    return { kind: "term", autoRenew: a.contract?.autoRenew === true };
  if (item.event === "notice-deadline")
    return { kind: "notice", termEnd: a.term.end.text, noticePeriod: a.contract.noticePeriod.text };
  return {
    kind: "review",
    every: a.review.every.text,
    last: a.review?.last?.text ?? null,
    termStart: a.term.start.text
  };
}
var dayNumber = (date) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
function siteImprovements(model, asOf, pageOf) {
  return model.improvements.map((i) => {
    const about = model.agreements.find((a) => isAbout(i, a));
    const open = isOpen(i);
    const overdue = new Set(overdueActions(i, asOf));
    return {
      name: i.metadata.name,
      anchor: `improvements.html#improvement-${i.metadata.name}`,
      agreement: about ? { kind: about.kind, name: about.metadata.name, page: pageOf(about.kind, about.metadata.name) } : null,
      reference: i.agreement.kind ? `${i.agreement.kind}/${i.agreement.name}` : i.agreement.name,
      targets: i.targets ?? null,
      period: i.period ?? null,
      raised: i.raised.text,
      status: i.status,
      open,
      owner: i.owner ?? null,
      cause: i.cause ?? null,
      actions: i.actions.map((a) => ({
        text: a.text,
        owner: a.owner ?? null,
        due: a.due?.text ?? null,
        done: a.done?.text ?? null,
        overdue: overdue.has(a)
      }))
    };
  });
}

// dist/site/build-site.js
var REPORT_FORMATS = ["html", "md", "json"];
var VERDICT_RANK = {
  "not-applicable": -1,
  covered: 0,
  "at-risk": 1,
  uncovered: 2
};
async function buildSite(request) {
  const { model } = request;
  const reports = await generateReports({ ...request, kind: "all" });
  const coverage = computeCoverage(model);
  const slaReports = reports.filter((r) => r.kind === "SLA");
  const agreements = reports.map((r) => agreementEntry(r, reports, coverage));
  const pageOf = (kind, name) => agreements.find((a) => a.kind === kind && a.name === name)?.page ?? null;
  const slaServices = new Set(slaReports.map((r) => r.service));
  const improvements = siteImprovements(model, request.asOfDate, pageOf);
  const claims = backToBackCredits(model, request.period, reports).claimable;
  const site = {
    locale: request.locale,
    period: { label: request.period.label },
    generatedAt: request.generatedAt.toISOString(),
    asOf: request.asOfDate.text,
    portfolio: agreements.filter((a) => a.kind === "SLA").map((entry) => ({ entry, coverage: worstVerdict(Object.values(entry.targetCoverage)) })),
    agreements,
    kpis: processKpis(model, request.period.label, coverage, slaReports, {
      actionsAsOf: request.asOfDate,
      selected: false
    }),
    kpiTrend: combinedTrend(agreements.filter((a) => a.kind === "SLA").map((a) => a.trend)),
    graph: await layoutGraph(serviceGraph(model, coverage, slaServices)),
    calendar: calendarEntries(model, reviewSchedule(model, request.asOfDate, request.within), pageOf, claims, improvements),
    improvements
  };
  return [
    { path: "index.html", kind: "portfolio", site },
    { path: "graph.html", kind: "graph", site },
    { path: "kpis.html", kind: "kpis", site },
    { path: "calendar.html", kind: "calendar", site },
    { path: "improvements.html", kind: "improvements", site },
    { path: "calendar.ics", kind: "ics", site },
    // GitHub Pages serves the folder as it is, without running Jekyll over it.
    { path: ".nojekyll", kind: "nojekyll", site },
    ...agreements.map((entry) => ({ path: entry.page, kind: "agreement", site, entry })),
    ...agreements.flatMap((entry) => entry.reports.map((r) => ({
      path: r.path,
      kind: "report",
      format: r.format,
      report: entry.report,
      locale: request.reportLocale(entry.report)
    })))
  ];
}
function agreementEntry(report, all, coverage) {
  const base = `${report.kind.toLowerCase()}-${report.sla}`;
  const file = reportFileName(all, report);
  const targetCoverage = {};
  for (const t of report.targets) {
    targetCoverage[t.name] = report.kind === "SLA" ? coverage.targets.find((c) => c.sla === report.sla && c.target === t.name)?.verdict ?? null : null;
  }
  return {
    kind: report.kind,
    name: report.sla,
    displayName: report.displayName,
    page: `agreements/${base}.html`,
    report,
    targetCoverage,
    trend: trendOf(report),
    reports: REPORT_FORMATS.map((format) => ({
      format,
      path: `reports/${report.period.label}/${file}.${format}`
    }))
  };
}
function trendOf(report) {
  const periods = [
    ...report.trend.map((p) => ({ label: p.period.label, targets: p.targets })),
    { label: report.period.label, targets: report.targets }
  ];
  return periods.map(({ label, targets }) => {
    const judged = targets.filter((t) => !t.provisional);
    return share(label, judged.filter((t) => t.status === "met").length, judged.filter((t) => t.status === "breached").length);
  });
}
function share(label, met, breached) {
  return { label, met, breached, share: met + breached > 0 ? met / (met + breached) : null };
}
function combinedTrend(trends) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const trend of trends) {
    for (const p of trend) {
      const sum = byLabel.get(p.label) ?? { met: 0, breached: 0 };
      sum.met += p.met;
      sum.breached += p.breached;
      byLabel.set(p.label, sum);
    }
  }
  return [...byLabel.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([label, s]) => share(label, s.met, s.breached));
}
function worstVerdict(verdicts) {
  let worst = null;
  for (const v of verdicts)
    if (v !== null && (worst === null || VERDICT_RANK[v] > VERDICT_RANK[worst]))
      worst = v;
  return worst;
}
export {
  buildSite
};
