import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
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
  nextReview
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
import "./chunk-XGYTK23C.js";
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

// dist/audit/build-audit.js
var REPORT_FORMATS = ["html", "md", "json"];
async function buildAudit(request) {
  const { model } = request;
  const reports = await generateReports({ ...request, kind: "all" });
  const coverage = computeCoverage(model);
  const slaReports = reports.filter((r) => r.kind === "SLA");
  const agreements = reports.map((r) => agreementInForce(model, r, reports, request.asOfDate));
  const inputs = packInputs(request.load, reports);
  const pack = {
    period: request.period.label,
    asOf: request.asOfDate.text,
    generatedAt: request.generatedAt.toISOString(),
    git: await request.git(inputs.map((f) => f.file)),
    agreements,
    coverage,
    kpis: processKpis(model, request.period.label, coverage, slaReports, {
      actionsAsOf: request.asOfDate,
      selected: false
    }),
    improvements: model.improvements.map((i) => improvementRow(model, i, request.asOfDate)),
    inputs
  };
  const pages = [
    { path: "index.html", kind: "index", format: "html", pack },
    { path: "index.md", kind: "index", format: "md", pack },
    { path: "coverage.md", kind: "coverage", format: "md", coverage },
    { path: "coverage.json", kind: "coverage", format: "json", coverage },
    { path: "kpis.md", kind: "kpis", format: "md", kpis: pack.kpis },
    { path: "kpis.json", kind: "kpis", format: "json", kpis: pack.kpis }
  ];
  reports.forEach((report, n) => {
    for (const { format, path } of agreements[n].reports)
      pages.push({ path, kind: "report", format, report, locale: request.reportLocale(report) });
  });
  return { pack, pages };
}
function agreementInForce(model, report, all, asOf) {
  const a = model.agreements.find((x) => x.kind === report.kind && x.metadata.name === report.sla);
  const file = reportFileName(all, report);
  const workload = workloadOf(report);
  return {
    kind: report.kind,
    name: report.sla,
    displayName: report.displayName,
    service: report.service,
    customer: report.customer,
    provider: report.provider,
    termStart: a.term.start.text,
    termEnd: a.term.end?.text ?? null,
    review: reviewDates(a, asOf),
    summary: report.summary,
    reports: REPORT_FORMATS.map((format) => ({
      format,
      path: `reports/${report.period.label}/${file}.${format}`
    })),
    ...workload !== void 0 && workload.length > 0 ? { workload } : {}
  };
}
function workloadOf(report) {
  const workload = report.workload;
  return Array.isArray(workload) ? workload : void 0;
}
function reviewDates(a, asOf) {
  if (!a.review)
    return null;
  const next = nextReview(a);
  return {
    every: a.review.every.text,
    last: a.review.last?.text ?? null,
    next: next?.text ?? null,
    overdue: next !== void 0 && next.day < asOf.day
  };
}
function improvementRow(model, i, asOf) {
  const about = model.agreements.find((a) => isAbout(i, a));
  return {
    name: i.metadata.name,
    agreement: about ? `${about.kind}/${about.metadata.name}` : i.agreement.name,
    targets: i.targets ?? null,
    period: i.period ?? null,
    raised: i.raised.text,
    status: i.status,
    owner: i.owner ?? null,
    cause: i.cause ?? null,
    actions: i.actions.length,
    actionsDone: i.actions.filter((x) => x.done !== void 0).length,
    overdueActions: overdueActions(i, asOf).map((x) => ({
      text: x.text,
      owner: x.owner ?? null,
      due: x.due.text,
      daysOverdue: asOf.day - x.due.day
    }))
  };
}
function packInputs(load, reports) {
  const files = /* @__PURE__ */ new Map();
  for (const f of [...load.files, ...load.configFile ? [load.configFile] : []])
    files.set(f.file, f.sha256);
  for (const r of reports)
    for (const f of r.inputs)
      if (f.sha256 !== "")
        files.set(f.file, f.sha256);
  return [...files.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([file, sha256]) => ({ file, sha256 }));
}
export {
  buildAudit,
  workloadOf
};
