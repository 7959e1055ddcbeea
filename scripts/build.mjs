#!/usr/bin/env node
// `npm run build`: dist/ from nothing, in three steps (docs/measurement.md, "Start-up"):
// 1. tsc emits the modules: the API (`dist/api/`) and everything it and the CLI are made of;
// 2. the schema validators are generated as ajv standalone code (dist/schema/compiled-validators.cjs),
//    so that a built slm never loads ajv's compiler;
// 3. esbuild bundles the CLI and the checks reader's worker from those modules into one file each
//    (dist/bundle/main.js, dist/bundle/checks-worker.js), dependencies included except optional,
//    native and very large lazily loaded ones: `bin/slm.js` then loads one file instead of ~300
//    modules. One file, not chunks split along the commands' lazy imports: a report loaded 91 such
//    chunks, and resolving and linking them cost more than parsing the one file (measured:
//    docs/measurement.md). Both sit one folder below dist/, as the modules do (core/package-files.ts).
//
// `--tolerate-type-errors` (the test setup): a type error still emits JavaScript; warn and go on,
// leaving the failure to `npm run typecheck`.
import { execFileSync } from "node:child_process";
import { copyFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const tolerate = process.argv.includes("--tolerate-type-errors");

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
try {
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "pipe" });
} catch (error) {
  const out = String(error.stdout ?? "") + String(error.stderr ?? "");
  if (!tolerate) {
    process.stderr.write(out);
    process.exit(1);
  }
  process.stderr.write(
    `warning: build reported errors (tests run on what was emitted):\n${out.slice(0, 2000)}\n`,
  );
}

const { PRECOMPILED_FILE, standaloneValidatorsSource } = await import(
  join(dist, "schema", "standalone-validators.js")
);
writeAtomically(join(dist, "schema", PRECOMPILED_FILE), standaloneValidatorsSource());

const bundle = join(dist, "bundle");
const { build } = await import("esbuild");
await build({
  entryPoints: [join(dist, "cli", "main.js"), join(dist, "sources", "checks-worker.js")],
  outdir: bundle,
  entryNames: "[name]",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Optional (DuckDB: native, installed on demand), development-only (the browser driver of the
  // PDF tests) or large and only for one command (ELK, 1.5 MB, lays out the site's graph): loaded
  // from node_modules when that code runs, as before.
  external: ["@duckdb/node-api", "playwright-core", "elkjs"],
  // Bundled CommonJS dependencies call `require` for Node's own modules: give ES modules one.
  banner: {
    js: 'import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);',
  },
  logLevel: "warning",
});
// The validators are required beside the module that loads them, here the bundle.
copyFileSync(join(dist, "schema", PRECOMPILED_FILE), join(bundle, PRECOMPILED_FILE));

function writeAtomically(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
