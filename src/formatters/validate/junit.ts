import { compareStrings } from "../../core/compare.js";
import type { Diagnostic } from "../../core/diagnostic.js";
import { fullMessage, SEVERITY_RANK } from "../../core/diagnostic.js";
import type { ValidationResult } from "../../model/validation-result.js";
import type { Formatter } from "../formatter.js";

/**
 * JUnit XML for CI test tabs, valid against Jenkins' XSD and read by dorny/test-reporter
 * (`reporter: jest-junit`) and mikepenz/action-junit-report: one testsuite per file (its path in
 * `file`), a clean file is one passing testcase, a file with findings has one testcase per finding,
 * failed when at or above the fail severity. Test names are the rule and the JSON pointer, never a
 * line number, so a test's history survives edits above it; the position is in the text's last
 * line, `at RULE (PATH:LINE:COL)`, where both actions look for it. `time` is always 0.000:
 * validation is not timed, and the output stays the same bytes for the same input.
 */
export const junit: Formatter<ValidationResult> = (result, ctx) => {
  const byFile = new Map<string, Diagnostic[]>(result.files.map((f) => [f, []]));
  for (const d of result.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const fails = (d: Diagnostic) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[ctx.failSeverity];

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  // Paths from the git work-tree root, as the GitHub annotators match them against tracked files.
  const path = (file: string) => `${ctx.workTreePrefix ?? ""}${file}`;
  for (const [file, diagnostics] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    const name = xml(path(file));
    const names = new TestNames();
    const cases =
      diagnostics.length === 0
        ? [`    <testcase classname="${name}" name="${name}" time="${TIME}"/>`]
        : diagnostics.map((d) => {
            const head = `    <testcase classname="${name}" name="${xml(names.of(d))}" time="${TIME}"`;
            const detail = xml(
              `${d.severity}: ${fullMessage(d)}\n    at ${d.code} (${path(d.file)}:${d.line}:${d.column})`,
            );
            return fails(d)
              ? `${head}>\n      <failure message="${xml(fullMessage(d))}" type="${xml(d.code)}">${detail}</failure>\n    </testcase>`
              : `${head}>\n      <system-out>${detail}</system-out>\n    </testcase>`;
          });
    const failed = diagnostics.filter(fails).length;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${name}" file="${name}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="${TIME}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="slm validate" tests="${tests}" failures="${failures}" errors="0" time="${TIME}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

/** SUREFIRE_TIME in Jenkins' XSD: a plain decimal (`1e-3` and four decimals are invalid). */
const TIME = "0.000";

/** `rule pointer`, unique within a file: a repeat of both gets ` #2`, ` #3`. */
class TestNames {
  private readonly seen = new Map<string, number>();

  of(d: Diagnostic): string {
    const base = `${d.code} ${d.pointer === "" ? "/" : d.pointer}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base} #${n}`;
  }
}

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
