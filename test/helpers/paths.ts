import { resolve } from "node:path";

/** The project root, and the folders tests read, wherever the test file sits. */
export const ROOT = resolve(import.meta.dirname, "../..");
export const EXAMPLES = resolve(ROOT, "examples");
export const BIN = resolve(ROOT, "bin/slm.js");
export const DATASETS = resolve(ROOT, "../shared/datasets");
