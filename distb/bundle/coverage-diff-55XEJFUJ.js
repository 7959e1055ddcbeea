import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  computeCoverage
} from "./chunk-STGVDCNX.js";
import "./chunk-PIYRX2D7.js";
import "./chunk-KO44X4PI.js";
import "./chunk-C2TRXQNV.js";
import "./chunk-WWBM2P7X.js";
import "./chunk-Y3KOOMNR.js";
import "./chunk-2O6H46QI.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-OTE4TAJD.js";
import "./chunk-PWKK3NVO.js";
import "./chunk-B6ZPJPSO.js";
import "./chunk-XGYTK23C.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-JMGTLOBI.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/diff/coverage-diff.js
function coverageChanges(base, head) {
  const verdicts = (model) => new Map(computeCoverage(model).targets.map((t) => [`${t.sla}\0${t.target}`, t]));
  const before = verdicts(base);
  const after = verdicts(head);
  const keys = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const out = [];
  for (const key of keys) {
    const from = before.get(key)?.verdict ?? null;
    const now = after.get(key);
    const to = now?.verdict ?? null;
    if (from === to)
      continue;
    const [sla, target] = key.split("\0");
    const reasons = (now?.reasons ?? []).filter((r) => r.effect !== "warning").map((r) => r.kind === "availability" && now?.composition ? now.composition : r.message);
    out.push({ sla, target, from, to, reasons });
  }
  return out;
}
export {
  coverageChanges
};
