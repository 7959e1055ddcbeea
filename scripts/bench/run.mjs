#!/usr/bin/env node
// `npm run bench`: runs every benchmark scenario in turn (each a script beside this one) and
// prints their figures. Benchmarks are not tests: nothing here is part of `npm test`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scenarios = ["validate", "coverage", "report", "clocks", "sources", "event-log", "history"].filter(
  (s) => only.length === 0 || only.includes(s),
);
let failed = 0;
for (const name of scenarios) {
  const script = join(here, `${name}.mjs`);
  if (!existsSync(script)) {
    console.log(`\n== ${name}: no scenario script (${script})`);
    continue;
  }
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, [script], { stdio: "inherit", cwd: join(here, "..", "..") });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
