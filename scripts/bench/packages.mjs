#!/usr/bin/env node
// Service level packages (SPEC §21, §10): `slm validate` on 1,000 agreements that extend 3
// templates (corporate ← gold, silver) stays under 2 s. Every agreement is checked as its
// effective agreement, so this measures the merge and origin tracking on top of validation.
// Run after `npm run build`: node scripts/bench/packages.mjs [--files N] [--runs N]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const FILES = option("--files", 1000);
const RUNS = option("--runs", 5);
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "slm.js");

const dir = mkdtempSync(join(tmpdir(), "slm-bench-packages-"));
try {
  generate(dir, FILES);
  const output = run(["-C", dir, "validate", "--format", "json"]);
  const summary = JSON.parse(output).summary;
  if (summary.errors !== 0) throw new Error(`the generated repository does not validate: ${output.slice(0, 2000)}`);
  const median = timeRuns(RUNS, () => run(["-C", dir, "validate", "--format", "json"]));
  console.log(
    `validate ${FILES} agreements extending 3 templates: median ${median.toFixed(0)} ms (target < 2000 ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function run(argv) {
  try {
    return execFileSync(process.execPath, [bin, ...argv], {
      stdio: "pipe",
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
  } catch (error) {
    // Exit 1 (findings) is still a measured run; anything else is a broken benchmark.
    if (error.status !== 1) throw error;
    return error.stdout;
  }
}

function timeRuns(n, fn) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A catalogue, a corporate template and two tiers extending it, then N short agreements. */
function generate(root, n) {
  writeFileSync(join(root, "slm.config.yaml"), "include: ['**/*.yaml']\n");
  const doc = (kind, name, spec) => `apiVersion: slm/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync(
    join(root, "catalogue.yaml"),
    [
      doc("Service", "email", "  owner: it-services\n"),
      doc("Party", "it-services", "  type: team\n"),
      ...Array.from({ length: 50 }, (_, c) => doc("Party", `customer-${c}`, "  type: customer\n")),
      doc(
        "Calendar",
        "business",
        '  timezone: Europe/Berlin\n  hours:\n    - { days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }\n',
      ),
    ].join("---\n"),
  );
  const tier = (objective, response) => `  extends: [corporate]
  targets:
    - name: availability
      metric: availability
      objective: ${objective}
      credits:
        - { below: ${objective}, credit: 10% }
        - { below: 99%, credit: 25% }
    - { name: p1-response, metric: response-time, priority: P1, threshold: ${response}, objective: 95% }
    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 8h, objective: 90% }
`;
  writeFileSync(
    join(root, "templates.yaml"),
    [
      doc(
        "Template",
        "corporate",
        `  provider: it-services\n  term: { start: 2024-01-01, end: 2030-12-31 }\n  review: { every: 1y }\n  calendar: business\n  fee: { currency: EUR, per: month }\n`,
      ),
      doc("Template", "gold", tier("99.9%", "15m")),
      doc("Template", "silver", tier("99.5%", "30m")),
    ].join("---\n"),
  );
  mkdirSync(join(root, "agreements"));
  for (let i = 0; i < n; i++) {
    const kind = i % 3 === 0 ? "SLA" : i % 3 === 1 ? "OLA" : "UC";
    const spec = `  extends: [${i % 2 === 0 ? "gold" : "silver"}]
  service: email
  customer: customer-${i % 50}
  review: { last: ${today} }
  fee: { amount: ${1000 + i} }
  targets:
    - { name: p1-response, threshold: 10m }
`;
    writeFileSync(join(root, "agreements", `a-${String(i).padStart(4, "0")}.yaml`), doc(kind, `agreement-${i}`, spec));
  }
}
