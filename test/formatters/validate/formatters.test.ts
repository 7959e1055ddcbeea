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

  it("sarif: what GitHub code scanning requires of a rule (GH2012) and the tool (SARIF2005)", async () => {
    const { driver } = JSON.parse(await format(VALIDATE_FORMATTERS, "sarif", result, ctx)).runs[0].tool;
    expect(driver.informationUri).toBe("https://www.npmjs.com/package/slm-cli");
    expect(driver.semanticVersion).toBe("0.1.0");
    const cycle = driver.rules.find((r: { id: string }) => r.id === "graph/cycle");
    expect(cycle).toEqual({
      id: "graph/cycle",
      name: "GraphCycle",
      shortDescription: { text: "Service dependencies form a cycle" },
      fullDescription: {
        text: "Service dependencies form a cycle. Break the cycle: a service cannot depend on itself, directly or through others.",
      },
      help: {
        text: "Break the cycle: a service cannot depend on itself, directly or through others.",
        markdown:
          "**Service dependencies form a cycle** (`graph/cycle`, error by default)\n\nBreak the cycle: a service cannot depend on itself, directly or through others.\n\nAll rules: [docs/diagnostics.md](https://unpkg.com/slm-cli@0.1.0/docs/diagnostics.md)",
      },
      helpUri: "https://unpkg.com/slm-cli@0.1.0/docs/diagnostics.md",
      defaultConfiguration: { level: "error" },
      properties: { tags: ["graph"] },
    });
    for (const r of driver.rules) {
      expect(r.fullDescription.text.length, r.id).toBeLessThanOrEqual(1024);
      expect(r.help.text.length, r.id).toBeGreaterThan(0);
    }
  });

  it("sarif: URIs encode each path segment (a#b.yaml, q?.yaml, x:y.yaml, spaces, non-ASCII)", async () => {
    const at = (file: string): Diagnostic => ({ ...diagnostics[1]!, file });
    const files = [
      "a#b.yaml",
      "dir/q?.yaml",
      "x:y.yaml",
      "my dir/100%.yaml",
      "ä/ü.yaml",
      "a,b;c=d@e&f+g$h.yaml",
    ];
    const log = JSON.parse(
      await format(VALIDATE_FORMATTERS, "sarif", { ...result, diagnostics: files.map(at) }, ctx),
    );
    expect(
      log.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual([
      "a%23b.yaml",
      "dir/q%3F.yaml",
      "x%3Ay.yaml",
      "my%20dir/100%25.yaml",
      "%C3%A4/%C3%BC.yaml",
      "a,b;c=d@e&f+g$h.yaml",
    ]);
    // Each URI resolves back to its path (as a URL parser reads a relative reference).
    for (const [i, r] of log.runs[0].results.entries())
      expect(
        decodeURIComponent(
          new URL(r.locations[0].physicalLocation.artifactLocation.uri, "file:///repo/").pathname.slice(6),
        ),
      ).toBe(files[i]);
  });

  it("sarif: fingerprints follow the rule, file, document and pointer, not the line", async () => {
    const fingerprint = async (d: Diagnostic[]) =>
      JSON.parse(
        await format(VALIDATE_FORMATTERS, "sarif", { ...result, diagnostics: d }, ctx),
      ).runs[0].results.map(
        (r: { partialFingerprints: { primaryLocationLineHash: string } }) =>
          r.partialFingerprints.primaryLocationLineHash,
      );
    const [first] = await fingerprint([diagnostics[0]!]);
    expect(first).toMatch(/^[0-9a-f]{16}:1$/);
    expect(await fingerprint([{ ...diagnostics[0]!, line: 40, column: 3 }])).toEqual([first]);
    const [other] = await fingerprint([{ ...diagnostics[0]!, pointer: "/spec/term/end" }]);
    expect(other).not.toBe(first);
    const [secondDocument] = await fingerprint([{ ...diagnostics[0]!, document: 1 }]);
    expect(secondDocument).not.toBe(first);
    expect(await fingerprint([diagnostics[0]!, diagnostics[0]!])).toEqual([
      first,
      first!.replace(/:1$/, ":2"),
    ]);
  });

  it("junit: a testsuite per file with its path, stable test names, the position in an `at` line, time everywhere", async () => {
    expect(await format(VALIDATE_FORMATTERS, "junit", result, ctx)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="slm validate" tests="3" failures="1" errors="0" time="0.000">',
        '  <testsuite name="ok.yaml" file="ok.yaml" tests="1" failures="0" errors="0" skipped="0" time="0.000">',
        '    <testcase classname="ok.yaml" name="ok.yaml" time="0.000"/>',
        "  </testsuite>",
        '  <testsuite name="sla/a,b.yaml" file="sla/a,b.yaml" tests="2" failures="1" errors="0" skipped="0" time="0.000">',
        '    <testcase classname="sla/a,b.yaml" name="schema/invalid-value /spec/term/start" time="0.000">',
        '      <failure message="&quot;2024-02-30&quot; does not exist (February 2024 has 29 days)" type="schema/invalid-value">error: &quot;2024-02-30&quot; does not exist (February 2024 has 29 days)',
        "    at schema/invalid-value (sla/a,b.yaml:2:10)</failure>",
        "    </testcase>",
        '    <testcase classname="sla/a,b.yaml" name="review/overdue /" time="0.000">',
        "      <system-out>warning: 100% &lt;late&gt;\nnext &amp; last",
        "    at review/overdue (sla/a,b.yaml:3:1)</system-out>",
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });

  it("junit: names do not move with lines; a repeat of rule and pointer counts up", async () => {
    const moved = (line: number): Diagnostic => ({ ...diagnostics[1]!, line, pointer: "/spec/customer" });
    const names = async (ds: Diagnostic[]) =>
      [
        ...(await format(VALIDATE_FORMATTERS, "junit", { ...result, diagnostics: ds }, ctx)).matchAll(
          /name="([^"]*)" time/g,
        ),
      ].map((m) => m[1]);
    expect(await names([moved(3)])).toEqual(["ok.yaml", "review/overdue /spec/customer"]);
    expect(await names([moved(40)])).toEqual(["ok.yaml", "review/overdue /spec/customer"]);
    expect(await names([moved(3), moved(9)])).toEqual([
      "ok.yaml",
      "review/overdue /spec/customer",
      "review/overdue /spec/customer #2",
    ]);
  });
});
