import { createHash } from "node:crypto";
import { compareStrings } from "../core/compare.js";
import { InputError } from "../core/errors.js";
import type { AuditOptions, GitState } from "./audit-model.js";

/** `manifest.json` of an audit pack (docs/audit.md): what it was computed from, with what, and what it holds. */
export interface AuditManifest {
  /** The manifest's own layout; a change of meaning bumps it. */
  manifestVersion: 1;
  slm: { version: string };
  options: AuditOptions;
  git: GitState;
  inputs: FileHash[];
  /** Every file of the pack but the manifest itself. */
  outputs: FileHash[];
}

export interface FileHash {
  file: string;
  sha256: string;
}

export const MANIFEST_FILE = "manifest.json";

export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

export function manifestOf(
  version: string,
  options: AuditOptions,
  git: GitState,
  inputs: readonly FileHash[],
  outputs: readonly { path: string; text: string }[],
): AuditManifest {
  return {
    manifestVersion: 1,
    slm: { version },
    options,
    git,
    inputs: [...inputs],
    outputs: outputs
      .map((o) => ({ file: o.path, sha256: sha256(o.text) }))
      .sort((a, b) => compareStrings(a.file, b.file)),
  };
}

/** A pack's manifest read back; anything else is an input error naming the file (exit 2). */
export function parseManifest(text: string, where: string): AuditManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}: not JSON (${(error as Error).message})`);
  }
  const m = value as Partial<AuditManifest> | null;
  const hashes = (list: unknown) =>
    Array.isArray(list) &&
    list.every(
      (f) =>
        typeof f === "object" && f !== null && typeof f.file === "string" && typeof f.sha256 === "string",
    );
  const o = m?.options as Partial<AuditOptions> | undefined;
  if (
    m === null ||
    typeof m !== "object" ||
    m.manifestVersion !== 1 ||
    typeof m.slm?.version !== "string" ||
    typeof o?.period !== "string" ||
    typeof o.asOf !== "string" ||
    typeof o.generatedAt !== "string" ||
    typeof o.trend !== "number" ||
    !Array.isArray(o.data) ||
    typeof m.git !== "object" ||
    !hashes(m.inputs) ||
    !hashes(m.outputs)
  ) {
    throw new InputError(`${where}: not an slm audit manifest (manifestVersion 1)`);
  }
  return m as AuditManifest;
}

/** One difference `slm audit --verify` found. */
export type PackDifference =
  | { file: string; what: "input-changed" | "input-missing" | "input-added" }
  | {
      file: string;
      what: "output-altered" | "output-missing" | "output-extra" | "output-recomputed-differs";
    };

/**
 * Compares a pack with its manifest and with a recomputation: the inputs as they are now against
 * the recorded ones; each file in the pack against its recorded hash (someone edited the pack); each
 * output recomputed from the inputs against its recorded hash (the same inputs no longer give the
 * same pack: another slm version, another git history).
 */
export function comparePack(
  manifest: AuditManifest,
  currentInputs: readonly FileHash[],
  packFiles: ReadonlyMap<string, string>,
  recomputed: ReadonlyMap<string, string>,
): PackDifference[] {
  const out: PackDifference[] = [];
  const now = new Map(currentInputs.map((f) => [f.file, f.sha256]));
  const recorded = new Set(manifest.inputs.map((f) => f.file));
  for (const f of manifest.inputs) {
    const hash = now.get(f.file);
    if (hash === undefined) out.push({ file: f.file, what: "input-missing" });
    else if (hash !== f.sha256) out.push({ file: f.file, what: "input-changed" });
  }
  for (const f of currentInputs) if (!recorded.has(f.file)) out.push({ file: f.file, what: "input-added" });
  const listed = new Set(manifest.outputs.map((f) => f.file));
  for (const f of manifest.outputs) {
    const inPack = packFiles.get(f.file);
    if (inPack === undefined) out.push({ file: f.file, what: "output-missing" });
    else if (inPack !== f.sha256) out.push({ file: f.file, what: "output-altered" });
    if (recomputed.get(f.file) !== f.sha256) out.push({ file: f.file, what: "output-recomputed-differs" });
  }
  for (const file of [...packFiles.keys(), ...recomputed.keys()])
    if (!listed.has(file) && file !== MANIFEST_FILE && !out.some((d) => d.file === file))
      out.push({ file, what: "output-extra" });
  return out;
}
