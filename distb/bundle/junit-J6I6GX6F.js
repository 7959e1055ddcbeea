import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  fullMessage
} from "./chunk-HHI7S6FG.js";
import {
  SEVERITY_RANK
} from "./chunk-DVVF2DU7.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/validate/junit.js
var junit = (result, ctx) => {
  const byFile = new Map(result.files.map((f) => [f, []]));
  for (const d of result.diagnostics)
    byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  const fails = (d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[ctx.failSeverity];
  const suites = [];
  let tests = 0;
  let failures = 0;
  const path = (file) => `${ctx.workTreePrefix ?? ""}${file}`;
  for (const [file, diagnostics] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    const name = xml(path(file));
    const names = new TestNames();
    const cases = diagnostics.length === 0 ? [`    <testcase classname="${name}" name="${name}" time="${TIME}"/>`] : diagnostics.map((d) => {
      const head = `    <testcase classname="${name}" name="${xml(names.of(d))}" time="${TIME}"`;
      const detail = xml(`${d.severity}: ${fullMessage(d)}
    at ${d.code} (${path(d.file)}:${d.line}:${d.column})`);
      return fails(d) ? `${head}>
      <failure message="${xml(fullMessage(d))}" type="${xml(d.code)}">${detail}</failure>
    </testcase>` : `${head}>
      <system-out>${detail}</system-out>
    </testcase>`;
    });
    const failed = diagnostics.filter(fails).length;
    tests += cases.length;
    failures += failed;
    suites.push(`  <testsuite name="${name}" file="${name}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="${TIME}">
${cases.join("\n")}
  </testsuite>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="slm validate" tests="${tests}" failures="${failures}" errors="0" time="${TIME}">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
};
var TIME = "0.000";
var TestNames = class {
  seen = /* @__PURE__ */ new Map();
  of(d) {
    const base = `${d.code} ${d.pointer === "" ? "/" : d.pointer}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base} #${n}`;
  }
};
function xml(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
export {
  junit,
  xml
};
