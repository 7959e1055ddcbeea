import type { Diagnostic, Severity } from "../core/diagnostic.js";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../core/diagnostic-codes.js";
import { didYouMean } from "../core/did-you-mean.js";
import type { RuleLevel } from "../repository/config.js";
import type { LoadedFile, LoadResult } from "../repository/loader.js";

/**
 * How loud each rule is, as Spectral, markdownlint and ESLint users expect: `rules:` in the config
 * (`review/missing: off`, `review/overdue: error`) and inline comments
 * (`# slm-disable-next-line ref/unknown-party -- why`). Warnings and infos may be changed, turned
 * off or suppressed; errors may be raised from nothing, never lowered: every other command builds
 * its model on their absence, so a silenced error would break `slm report`, not just hide a line.
 */
export interface RuleSettings {
  /** The level of a code's findings: the config's, else the code's own. */
  levelOf(code: DiagnosticCode): RuleLevel;
}

export function ruleSettings(rules: Readonly<Record<string, RuleLevel>>): RuleSettings {
  return {
    levelOf: (code) => {
      const own = DIAGNOSTIC_CODES[code].severity;
      const set = rules[code];
      return set !== undefined && adjustable(code, set) ? set : own;
    },
  };
}

/** A code may take a level when it is not an error, or the level is error anyway. */
function adjustable(code: DiagnosticCode, level: RuleLevel): boolean {
  return DIAGNOSTIC_CODES[code].severity !== "error" || level === "error";
}

function isCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}

/**
 * Applies the config's levels and the inline suppressions to every finding, and reports what is
 * wrong with either (an unknown code, a locked error, a comment that suppresses nothing).
 */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], load: LoadResult): Diagnostic[] {
  const settings = ruleSettings(load.config.rules);
  const out: Diagnostic[] = [...configFindings(load)];
  const directives = new Map<string, Directive[]>();
  for (const file of load.files) {
    const found = file.text === undefined ? [] : directivesOf(file);
    if (found.length > 0) directives.set(file.file, found);
  }
  for (const d of diagnostics) {
    const level = settings.levelOf(d.code);
    if (level === "off") continue;
    const directive = directives
      .get(d.file)
      ?.find((x) => x.line + 1 === d.line && (x.codes.length === 0 || x.codes.includes(d.code)));
    if (directive && level !== "error" && DIAGNOSTIC_CODES[d.code].severity !== "error") {
      directive.used = true;
      continue;
    }
    out.push(d);
  }
  for (const [file, list] of directives) {
    for (const x of list) out.push(...directiveFindings(file, x, settings));
  }
  return out.filter((d) => settings.levelOf(d.code) !== "off").map((d) => withLevel(d, settings));
}

function withLevel(d: Diagnostic, settings: RuleSettings): Diagnostic {
  const level = settings.levelOf(d.code) as Severity;
  return level === d.severity ? d : { ...d, severity: level };
}

interface Directive {
  line: number;
  column: number;
  /** Empty: every code that can be suppressed. */
  codes: string[];
  used: boolean;
}

const DIRECTIVE = /^(\s*)#\s*slm-disable-next-line\b(.*)$/;

/** `# slm-disable-next-line CODE[, CODE …] [-- reason]`, on a line of its own. */
function directivesOf(file: LoadedFile): Directive[] {
  const out: Directive[] = [];
  file.text!.split(/\r?\n/).forEach((text, i) => {
    const m = DIRECTIVE.exec(text);
    if (!m) return;
    const list = m[2]!.split(/\s--\s|\s--$/)[0]!;
    const codes = list
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter((c) => c !== "");
    out.push({ line: i + 1, column: m[1]!.length + 1, codes, used: false });
  });
  return out;
}

function directiveFindings(file: string, x: Directive, settings: RuleSettings): Diagnostic[] {
  const at = { file, line: x.line, column: x.column, pointer: "" };
  const out: Diagnostic[] = [];
  for (const code of x.codes) {
    if (!isCode(code)) {
      const suggestion = didYouMean(code, Object.keys(DIAGNOSTIC_CODES));
      out.push({
        ...at,
        code: "suppression/unknown-rule",
        severity: DIAGNOSTIC_CODES["suppression/unknown-rule"].severity,
        message: `slm-disable-next-line names "${code}", which is not a diagnostic code`,
        ...(suggestion ? { suggestion } : {}),
      });
    } else if (DIAGNOSTIC_CODES[code].severity === "error" || settings.levelOf(code) === "error") {
      out.push({
        ...at,
        code: "suppression/rule-locked",
        severity: DIAGNOSTIC_CODES["suppression/rule-locked"].severity,
        message: `${code} is an error and cannot be suppressed; fix the finding on the next line`,
      });
    }
  }
  if (!x.used && !out.some((d) => d.code === "suppression/rule-locked")) {
    out.push({
      ...at,
      code: "suppression/unused",
      severity: DIAGNOSTIC_CODES["suppression/unused"].severity,
      message:
        x.codes.length === 0
          ? "slm-disable-next-line suppresses nothing: the next line has no finding"
          : `slm-disable-next-line suppresses nothing: the next line has no ${x.codes.join(", ")} finding`,
    });
  }
  return out;
}

/** `rules:` entries that name no code, or try to lower an error. */
function configFindings(load: LoadResult): Diagnostic[] {
  const doc = load.configFile?.documents[0];
  if (!doc) return [];
  const out: Diagnostic[] = [];
  for (const [code, level] of Object.entries(load.config.rules)) {
    const pointer = `/rules/${code.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (!isCode(code)) {
      const suggestion = didYouMean(code, Object.keys(DIAGNOSTIC_CODES));
      out.push({
        code: "config/unknown-rule",
        severity: "error",
        message: `rules: "${code}" is not a diagnostic code`,
        file: doc.file,
        ...doc.sourceMap.locate(pointer, { onKey: true }),
        pointer,
        ...(suggestion ? { suggestion } : {}),
      });
    } else if (!adjustable(code, level)) {
      out.push({
        code: "config/rule-locked",
        severity: "error",
        message: `rules: ${code} is an error and cannot be set to ${level} (only warnings and infos can be changed)`,
        file: doc.file,
        ...doc.sourceMap.locate(pointer),
        pointer,
      });
    }
  }
  return out;
}
