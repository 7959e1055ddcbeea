import { CORE_SCHEMA, loadAll } from "js-yaml";
import { LineCounter, parseAllDocuments, type YAMLError } from "yaml";
import type { Diagnostic } from "../core/diagnostic.js";
import type { DiagnosticCode } from "../core/diagnostic-codes.js";
import {
  MAX_NESTING,
  MAX_VALUES,
  measureLayout,
  tooDeepInText,
  tooDeepNode,
  tooDeepValue,
} from "./yaml-limits.js";
import {
  type PositionMap,
  pathToPointer,
  type Position,
  SourceMap,
  type ValueOrigins,
} from "./source-map.js";

export type { PositionMap } from "./source-map.js";

/** One YAML document of a file, its plain value and the map back to positions. */
export interface LoadedDocument {
  file: string;
  index: number;
  /** The document as plain data; undefined when the document could not be read. */
  value: unknown;
  sourceMap: PositionMap;
  /** Only on an effective agreement: where each merged value was written (SPEC §21). */
  origins?: ValueOrigins;
  /** Only on an effective agreement: the templates merged into it, in merge order. */
  templates?: { name: string; file: string; document: number }[];
}

/** Bounded alias expansion: a "billion laughs" document stops here instead of eating memory. */
export const MAX_ALIAS_COUNT = 100;

const YAML_CODES: Record<string, DiagnosticCode> = {
  DUPLICATE_KEY: "yaml/duplicate-key",
};

/**
 * Parses every document of a file. Syntax errors become diagnostics with the parser's position;
 * a document with errors has no value so that later layers do not report noise about it.
 *
 * Two parsers, one meaning: eemeli/yaml gives positions and precise errors but costs about a
 * millisecond per agreement file, which dominates `slm validate` over a thousand files. So the
 * common case — well-formed mappings without anchors, tags or YAML 1.1 number forms — is read
 * with js-yaml's YAML 1.2 core schema, and eemeli/yaml runs only when a position is asked for
 * (a finding to report) or when the fast path declines the file.
 */
export function parseYamlFile(
  file: string,
  text: string,
): { documents: LoadedDocument[]; diagnostics: Diagnostic[] } {
  // Refused before any parser runs: their cost grows far faster than the file (see yaml-limits.ts).
  const layout = measureLayout(text);
  if (layout.tooDeepAt !== undefined) {
    return { documents: [], diagnostics: [tooDeep(file, 0, positionOf(text, layout.tooDeepAt))] };
  }
  if (layout.values > MAX_VALUES) {
    const diagnostic: Diagnostic = {
      code: "file/too-large",
      severity: "error",
      message: `file holds about ${layout.values.toLocaleString("en-US")} values; agreement files are limited to ${MAX_VALUES.toLocaleString("en-US")} (is it really an slm document?)`,
      file,
      line: 1,
      column: 1,
      pointer: "",
    };
    return { documents: [], diagnostics: [diagnostic] };
  }
  return fastParse(file, text) ?? fullParse(file, text);
}

/** 1-based line and column of an offset, counting LF as the line break (as the parser does). */
function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * What makes a file take the full parser, because js-yaml would read it differently from
 * eemeli/yaml (the reference) or because it needs bounded alias expansion: anchors and aliases,
 * tags, directives (`%YAML 1.1`), complex `? ` keys, null keys, YAML 1.1 number forms (`1_000`,
 * `0b1`), signed hex/octal or leading-dot numbers, and a flow collection that continues on the
 * next line (indentation rules differ).
 */
const NEEDS_FULL_PARSER: ((text: string) => boolean)[] = [
  (t) => /[&*!]/.test(t),
  (t) => /^%/m.test(t),
  // Leading blanks never span lines, and no two runs of blanks touch: each line is scanned once
  // (`^\s*…\s*:` took seconds on a file of deeply indented lines, and grows with the square).
  (t) => /^[^\S\n\r\u2028\u2029]*\?(\s|$)/m.test(t),
  (t) => /^[^\S\n\r\u2028\u2029]*(?:(?:null|Null|NULL|~)[^\S\n\r\u2028\u2029]*)?:(\s|$)/m.test(t),
  (t) => /\d_\d|\b0b[01]/.test(t),
  (t) => /[-+](0x|0o|\.\d)/.test(t),
  flowContinuesOnNextLine,
];

/**
 * A `[` or `{` after the last `]` or `}` of its line, in one pass: the regular expression
 * `/[[{][^\]}\n]*$/m` backtracked over the whole line from every bracket.
 */
