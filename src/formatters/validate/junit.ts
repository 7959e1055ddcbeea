import { compareStrings } from "../../core/compare.js";
import type { Diagnostic } from "../../core/diagnostic.js";
import { fullMessage, SEVERITY_RANK } from "../../core/diagnostic.js";
import type { ValidationResult } from "../../model/validation-result.js";
import type { Formatter } from "../formatter.js";

/**
 * JUnit XML for CI test tabs: one testsuite per file; a clean file is one passing testcase, a file
 * with findings has one testcase per finding, failed when at or above the fail severity.
 */
export const junit: Formatter<ValidationResult> = (result, ctx) => {
  const byFile = new Map<string, Diagnostic[]>(result.files.map((f) => [f, []]));
  for (const d of result.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const fails = (d: Diagnostic) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[ctx.failSeverity];

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, diagnostics] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    const name = xml(file);
    const cases =
      diagnostics.length === 0
        ? [`    <testcase classname="${name}" name="${name}"/>`]
        : diagnostics.map((d) => {
            const head = `    <testcase classname="${name}" name="${xml(`${d.line}:${d.column} ${d.code}`)}"`;
            const detail = xml(`${d.file}:${d.line}:${d.column} ${d.severity} ${fullMessage(d)} (${d.code})`);
            return fails(d)
              ? `${head}>\n      <failure message="${xml(fullMessage(d))}" type="${xml(d.code)}">${detail}</failure>\n    </testcase>`
              : `${head}>\n      <system-out>${detail}</system-out>\n    </testcase>`;
          });
    const failed = diagnostics.filter(fails).length;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${failed}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="slm validate" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

/** Escapes for attribute and text content; characters XML 1.0 cannot hold at all are dropped. */
export function xml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly those characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}
