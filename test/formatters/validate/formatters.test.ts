import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../src/core/diagnostic.js";
import { VALIDATE_FORMATTERS } from "../../../src/formatters/validate/index.js";
import type { ValidationResult } from "../../../src/model/validation-result.js";
import { format } from "../../helpers/format.js";

const diagnostics: Diagnostic[] = [
  {
    code: "schema/invalid-value",
    severity: "error",
    message: '"2024-02-30" does not exist (February 2024 has 29 days)',
    file: "sla/a,b.yaml",
    line: 2,
    column: 10,
    pointer: "/spec/term/start",
    related: [{ file: "x.yaml", line: 1, column: 1, pointer: "", message: "here" }],
  },
  {
    code: "review/overdue",
    severity: "warning",
    message: "100% <late>\nnext & last",
    file: "sla/a,b.yaml",
    line: 3,
    column: 1,
    pointer: "",
  },
];
const result: ValidationResult = {
  diagnostics,
  files: ["ok.yaml", "sla/a,b.yaml"],
  sources: new Map([["sla/a,b.yaml", "term:\n  start: 2024-02-30\nreview: x\n"]]),
};
const ctx = { colors: new Chalk({ level: 0 }), version: "0.1.0", failSeverity: "error" as const };

describe("validate formatters", () => {
  it("stylish: file:line:col, severity, message, code, a code frame and a summary", async () => {
    expect(await format(VALIDATE_FORMATTERS, "stylish", result, ctx)).toBe(
      [
        "sla/a,b.yaml",
        'sla/a,b.yaml:2:10  error  "2024-02-30" does not exist (February 2024 has 29 days)  schema/invalid-value',
        "  2 |   start: 2024-02-30",
        "    |          ^",
        "  ↳ x.yaml:1:1  here",
        // A line break inside a message is shown, not obeyed: one finding, one line (issue 10).
        "sla/a,b.yaml:3:1  warning  100% <late>\\nnext & last  review/overdue",
        "  3 | review: x",
        "    | ^",
        "",
        "✖ 2 problems (1 error, 1 warning) in 2 files",
        "",
      ].join("\n"),
    );
    expect(await format(VALIDATE_FORMATTERS, "stylish", { ...result, diagnostics: [] }, ctx)).toBe(
      "✔ no problems in 2 files\n",
    );
  });

  it("json: exactly the SPEC §9 fields", async () => {
    expect(JSON.parse(await format(VALIDATE_FORMATTERS, "json", result, ctx))).toEqual({
      diagnostics: [
        {
          code: "schema/invalid-value",
          severity: "error",
          message: '"2024-02-30" does not exist (February 2024 has 29 days)',
          file: "sla/a,b.yaml",
          line: 2,
          column: 10,
          pointer: "/spec/term/start",
        },
        {
          code: "review/overdue",
          severity: "warning",
          message: "100% <late>\nnext & last",
          file: "sla/a,b.yaml",
          line: 3,
          column: 1,
          pointer: "",
        },
      ],
      summary: { errors: 1, warnings: 1, files: 2 },
    });
  });

  it("github: escapes % CR LF in messages and also : , in properties", async () => {
    expect(await format(VALIDATE_FORMATTERS, "github", result, ctx)).toBe(
      '::error file=sla/a%2Cb.yaml,line=2,col=10,title=schema/invalid-value::"2024-02-30" does not exist (February 2024 has 29 days)\n' +
        "::warning file=sla/a%2Cb.yaml,line=3,col=1,title=review/overdue::100%25 <late>%0Anext & last\n",
    );
  });

  it("sarif: 2.1.0 with every code as a rule and physical locations", async () => {
    const log = JSON.parse(await format(VALIDATE_FORMATTERS, "sarif", result, ctx));
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("slm");
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain("graph/cycle");
    expect(run.results[0]).toMatchObject({
      ruleId: "schema/invalid-value",
      level: "error",
      message: { text: '"2024-02-30" does not exist (February 2024 has 29 days)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "sla/a,b.yaml" },
            region: { startLine: 2, startColumn: 10 },
          },
        },
      ],
    });
    expect(run.results[1].level).toBe("warning");
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe("schema/invalid-value");
  });

  it("junit: a testsuite per file, failures for errors, XML-escaped", async () => {
    expect(await format(VALIDATE_FORMATTERS, "junit", result, ctx)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="slm validate" tests="3" failures="1" errors="0">',
        '  <testsuite name="ok.yaml" tests="1" failures="0" errors="0">',
        '    <testcase classname="ok.yaml" name="ok.yaml"/>',
        "  </testsuite>",
        '  <testsuite name="sla/a,b.yaml" tests="2" failures="1" errors="0">',
        '    <testcase classname="sla/a,b.yaml" name="2:10 schema/invalid-value">',
        '      <failure message="&quot;2024-02-30&quot; does not exist (February 2024 has 29 days)" type="schema/invalid-value">sla/a,b.yaml:2:10 error &quot;2024-02-30&quot; does not exist (February 2024 has 29 days) (schema/invalid-value)</failure>',
        "    </testcase>",
        '    <testcase classname="sla/a,b.yaml" name="3:1 review/overdue">',
        "      <system-out>sla/a,b.yaml:3:1 warning 100% &lt;late&gt;\nnext &amp; last (review/overdue)</system-out>",
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });
});
