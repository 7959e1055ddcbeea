import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  addressesBreach,
  isAbout
} from "./chunk-JWE4QTWT.js";
import "./chunk-ADLZAIGX.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";

// dist/improve/draft-improvements.js
import { createHash } from "node:crypto";
function draftImprovements(model, reports, raised) {
  const drafts = [];
  const skipped = [];
  for (const report of reports) {
    const agreement = model.agreements.find((a) => a.kind === report.kind && a.metadata.name === report.sla);
    const period = report.period.label;
    for (const breach of report.breaches) {
      const where = { agreement: `${report.kind}/${report.sla}`, target: breach.target, period };
      if (agreement === void 0) {
        skipped.push({ ...where, reason: { kind: "unknown-agreement" } });
        continue;
      }
      if (breach.provisional) {
        skipped.push({ ...where, reason: { kind: "provisional" } });
        continue;
      }
      const by = addressing(model.improvements, agreement, breach.target, period);
      if (by.length > 0) {
        skipped.push({ ...where, reason: { kind: "addressed", by } });
        continue;
      }
      drafts.push({
        name: draftName(report.sla, period, breach.target),
        agreement: agreementRef(model, agreement),
        target: breach.target,
        period,
        raised,
        owner: report.provider,
        causes: breach.causes,
        breach: { severity: breach.severity, value: breach.value, objective: breach.objective }
      });
    }
  }
  return { drafts, skipped };
}
function addressing(register, agreement, target, period) {
  return register.filter((i) => isAbout(i, agreement) && addressesBreach(i, target, period)).map((i) => ({ name: i.metadata.name, file: i.origin.file }));
}
function agreementRef(model, agreement) {
  const name = agreement.metadata.name;
  const shared = model.agreements.some((a) => a.metadata.name === name && a.kind !== agreement.kind);
  return shared ? `${agreement.kind}/${name}` : name;
}
function draftName(agreement, period, target) {
  const whole = `${agreement}-${period}-${target}`.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
  if (whole.length <= 63)
    return whole;
  const hash = createHash("sha256").update(whole).digest("hex").slice(0, 8);
  return `${whole.slice(0, 54).replace(/-$/, "")}-${hash}`;
}
function reportsFromJson(text, where) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}: not JSON (${error.message})`);
  }
  const list = Array.isArray(value) ? value : [value];
  for (const r of list) {
    const report = r;
    if (report === null || typeof report !== "object" || typeof report.sla !== "string" || !["SLA", "OLA", "UC"].includes(report.kind) || typeof report.period?.label !== "string" || typeof report.provider !== "string" || !Array.isArray(report.breaches)) {
      throw new InputError(`${where}: not a report of slm report --format json (sla, kind, period, breaches)`);
    }
  }
  return list;
}
export {
  draftImprovements,
  draftName,
  reportsFromJson
};
