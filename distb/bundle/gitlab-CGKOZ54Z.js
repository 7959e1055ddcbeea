import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  Fingerprints
} from "./chunk-LYZGHWH2.js";
import {
  fullMessage
} from "./chunk-HHI7S6FG.js";
import "./chunk-DVVF2DU7.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/validate/gitlab.js
var SEVERITY = { error: "major", warning: "minor", info: "info" };
var gitlab = (result, ctx) => {
  const fingerprints = new Fingerprints();
  const issues = result.diagnostics.map((d) => ({
    description: `${fullMessage(d)} (${d.code})`,
    check_name: d.code,
    fingerprint: fingerprints.of(d),
    severity: SEVERITY[d.severity],
    location: { path: `${ctx.workTreePrefix ?? ""}${d.file}`, lines: { begin: d.line } }
  }));
  return `${JSON.stringify(issues, null, 2)}
`;
};
export {
  gitlab
};
