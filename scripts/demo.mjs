#!/usr/bin/env node
// `npm start`: the main job on the bundled example repositories, as a newcomer's first look —
// validate the agreements, prove coverage, and write the May 2024 reports (Markdown and HTML) of
// Northwind (examples/), then the same for a Chinese provider (examples/china/: China's holidays
// and make-up working days, Beijing time, a quarterly target, business-day thresholds).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "slm.js");
const steps = [
  // The example data ends in June 2024: judge reviews and terms as of then, not today.
  ["examples", "validate", "--as-of", "2024-06-30"],
  // The examples plant one coverage gap of each kind on purpose: show them without failing.
  ["examples", "coverage", "--fail-on", "never"],
  ["examples", "report", "--period", "2024-05", "--format", "md"],
  ["examples", "report", "--period", "2024-05", "--format", "html"],
  ["examples", "kpi", "--period", "2024-05"],
  // The month in progress as of 2024-05-20 (it fails on the targets at risk; here it only shows them).
  ["examples", "status", "--as-of", "2024-05-20T12:00:00Z", "--fail-on", "never"],
  // The whole portfolio as one static folder: open examples/site/index.html.
  [
    "examples",
    "site",
    "--period",
    "2024-05",
    "--out",
    join(root, "examples", "site"),
    "--as-of",
    "2024-06-30",
  ],
  // The evidence an ISO/IEC 20000 auditor asks for, in one folder: open examples/audit/index.html.
  // --force: each `npm start` replaces the pack it wrote before; --verify reruns it from its manifest.
  [
    "examples",
    "audit",
    "--period",
    "2024-05",
    "--out",
    join(root, "examples", "audit"),
    "--as-of",
    "2024-06-30",
    "--force",
  ],
  ["examples", "audit", "--verify", join(root, "examples", "audit")],
  // Who pays whom: June owes Globex a portal credit and lets Northwind claim the CDN supplier's
  // quarterly credit back, with the claim deadline.
  ["examples", "credits", "--period", "2024-06"],
  ["examples/china", "validate", "--as-of", "2024-06-30"],
  ["examples/china", "coverage"],
  ["examples/china", "report", "--period", "2024-Q2", "--sla", "jinling-erp", "--out", "-"],
  ["examples/china", "report", "--period", "2024-Q2", "--format", "html"],
];
let failed = false;
for (const [dir, ...args] of steps) {
  console.log(`\n$ slm -C ${dir} ${args.join(" ")}`);
  const result = spawnSync(process.execPath, [bin, "-C", join(root, dir), ...args], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
console.log(
  "\nReports written to examples/reports/2024-05/ and examples/china/reports/2024-Q2/ (open the .html files in a browser); the site is in examples/site/ (open index.html); the audit pack in examples/audit/ (open index.html).",
);
process.exitCode = failed ? 1 : 0;
