import { compareStrings } from "../core/compare.js";
import { valueOrigin } from "../repository/source-map.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import type { AgreementChange } from "./agreement-change.js";
import type { CoverageChange, TemplateChange } from "./diff-result.js";

/**
 * Marks each agreement change whose value is inherited (in the head; in the base for a removal)
 * with its template, and groups the changes of each template: "gold: p1-response threshold
 * 15m → 10m tightens 40 SLAs". `base` and `head` are the effective documents of each side
 * (model/effective-agreements.ts), which know where every value was written.
 */
export function templateChanges(
  changes: readonly AgreementChange[],
  coverage: readonly CoverageChange[],
  base: readonly LoadedDocument[],
  head: readonly LoadedDocument[],
): { changes: AgreementChange[]; templates: TemplateChange[] } {
  const [before, after] = [agreementsByKey(base), agreementsByKey(head)];
  const groups = new Map<string, TemplateChange>();
  const marked = changes.map((c) => {
    if (c.via || c.field === "agreement") return c;
    const doc = (c.direction === "removed" ? before : after).get(`${c.kind}/${c.name}`);
    const pointer = doc && pointerOf(doc, c);
    const template = pointer === undefined ? undefined : templateOf(doc!, pointer);
    if (template === undefined) return c;
    const key = [template, c.target, c.field, c.from, c.to, c.direction].join("\0");
    let group = groups.get(key);
    if (!group) {
      group = {
        template,
        target: c.target,
        field: c.field,
        from: c.from,
        to: c.to,
        direction: c.direction,
        agreements: [],
        coverage: [],
      };
      groups.set(key, group);
    }
    group.agreements.push(`${c.kind}/${c.name}`);
    return { ...c, template };
  });
  for (const group of groups.values()) {
    group.agreements.sort(compareStrings);
    group.coverage = coverage.filter(
      (v) =>
        group.agreements.includes(`SLA/${v.sla}`) && (group.target === null || v.target === group.target),
    );
  }
  const templates = [...groups.values()].sort(
    (a, b) =>
      compareStrings(a.template, b.template) ||
      compareStrings(a.target ?? "", b.target ?? "") ||
      compareStrings(a.field, b.field),
  );
  return { changes: marked, templates };
}

function agreementsByKey(documents: readonly LoadedDocument[]): Map<string, LoadedDocument> {
  const out = new Map<string, LoadedDocument>();
  for (const doc of documents) {
    if (!doc.origins) continue;
    const value = doc.value as { kind: string; metadata: { name: string } };
    out.set(`${value.kind}/${value.metadata.name}`, doc);
  }
  return out;
}

/** The JSON pointer of the value a change is about, in the effective document. */
function pointerOf(doc: LoadedDocument, c: AgreementChange): string | undefined {
  const path = c.field === "target" ? "" : `/${c.field.split(".").join("/")}`;
  if (c.target === null) return `/spec${path}`;
  const targets = (doc.value as { spec: { targets?: { name?: unknown }[] } }).spec.targets ?? [];
  const index = targets.findIndex((t) => t?.name === c.target);
  return index < 0 ? undefined : `/spec/targets/${index}${path}`;
}

function templateOf(doc: LoadedDocument, pointer: string): string | undefined {
  const origin = valueOrigin(doc, pointer);
  if (!origin || origin.doc === doc) return undefined;
  const value = (origin.doc as LoadedDocument).value as { kind?: unknown; metadata?: { name?: unknown } };
  return value.kind === "Template" && typeof value.metadata?.name === "string"
    ? value.metadata.name
    : undefined;
}
