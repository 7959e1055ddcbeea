import { stringify } from "yaml";

/**
 * Documents as one YAML stream, written as YAML 1.1, which quotes every string a YAML 1.1 reader
 * would take for something else: Go's yaml.v2 (oslo) would turn an unquoted
 * `startTime: 2024-01-01 00:00:00` into a timestamp, js-yaml `from: 00:00` into the number 0; a
 * YAML 1.2 reader reads the same text alike. A string with a line break or a control character is
 * written double-quoted with JSON escapes on one line: a folded or block scalar would start a line
 * with a value (in a CI log, `  ::warning …` is a workflow command).
 *
 * `yaml` is imported statically: the loader has it in memory for every command already (and a
 * bundled dynamic import of a CommonJS package would see only its default export).
 */
export function yamlStream(docs: readonly unknown[]): string {
  return docs
    .map(
      (d) =>
        `---\n${stringify(d, { lineWidth: 0, version: "1.1", blockQuote: false, doubleQuotedAsJSON: true })}`,
    )
    .join("");
}
