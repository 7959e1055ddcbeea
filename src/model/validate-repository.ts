import { runChecks } from "../checks/run-checks.js";
import type { Diagnostic, Severity } from "../core/diagnostic.js";
import type { LoadResult } from "../repository/loader.js";
import { validateConfigDocuments, validateDocuments } from "../schema/validate-documents.js";
import { effectiveDocuments } from "./effective-agreements.js";
import { mergeInheritedFindings } from "./inherited-findings.js";
import { applyRuleSettings, ruleSettings } from "./rule-settings.js";

export interface ValidateOptions {
  /** "Today", for overdue reviews and ended terms. */
  now: Date;
  /**
   * Leave out semantic findings below this severity. Commands that only need to know whether the
   * repository is valid ask for errors, and so skip locating (and re-parsing) for warnings.
   */
  minSeverity?: Severity;
}

/**
 * All findings for a loaded repository, in three layers reported together: file and YAML
 * findings (from the loader), envelope and JSON Schema per document — agreements as effective
 * agreements, their templates merged in (effective-agreements.ts) — then semantic checks on the
 * documents that passed their schema. The config's `rules` and inline `slm-disable-next-line`
 * comments then set each finding's level (rule-settings.ts). Unsorted; callers sort with
 * `compareDiagnostics`.
 */
export function validateRepository(load: LoadResult, options: ValidateOptions): Diagnostic[] {
  const diagnostics = [...load.diagnostics];
  if (load.configFile) diagnostics.push(...validateConfigDocuments(load.configFile.documents));
  const reported = new Set(load.diagnostics.map((d) => d.file));
  for (const file of load.files) {
    if (file.documents.length === 0 && !reported.has(file.file)) {
      diagnostics.push({
        code: "file/empty",
        severity: "warning",
        message: "file holds no YAML document",
        file: file.file,
        line: 1,
        column: 1,
        pointer: "",
      });
    }
  }
  const effective = effectiveDocuments(load.documents);
  diagnostics.push(...effective.diagnostics);
  // An agreement whose template is missing lacks what the template would give: not reported twice.
  const schema = validateDocuments(effective.documents, { partial: effective.unresolved });
  diagnostics.push(...schema.diagnostics);
  const settings = ruleSettings(load.config.rules);
  diagnostics.push(
    ...runChecks(schema.outcomes, options.now, options.minSeverity ?? "info", (code) =>
      settings.levelOf(code),
    ),
  );
  return applyRuleSettings(mergeInheritedFindings(diagnostics), load);
}
