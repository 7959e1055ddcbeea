import type { Diagnostic } from "../../core/diagnostic.js";
import { fullMessage } from "../../core/diagnostic.js";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../core/diagnostic-codes.js";
import type { ValidationResult } from "../../model/validation-result.js";
import type { Formatter } from "../formatter.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/** SARIF 2.1.0 for code scanning: every code is a rule, every diagnostic a result with its location. */
export const sarif: Formatter<ValidationResult> = (result, ctx) => {
  const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
  const ruleIndex = new Map<string, number>(codes.map((code, i) => [code, i]));
  const location = (file: string, line: number, column: number) => ({
    physicalLocation: {
      // %SRCROOT% is the checkout, the git work-tree root: slm's root may be a folder of it.
      artifactLocation: { uri: encodeURI(`${ctx.workTreePrefix ?? ""}${file}`), uriBaseId: "%SRCROOT%" },
      region: { startLine: line, startColumn: column },
    },
  });
  const toResult = (d: Diagnostic) => ({
    ruleId: d.code,
    ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
    level: LEVEL[d.severity],
    message: { text: fullMessage(d) },
    locations: [location(d.file, d.line, d.column)],
    ...(d.pointer ? { properties: { pointer: d.pointer } } : {}),
    ...(d.related?.length
      ? {
          relatedLocations: d.related.map((r, id) => ({
            id,
            ...location(r.file, r.line, r.column),
            ...(r.message ? { message: { text: r.message } } : {}),
          })),
        }
      : {}),
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "slm",
            version: ctx.version,
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: DIAGNOSTIC_CODES[code].title },
              defaultConfiguration: { level: LEVEL[DIAGNOSTIC_CODES[code].severity] },
            })),
          },
        },
        results: result.diagnostics.map(toResult),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
