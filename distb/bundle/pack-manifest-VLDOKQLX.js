import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/audit/pack-manifest.js
import { createHash } from "node:crypto";
var MANIFEST_FILE = "manifest.json";
function sha256(content) {
  return createHash("sha256").update(content).digest("hex");
}
function manifestOf(version, options, git, inputs, outputs) {
  return {
    manifestVersion: 1,
    slm: { version },
    options,
    git,
    inputs: [...inputs],
    outputs: outputs.map((o) => ({ file: o.path, sha256: sha256(o.text) })).sort((a, b) => compareStrings(a.file, b.file))
  };
}
function parseManifest(text, where) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}: not JSON (${error.message})`);
  }
  const m = value;
  const hashes = (list) => Array.isArray(list) && list.every((f) => typeof f === "object" && f !== null && typeof f.file === "string" && typeof f.sha256 === "string");
  const o = m?.options;
  if (m === null || typeof m !== "object" || m.manifestVersion !== 1 || typeof m.slm?.version !== "string" || typeof o?.period !== "string" || typeof o.asOf !== "string" || typeof o.generatedAt !== "string" || typeof o.trend !== "number" || !Array.isArray(o.data) || typeof m.git !== "object" || !hashes(m.inputs) || !hashes(m.outputs)) {
    throw new InputError(`${where}: not an slm audit manifest (manifestVersion 1)`);
  }
  return m;
}
function comparePack(manifest, currentInputs, packFiles, recomputed) {
  const out = [];
  const now = new Map(currentInputs.map((f) => [f.file, f.sha256]));
  const recorded = new Set(manifest.inputs.map((f) => f.file));
  for (const f of manifest.inputs) {
    const hash = now.get(f.file);
    if (hash === void 0)
      out.push({ file: f.file, what: "input-missing" });
    else if (hash !== f.sha256)
      out.push({ file: f.file, what: "input-changed" });
  }
  for (const f of currentInputs)
    if (!recorded.has(f.file))
      out.push({ file: f.file, what: "input-added" });
  const listed = new Set(manifest.outputs.map((f) => f.file));
  for (const f of manifest.outputs) {
    const inPack = packFiles.get(f.file);
    if (inPack === void 0)
      out.push({ file: f.file, what: "output-missing" });
    else if (inPack !== f.sha256)
      out.push({ file: f.file, what: "output-altered" });
    if (recomputed.get(f.file) !== f.sha256)
      out.push({ file: f.file, what: "output-recomputed-differs" });
  }
  for (const file of [...packFiles.keys(), ...recomputed.keys()])
    if (!listed.has(file) && file !== MANIFEST_FILE && !out.some((d) => d.file === file))
      out.push({ file, what: "output-extra" });
  return out;
}
export {
  MANIFEST_FILE,
  comparePack,
  manifestOf,
  parseManifest,
  sha256
};
