import { didYouMean } from "../core/did-you-mean.js";
import { UsageError } from "../core/errors.js";
import { AGREEMENT_KINDS } from "../core/model.js";
import { locateIn, pathToPointer } from "../repository/source-map.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import { effectiveDocuments } from "./effective-agreements.js";
import { isMapping } from "./template-merge.js";

/** Where one value of the effective agreement was written. */
export interface ShownOrigin {
  file: string;
  line: number;
  column: number;
}

/** `slm show KIND/NAME`: the effective agreement (SPEC §21) and the origin of each of its values. */
export interface ShownAgreement {
  kind: string;
  name: string;
  /** The templates merged into it, in merge order. */
  templates: string[];
  effective: Record<string, unknown>;
  /** By JSON pointer into `effective`: every mapping, list and value. */
  origins: Record<string, ShownOrigin>;
}

/**
 * The effective agreement named `KIND/NAME` (or just `NAME` when only one kind has it) among the
 * documents; a name that is not there is a usage error with the closest name.
 */
export function showAgreement(documents: readonly LoadedDocument[], ref: string): ShownAgreement {
  const named = effectiveDocuments(documents).documents.flatMap((doc) => {
    const value = doc.value;
    if (!isMapping(value) || !(AGREEMENT_KINDS as readonly unknown[]).includes(value.kind)) return [];
    const name = isMapping(value.metadata) ? value.metadata.name : undefined;
    return typeof name === "string" ? [{ doc, kind: String(value.kind), name, value }] : [];
  });
  const slash = ref.indexOf("/");
  const kind = slash < 0 ? undefined : ref.slice(0, slash).toUpperCase();
  const name = slash < 0 ? ref : ref.slice(slash + 1);
  if (kind !== undefined && !(AGREEMENT_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`show: "${ref.slice(0, slash)}" is not an agreement kind (expected SLA, OLA or UC)`);
  }
  const found = named.filter((n) => n.name === name && (kind === undefined || n.kind === kind));
  if (found.length > 1) {
    throw new UsageError(
      `show: "${name}" names ${found.map((f) => f.kind).join(" and ")}: write ${found.map((f) => `${f.kind}/${name}`).join(" or ")}`,
    );
  }
  const [hit] = found;
  if (!hit) {
    const candidates = named
      .filter((n) => kind === undefined || n.kind === kind)
      .map((n) => `${n.kind}/${n.name}`);
    const suggestion = didYouMean(kind === undefined ? name : `${kind}/${name}`, [
      ...candidates,
      ...(kind === undefined ? named.map((n) => n.name) : []),
    ]);
    throw new UsageError(
      `show: no agreement ${kind === undefined ? name : `${kind}/${name}`}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
    );
  }
  const origins: Record<string, ShownOrigin> = {};
  const visit = (value: unknown, pointer: string) => {
    const at = locateIn(hit.doc, pointer, { onKey: pointer !== "" });
    origins[pointer] = { file: at.file, line: at.line, column: at.column };
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, pointer + pathToPointer([i]));
    } else if (isMapping(value))
      for (const [k, v] of Object.entries(value)) visit(v, pointer + pathToPointer([k]));
  };
  visit(hit.value, "");
  return {
    kind: hit.kind,
    name: hit.name,
    templates: (hit.doc.templates ?? []).map((t) => t.name),
    effective: hit.value,
    origins,
  };
}
