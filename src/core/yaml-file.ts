import { LineCounter, parseAllDocuments, type YAMLError } from "yaml";
import type { Diagnostic } from "./diagnostic.js";
import { SourceMap } from "./source-map.js";

/** One YAML document of a file, its plain value and the map back to positions. */
export interface LoadedDocument {
  file: string;
  index: number;
  /** The document as plain data; undefined when the document could not be read. */
  value: unknown;
  sourceMap: SourceMap;
}

/** Bounded alias expansion: a "billion laughs" document stops here instead of eating memory. */
export const MAX_ALIAS_COUNT = 100;

const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: "yaml/duplicate-key",
};

/**
 * Parses every document of a file. Syntax errors become diagnostics with the parser's position;
 * a document with errors has no value so that later layers do not report noise about it.
 */
export function parseYamlFile(
  file: string,
  text: string,
): { documents: LoadedDocument[]; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const documents: LoadedDocument[] = [];
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const docs = Array.isArray(parsed) ? parsed : [];
  if (!Array.isArray(parsed)) {
    // An empty stream: parseAllDocuments returns an EmptyStream, which holds no document at all.
    return { documents, diagnostics };
  }
  docs.forEach((doc, index) => {
    const sourceMap = new SourceMap(doc.contents, lineCounter, doc.range?.[0] ?? 0);
    // The parser often explains one mistake twice at the same offset; the first message is the clearer.
    const seen = new Set<number>();
    const report = (error: YAMLError, severity: "error" | "warning"): void => {
      if (seen.has(error.pos[0])) return;
      seen.add(error.pos[0]);
      const { line, col } = lineCounter.linePos(error.pos[0]);
      diagnostics.push({
        code: YAML_CODES[error.code] ?? (severity === "error" ? "yaml/syntax" : "yaml/warning"),
        severity,
        message: firstLine(error.message),
        file,
        line,
        column: col,
        pointer: "",
        document: index,
      });
    };
    for (const error of doc.errors) report(error, "error");
    for (const warning of doc.warnings) report(warning, "warning");
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
    documents.push({ file, index, value, sourceMap });
  });
  return { documents, diagnostics };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}
