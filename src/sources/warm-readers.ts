import { resolve } from "node:path";
import { withPreset } from "../core/data-source-presets.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import { parallelSettings, warmReaders } from "./parallel-checks.js";
import { safeSize } from "./read-csv-files.js";

/**
 * Starts the reader threads early when a checks DataSource of the loaded (not yet validated)
 * documents names one file large enough to be read in ranges: the threads then start while the
 * repository is validated, not after (docs/measurement.md). A guess from the raw documents — a
 * `path` with glob characters is not looked at — that only decides when the threads start, never
 * what is read or found. Returns whether it found such a file.
 */
export function warmReadersFor(
  documents: readonly LoadedDocument[],
  root: string,
  cwd: string,
  overrides: ReadonlyMap<string, string>,
): boolean {
  const { threads, splitBytes } = parallelSettings();
  if (threads < 2) return false;
  for (const doc of documents) {
    const value = doc.value as { kind?: unknown; metadata?: { name?: unknown }; spec?: unknown } | null;
    if (value?.kind !== "DataSource" || !value.spec || typeof value.spec !== "object") continue;
    const spec = withPreset(value.spec as Record<string, unknown>);
    if (spec.type !== "checks") continue;
    const name = value.metadata?.name;
    const override = typeof name === "string" ? overrides.get(name) : undefined;
    const path =
      override !== undefined
        ? resolve(cwd, override)
        : typeof spec.path === "string" && !/[*?[\]{}!]/.test(spec.path)
          ? resolve(root, spec.path)
          : null;
    if (path !== null && safeSize(path) >= splitBytes) {
      warmReaders();
      return true;
    }
  }
  return false;
}
