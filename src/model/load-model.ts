import { compareDiagnostics, type Diagnostic } from "../core/diagnostic.js";
import type { Model } from "../core/model.js";
import { type LoadOptions, type LoadResult, loadRepository } from "../repository/loader.js";
import { buildModel } from "./build-model.js";
import { effectiveDocuments } from "./effective-agreements.js";
import { validateRepository } from "./validate-repository.js";

export interface ModelLoad {
  load: LoadResult;
  /** Errors only: commands other than `validate` report nothing less. */
  diagnostics: Diagnostic[];
  /** Present only when validation found no error: commands other than validate need a valid repository. */
  model?: Model;
}

/** Loads, validates and (when valid) normalizes a repository: the first step of coverage and report. */
export async function loadModel(
  options: LoadOptions & { now: Date; onLoaded?: (load: LoadResult) => void },
): Promise<ModelLoad> {
  const load = await loadRepository(options);
  options.onLoaded?.(load);
  return modelOf(load, options.now);
}

/**
 * Validates loaded documents and, when they hold no error, builds the model: the one way from
 * files to a model, for the work tree and for every revision read from git history (history/).
 */
export function modelOf(load: LoadResult, now: Date): ModelLoad {
  const diagnostics = validateRepository(load, { now, minSeverity: "error" }).sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { load, diagnostics };
  return { load, diagnostics, model: buildModel(effectiveDocuments(load.documents).documents) };
}
