#!/usr/bin/env node
// `npm start`: the main job on the bundled example repository, as a newcomer's first look —
// validate the agreements, prove coverage, and write the May 2024 reports (Markdown and HTML).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "slm.js");
const steps = [
  // The example data ends in June 2024: judge reviews and terms as of then, not today.
  ["validate", "--as-of", "2024-06-30"],
  // The examples plant one coverage gap of each kind on purpose: show them without failing.
  ["coverage", "--fail-on", "never"],
  ["report", "--period", "2024-05", "--format", "md"],
  ["report", "--period", "2024-05", "--format", "html"],
  ["kpi", "--period", "2024-05"],
];
let failed = false;
for (const args of steps) {
  console.log(`\n$ slm -C examples ${args.join(" ")}`);
  const result = spawnSync(process.execPath, [bin, "-C", join(root, "examples"), ...args], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed = true;
}
console.log("\nReports written to examples/reports/2024-05/ (open the .html files in a browser).");
process.exitCode = failed ? 1 : 0;
