#!/usr/bin/env node
// `npm run build`: dist/ from nothing. tsc emits the modules (the API and the CLI), then the
// schema validators are generated as ajv standalone code (dist/schema/compiled-validators.cjs),
// so that a built slm never loads ajv's compiler (docs/measurement.md, "Start-up").
//
// `--tolerate-type-errors` (the test setup): a type error still emits JavaScript; warn and go on,
// leaving the failure to `npm run typecheck`.
import { execFileSync } from "node:child_process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
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

function writeAtomically(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
