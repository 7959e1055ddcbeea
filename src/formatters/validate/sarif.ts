import type { Diagnostic } from "../../core/diagnostic.js";
import { fullMessage } from "../../core/diagnostic.js";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../core/diagnostic-codes.js";
import { DIAGNOSTIC_HELP } from "../../core/diagnostic-help.js";
import { docsUrl, HOMEPAGE } from "../../core/version.js";
import type { ValidationResult } from "../../model/validation-result.js";
import type { Formatter } from "../formatter.js";
import { fileUri } from "./file-uri.js";
import { Fingerprints } from "./fingerprint.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it (checked in CI with the SARIF multitool's
 * `Sarif;Gh` rules): every code is a rule with a short and a full description and help, every
 * diagnostic a result with its location and a fingerprint.
 */
export const sarif: Formatter<ValidationResult> = (result, ctx) => {
  const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
  const ruleIndex = new Map<string, number>(codes.map((code, i) => [code, i]));
  const location = (file: string, line: number, column: number) => ({
    physicalLocation: {
      // %SRCROOT% is the checkout, the git work-tree root: slm's root may be a folder of it.
      artifactLocation: { uri: fileUri(`${ctx.workTreePrefix ?? ""}${file}`), uriBaseId: "%SRCROOT%" },
      region: { startLine: line, startColumn: column },
    },
  });
  const fingerprints = new Fingerprints();
  const toResult = (d: Diagnostic) => ({
    ruleId: d.code,
    ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
    level: LEVEL[d.severity],
    message: { text: fullMessage(d) },
    locations: [location(d.file, d.line, d.column)],
    partialFingerprints: { primaryLocationLineHash: fingerprints.of(d) },
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
  const helpUri = docsUrl("diagnostics.md", ctx.version);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "slm",
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: HOMEPAGE,
            rules: codes.map((code) => rule(code, helpUri)),
          },
        },
        results: result.diagnostics.map(toResult),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function rule(code: DiagnosticCode, helpUri: string) {
  const { severity, title } = DIAGNOSTIC_CODES[code];
  const help = DIAGNOSTIC_HELP[code] ?? `See ${helpUri} for this rule.`;
  return {
    id: code,
    name: ruleName(code),
    shortDescription: { text: title },
    fullDescription: { text: `${title}. ${help}` },
    help: {
      text: help,
      markdown: `**${title}** (\`${code}\`, ${severity} by default)\n\n${help}\n\nAll rules: [docs/diagnostics.md](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: [code.split("/")[0]] },
  };
}

/** `ref/unknown-service` → `RefUnknownService` (SARIF wants rule names in PascalCase). */
function ruleName(code: string): string {
  return code
    .split(/[/-]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
