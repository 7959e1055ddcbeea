#!/usr/bin/env node
// `npm run build`: dist/ from nothing, in four steps (docs/measurement.md, "Start-up"):
// 1. tsc emits the modules: the API (`dist/api/`) and everything it and the CLI are made of;
// 2. the schema validators are generated as ajv standalone code (dist/schema/compiled-validators.cjs),
//    so that a built slm never loads ajv's compiler;
// 3. esbuild bundles the CLI and the checks reader's worker from those modules into one file each
//    (dist/bundle/main.cjs, dist/bundle/checks-worker.js), dependencies included except optional,
//    native and very large lazily loaded ones: `bin/slm.js` then loads one file instead of ~300
//    modules. One file, not chunks split along the commands' lazy imports: a report loaded 91 such
//    chunks, and resolving and linking them cost more than parsing the one file (measured:
//    docs/measurement.md). Both sit one folder below dist/, as the modules do (core/package-files.ts);
// 4. a report on the examples runs once to write V8's code cache of the bundle.
//
// `--tolerate-type-errors` (the test setup): a type error still emits JavaScript; warn and go on,
// leaving the failure to `npm run typecheck`.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const tolerate = process.argv.includes("--tolerate-type-errors");
/** The bundled CLI, beside its worker and its code cache. */
const MAIN = "main.cjs";

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
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Optional (DuckDB: native, installed on demand), development-only (the browser driver of the
  // PDF tests) or large and only for one command (ELK, 1.5 MB, lays out the site's graph): loaded
  // from node_modules when that code runs, as before.
  external: ["@duckdb/node-api", "playwright-core", "elkjs"],
  logLevel: "warning",
};
// The CLI as one CommonJS script, so that bin/slm.js can compile it with V8's code cache (below).
// A script has no `import.meta` and, without a loader callback, no dynamic `import()`: the module
// URL comes from the file name, and a dynamic import of something left outside the bundle (a
// Node module, ELK) is a `require` of it.
await build({
  ...common,
  entryPoints: [join(dist, "cli", "main.js")],
  outfile: join(bundle, MAIN),
  format: "cjs",
  define: { "import.meta.url": "__slmModuleUrl" },
  banner: { js: 'const __slmModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [requireWhatIsImportedLater()],
});
// The parallel reader's worker stays an ES module (a worker thread loads it by URL).
await build({
  ...common,
  entryPoints: [join(dist, "sources", "checks-worker.js")],
  outfile: join(bundle, "checks-worker.js"),
  format: "esm",
  // Bundled CommonJS dependencies call `require` for Node's own modules: give the module one.
  banner: {
    js: 'import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);',
  },
});
// The validators are required beside the module that loads them, here the bundle.
copyFileSync(join(dist, "schema", PRECOMPILED_FILE), join(bundle, PRECOMPILED_FILE));
writeCodeCache();

/**
 * A dynamic `import()` of a module the bundle does not hold becomes a `require` of it, through a
 * one-line CommonJS module that esbuild then imports the way it imports bundled code (Node's
 * interop: the exports as `default`, and by name).
 */
function requireWhatIsImportedLater() {
  return {
    name: "require-what-is-imported-later",
    setup(b) {
      b.onResolve({ filter: /^(node:|elkjs\/)/ }, (args) =>
        args.kind === "dynamic-import" ? { path: args.path, namespace: "required" } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "required" }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: "js",
      }));
    },
  };
}

/**
 * V8's code cache of the bundle (`main.cjs.cache`): the bytecode of every function a report on the
 * examples compiled, written by bin/slm.js at the end of that run (SLM_WRITE_CODE_CACHE). bin/slm.js
 * hands it to V8 with the script; V8 takes it only for the same source, V8 version and flags, and
 * otherwise compiles as without it. It spares a report most of its compiling (docs/measurement.md).
 */
function writeCodeCache() {
  const out = join(bundle, `${MAIN}.cache`);
  const reports = mkdtempSync(join(tmpdir(), "slm-code-cache-"));
  try {
    execFileSync(
      process.execPath,
      [join(root, "bin", "slm.js"), "-C", "examples", "report", "--period", "2024-05", "--out", reports],
      {
        cwd: root,
        stdio: "pipe",
        env: { ...process.env, SLM_WRITE_CODE_CACHE: out, SOURCE_DATE_EPOCH: "1719748800", NO_COLOR: "1" },
      },
    );
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

function writeAtomically(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
