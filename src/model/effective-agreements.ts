import type { Diagnostic } from "../core/diagnostic.js";
import type { DiagnosticCode } from "../core/diagnostic-codes.js";
import { didYouMean } from "../core/did-you-mean.js";
import { AGREEMENT_KINDS } from "../core/model.js";
import { pathToPointer, type ValueOrigin } from "../repository/source-map.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import {
  type Annotated,
  annotate,
  isMapping,
  mergeSpec,
  toPlain,
  type UnmatchedTarget,
} from "./template-merge.js";

/**
 * From documents as written to documents as every command reads them (SPEC §21): each SLA, OLA
 * or UC with `spec.extends` is replaced by its effective agreement — its templates merged in
 * order (each after the templates it extends), then its own fields — carrying the origin of
 * every value; every other document is passed on as it is. Pure: the same documents give the
 * same result, for the work tree and for every revision read from git history.
 */
export interface EffectiveDocuments {
  documents: LoadedDocument[];
  /** Unknown templates, cycles, kinds a template does not apply to, overrides of nothing. */
  diagnostics: Diagnostic[];
  /**
   * Effective agreements whose `extends` could not be fully resolved: the fields the missing
   * template would have given are not reported again as missing.
   */
  unresolved: ReadonlySet<LoadedDocument>;
}

interface TemplateDoc {
  doc: LoadedDocument;
  name: string;
  spec: Record<string, unknown>;
  extends: unknown;
  applies: readonly string[];
}

const DEFAULT_APPLIES: readonly string[] = AGREEMENT_KINDS;
const cache = new WeakMap<readonly LoadedDocument[], EffectiveDocuments>();

/** The effective documents of a loaded repository; computed once per document list. */
export function effectiveDocuments(documents: readonly LoadedDocument[]): EffectiveDocuments {
  let result = cache.get(documents);
  if (!result) {
    result = resolveDocuments(documents);
    cache.set(documents, result);
  }
  return result;
}

/** A document's kind, name and spec when its envelope is readable enough to merge. */
function envelopeOf(
  doc: LoadedDocument,
): { kind: string; name: string; spec: Record<string, unknown> } | undefined {
  const value = doc.value;
  if (!isMapping(value) || typeof value.kind !== "string" || !isMapping(value.metadata)) return undefined;
  const name = value.metadata.name;
  if (typeof name !== "string" || !isMapping(value.spec)) return undefined;
  return { kind: value.kind, name, spec: value.spec };
}

function resolveDocuments(documents: readonly LoadedDocument[]): EffectiveDocuments {
  const templates = new Map<string, TemplateDoc>();
  for (const doc of documents) {
    const envelope = envelopeOf(doc);
    if (envelope?.kind !== "Template" || templates.has(envelope.name)) continue;
    const applies = Array.isArray(envelope.spec.applies)
      ? envelope.spec.applies.filter((k): k is string => typeof k === "string")
      : DEFAULT_APPLIES;
    templates.set(envelope.name, {
      doc,
      name: envelope.name,
      spec: envelope.spec,
      extends: envelope.spec.extends,
      applies,
    });
  }
  const report = findings();
  const chains = new Map<string, TemplateDoc[]>();
  const linearize = (template: TemplateDoc, visiting: TemplateDoc[]): TemplateDoc[] => {
    const known = chains.get(template.name);
    if (known) return known;
    const chain: TemplateDoc[] = [];
    const add = (t: TemplateDoc) => {
      if (!chain.includes(t)) chain.push(t);
    };
    for (const { name, pointer } of namesIn(template.extends)) {
      const parent = templates.get(name);
      if (!parent) {
        report.unknown(template.doc, pointer, name, templates);
        continue;
      }
      if (parent === template || visiting.includes(parent)) {
        const from = parent === template ? [] : visiting.slice(visiting.indexOf(parent));
        const loop = [...from, template, parent].map((t) => t.name);
        report.at(template.doc, pointer, "template/cycle", `template cycle: ${loop.join(" → ")}`);
        continue;
      }
      for (const t of linearize(parent, [...visiting, template])) add(t);
    }
    add(template);
    // A template inside a cycle is resolved afresh from each entry point; only acyclic ones are kept.
    if (visiting.length === 0) chains.set(template.name, chain);
    return chain;
  };
  for (const template of templates.values()) linearize(template, []);

  const unresolved = new Set<LoadedDocument>();
  const out: LoadedDocument[] = [];
  for (const doc of documents) {
    const envelope = envelopeOf(doc);
    const kind = envelope?.kind;
    if (
      !envelope ||
      !(AGREEMENT_KINDS as readonly string[]).includes(kind!) ||
      envelope.spec.extends === undefined
    ) {
      out.push(doc);
      continue;
    }
    const layers: { template: TemplateDoc; via: string }[] = [];
    let complete = Array.isArray(envelope.spec.extends);
    for (const { name, pointer } of namesIn(envelope.spec.extends)) {
      const template = templates.get(name);
      if (!template) {
        report.unknown(doc, pointer, name, templates);
        complete = false;
        continue;
      }
      for (const t of linearize(template, [])) {
        if (layers.some((l) => l.template === t)) continue;
        layers.push({ template: t, via: pointer });
        if (!t.applies.includes(kind!)) {
          const through = t === template ? "" : ` (through "${template.name}")`;
          report.at(
            doc,
            pointer,
            "template/not-applicable",
            `template "${t.name}"${through} applies to ${t.applies.join(", ")} only; ${kind === "UC" ? "a" : "an"} ${kind} cannot extend it`,
          );
        }
      }
    }
    const unmatched: UnmatchedTarget[] = [];
    let merged: Annotated | undefined;
    for (const { template, via } of layers) {
      const { applies: _applies, extends: _extends, ...shared } = template.spec;
      merged = mergeSpec(merged, annotate(shared, template.doc, "/spec", via), unmatched);
    }
    merged = mergeSpec(merged, annotate(envelope.spec, doc, "/spec"), unmatched);
    for (const u of unmatched) report.unmatchedTarget(doc, u);
    const byPointer = new Map<string, ValueOrigin>();
    const spec = toPlain(merged, "/spec", byPointer);
    const effective: LoadedDocument = {
      file: doc.file,
      index: doc.index,
      value: { ...(doc.value as Record<string, unknown>), spec },
      sourceMap: doc.sourceMap,
      origins: { byPointer, label: `${kind}/${envelope.name}` },
      templates: layers.map(({ template: t }) => ({ name: t.name, file: t.doc.file, document: t.doc.index })),
    };
    if (!complete) unresolved.add(effective);
    out.push(effective);
  }
  return { documents: out, diagnostics: report.diagnostics, unresolved };
}

