import { stringify } from "yaml";
import type { ShownAgreement, ShownOrigin } from "../../model/shown-agreement.js";
import { pathToPointer } from "../../repository/source-map.js";
import type { Formatter } from "../formatter.js";

/**
 * The effective agreement as YAML that reads back to the same value, each line ending in the
 * `# file:line` its value came from — the agreement's own file, or the template's.
 */
export const formatShowYaml: Formatter<ShownAgreement> = (shown) => {
  const lines = [
    `# ${shown.kind}/${shown.name}: the effective agreement${shown.templates.length ? ` (templates merged in order: ${shown.templates.join(", ")})` : ""}`,
  ];
  emit(shown.effective, "", "", shown.origins, lines);
  return `${lines.join("\n")}\n`;
};

const where = (origin: ShownOrigin | undefined) => (origin ? `  # ${origin.file}:${origin.line}` : "");

function isCollection(value: unknown): value is object {
  return value !== null && typeof value === "object" && Object.keys(value).length > 0;
}

function scalar(value: unknown): string {
  if (typeof value === "string" && /[\n\r]/.test(value)) return JSON.stringify(value);
  if (value !== null && typeof value === "object") return Array.isArray(value) ? "[]" : "{}";
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function key(name: string): string {
  return scalar(name);
}

function emit(
  value: unknown,
  pointer: string,
  indent: string,
  origins: Record<string, ShownOrigin>,
  lines: string[],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const at = pointer + pathToPointer([i]);
      if (!isCollection(item)) {
        lines.push(`${indent}- ${scalar(item)}${where(origins[at])}`);
        return;
      }
      // The item's first line carries the dash: "- name: x", its other lines indented under it.
      const start = lines.length;
      emit(item, at, `${indent}  `, origins, lines);
      lines[start] = `${indent}- ${lines[start]!.slice(indent.length + 2)}`;
    });
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const at = pointer + pathToPointer([k]);
    if (isCollection(v)) {
      lines.push(`${indent}${key(k)}:${where(origins[at])}`);
      emit(v, at, Array.isArray(v) ? `${indent}  ` : `${indent}  `, origins, lines);
    } else {
      lines.push(`${indent}${key(k)}: ${scalar(v)}${where(origins[at])}`);
    }
  }
}
