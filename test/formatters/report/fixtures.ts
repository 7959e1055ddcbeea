import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ReportModel } from "../../../src/report/report-model.js";

/** Hand-built report models (test/fixtures/report-model/*.json); a fresh copy on every call. */
export function loadModel(name: "acme-email-2024-05" | "messaging-ola-no-data"): ReportModel {
  const url = new URL(`../../fixtures/report-model/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as ReportModel;
}

export const HOSTILE = {
  script: "<script>alert(1)</script>",
  attribute: '" onerror=alert(1) x="',
  mustache: "{{constructor}}",
  mustacheCall: "{{constructor.constructor 'alert(1)'}}",
  pipes: "a | b || c",
  newline: "first line\nsecond | line\r\nthird",
  image: "<img src=x onerror=alert(1)>",
  link: "[click me](javascript:alert(1))",
  entity: "&lt;script&gt;",
};

/** The ACME model with hostile text in every field that comes from a file. */
export function hostileModel(): ReportModel {
  const model = loadModel("acme-email-2024-05");
  model.displayName = HOSTILE.script;
  model.customer = HOSTILE.attribute;
  model.provider = HOSTILE.mustache;
  model.serviceDisplayName = HOSTILE.image;
  model.service = HOSTILE.mustacheCall;
  model.summary.sentence = `${HOSTILE.pipes} ${HOSTILE.newline}`;
  const target = model.targets[0]!;
  const renamed = `${HOSTILE.script}${HOSTILE.pipes}`;
  for (const point of model.trend) {
    for (const t of point.targets) if (t.name === target.name) t.name = renamed;
  }
  for (const breach of model.breaches) if (breach.target === target.name) breach.target = renamed;
  target.name = renamed;
  model.targets[1]!.priority = HOSTILE.attribute;
  model.breaches[0]!.causes = [
    HOSTILE.newline,
    HOSTILE.image,
    HOSTILE.link,
    HOSTILE.mustache,
    `- ${HOSTILE.entity}`,
  ];
  model.worst.outages[0]!.cause = HOSTILE.newline;
  model.worst.outages[0]!.id = HOSTILE.image;
  model.worst.outages[1]!.service = HOSTILE.pipes;
  model.worst.tickets[0]!.id = HOSTILE.script;
  model.worst.tickets[1]!.id = HOSTILE.attribute;
  model.dataQuality.skipped[0]!.reason = HOSTILE.newline;
  model.dataQuality.skipped[0]!.file = `"><svg onload=alert(1)>.csv`;
  model.dataQuality.notes = [HOSTILE.link, `# ${HOSTILE.script}`, `1. ${HOSTILE.pipes}`];
  model.inputs[0]!.file = `</style><script>alert(1)</script>`;
  model.inputs[1]!.sha256 = HOSTILE.attribute;
  return model;
}