/** The names of an `extends` list with their pointers (anything else is the schema's to report). */
function namesIn(list: unknown): { name: string; pointer: string }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((name, i) =>
    typeof name === "string" ? [{ name, pointer: `/spec/extends${pathToPointer([i])}` }] : [],
  );
}

/** Diagnostics of the resolution, each place and message once (a template is used by many). */
function findings() {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const push = (d: Diagnostic) => {
    const key = `${d.file}\0${d.document}\0${d.pointer}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(d);
  };
  const at = (
    doc: LoadedDocument,
    pointer: string,
    code: DiagnosticCode,
    message: string,
    suggestion?: string,
  ) =>
    push({
      code,
      severity: "error",
      message,
      file: doc.file,
      ...doc.sourceMap.locate(pointer),
      pointer,
      document: doc.index,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  return {
    diagnostics,
    at,
    unknown(doc: LoadedDocument, pointer: string, name: string, templates: ReadonlyMap<string, TemplateDoc>) {
      const suggestion = didYouMean(name, [...templates.keys()]);
      at(doc, pointer, "template/unknown", `extends "${name}", which is not a known Template`, suggestion);
    },
    unmatchedTarget(agreement: LoadedDocument, u: UnmatchedTarget) {
      const inherited = u.inherited.length === 0 ? "none" : u.inherited.join(", ");
      const message = u.removal
        ? `target "${u.name}" is removed, but no inherited target has this name (inherited: ${inherited})`
        : `target "${u.name}" names no inherited target (inherited: ${inherited}); a new target needs its metric and objective`;
      const suggestion = didYouMean(u.name, u.inherited);
      const doc = u.origin.doc as LoadedDocument;
      const diagnostic: Diagnostic = {
        code: "template/unknown-target",
        severity: "error",
        message,
        file: doc.file,
        ...doc.sourceMap.locate(`${u.origin.pointer}/name`),
        pointer: `${u.origin.pointer}/name`,
        document: doc.index,
        ...(suggestion === undefined ? {} : { suggestion }),
      };
      if (doc !== agreement && u.origin.via !== undefined) {
        diagnostic.related = [
          {
            file: agreement.file,
            ...agreement.sourceMap.locate(u.origin.via),
            pointer: u.origin.via,
            message: `inherited by ${(agreement.value as { kind: string }).kind}/${(agreement.value as { metadata: { name: string } }).metadata.name}`,
          },
        ];
      }
      push(diagnostic);
    },
  };
}