function flowContinuesOnNextLine(text: string): boolean {
  let open = false; // a bracket opened on this line and not closed after it
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b)
      open = true; // [ {
    else if (c === 0x5d || c === 0x7d)
      open = false; // ] }
    else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      if (open) return true;
    }
  }
  return open;
}
function fastParse(
  file: string,
  text: string,
): { documents: LoadedDocument[]; diagnostics: Diagnostic[] } | undefined {
  if (NEEDS_FULL_PARSER.some((needs) => needs(text))) return undefined;
  let values: unknown[];
  try {
    values = loadAll(text, undefined, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined; // a syntax error or duplicate key: the full parser reports it with its position
  }
  // Empty documents, non-mappings and documents nested too deeply get their own findings; let the
  // full parser shape those.
  if (
    values.length === 0 ||
    values.some((v) => v === null || typeof v !== "object" || Array.isArray(v) || tooDeepValue(v))
  ) {
    return undefined;
  }
  let full: LoadedDocument[] | undefined;
  const fullMaps = (): LoadedDocument[] => {
    full ??= fullParse(file, text).documents;
    return full;
  };
  const documents = values.map((value, index) => ({
    file,
    index,
    value,
    sourceMap: {
      locate: (pointer: string, options?: { onKey?: boolean }) =>
        fullMaps()[index]?.sourceMap.locate(pointer, options) ?? { line: 1, column: 1 },
    },
  }));
  return { documents, diagnostics: [] };
}

function fullParse(file: string, text: string): { documents: LoadedDocument[]; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: LoadedDocument[] = [];
  // logLevel "silent": the library would otherwise print its warnings to the process's stderr;
  // they are reported as diagnostics instead.
  const parsed = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: "silent",
  });
  if (!Array.isArray(parsed)) {
    // An empty stream: parseAllDocuments returns an EmptyStream, which holds no document at all.
    return { documents, diagnostics };
  }
  let exhausted: (number | undefined)[] | undefined;
  parsed.forEach((doc, index) => {
    const sourceMap = new SourceMap(doc.contents, lineCounter, doc.range?.[0] ?? 0);
    // One mistake (a tab, a bad indent) often makes the parser complain about every later line:
    // report the first error of a document, and say how many followed.
    const report = (error: YAMLError, severity: "error" | "warning", message: string): void => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      diagnostics.push({
        code: YAML_CODES[error.code] ?? (severity === "error" ? "yaml/syntax" : "yaml/warning"),
        severity,
        message,
        file,
        line,
        column: col,
        pointer: "",
        document: index,
      });
    };
    const [first, ...rest] = doc.errors;
    const deep = first ? undefined : tooDeepNode(doc.contents);
    if (first?.code === "RESOURCE_EXHAUSTION" || deep !== undefined) {
      // The parser ran out of stack (where depends on the stack left, so the position is taken
      // from the syntax tree), or a later step would: one finding, the limit named.
      if (deep === undefined) exhausted ??= tooDeepInText(text);
      const offset = deep ?? exhausted?.[index] ?? first!.pos[0];
      const { line, col } = lineCounter.linePos(offset);
      diagnostics.push(tooDeep(file, index, { line, column: col }));
      documents.push({ file, index, value: undefined, sourceMap });
      return;
    }
    if (first) {
      const more = rest.filter((e) => e.pos[0] !== first.pos[0]).length;
      const suffix =
        more > 0 ? ` (${more} more error${more === 1 ? "" : "s"} in this document may follow from it)` : "";
      report(first, "error", explainYamlError(first, text) + suffix);
    }
    for (const warning of doc.warnings) report(warning, "warning", firstLine(warning.message));
    let value: unknown;
    if (doc.errors.length === 0) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        const pos = sourceMap.locate("");
        diagnostics.push({
          code: "yaml/alias-limit",
          severity: "error",
          message: `document expands too many aliases (limit ${MAX_ALIAS_COUNT}): ${firstLine(String((error as Error).message))}`,
          file,
          ...pos,
          pointer: "",
          document: index,
        });
      }
    }
    const deepPath = value === undefined ? undefined : tooDeepValue(value);
    if (deepPath !== undefined) {
      diagnostics.push(tooDeep(file, index, sourceMap.locate(pathToPointer(deepPath))));
      value = undefined;
    }
    documents.push({ file, index, value, sourceMap });
  });
  return { documents, diagnostics };
}

function tooDeep(file: string, document: number, at: Position): Diagnostic {
  return {
    code: "yaml/too-deep",
    severity: "error",
    message: `nested too deeply: mappings and lists nest at most ${MAX_NESTING} levels in an slm document`,
    file,
    ...at,
    pointer: "",
    document,
  };
}

/** The parser's message, in slm's words where the parser's are cryptic. */
function explainYamlError(error: YAMLError, text: string): string {
  if (error.code === "DUPLICATE_KEY") {
    const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:\n]*?)\s*:/
      .exec(text.slice(error.pos[0], error.pos[0] + 200))?.[1]
      ?.replace(/^["']|["']$/g, "");
    return `duplicate key${key ? ` "${key}"` : ""}: a key may appear only once in a mapping`;
  }
  if (error.code === "TAB_AS_INDENT") return "a tab is used for indentation; YAML indents with spaces only";
  return firstLine(error.message);
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}
