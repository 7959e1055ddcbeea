#!/usr/bin/env node
// Validation speed (SPEC §10): 1,000 agreement files under 2 s — written out in full, and as
// service level packages (1,000 agreements extending 3 templates, SPEC §21: every agreement is
// checked as its effective agreement) — and `slm --version` under 150 ms.
// Run after `npm run build`: node scripts/bench/validate.mjs [--files N] [--runs N]
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

const dir = mkdtempSync(join(tmpdir(), "slm-bench-validate-"));
const packages = mkdtempSync(join(tmpdir(), "slm-bench-packages-"));
try {
  generate(dir, FILES);
  generatePackages(packages, FILES);
  const summary = JSON.parse(run(["-C", packages, "validate", "--format", "json"])).summary;
  if (summary.errors !== 0) throw new Error("the generated packages repository does not validate");
  const validate = timeRuns(RUNS, () => run(["-C", dir, "validate", "--format", "json"]));
  const templated = timeRuns(RUNS, () => run(["-C", packages, "validate", "--format", "json"]));
  const version = timeRuns(Math.max(RUNS, 9), () => run(["--version"]));
  // What Node itself costs to start on this machine: the floor under any CLI written for it.
  const bare = timeRuns(Math.max(RUNS, 9), () =>
    execFileSync(process.execPath, ["-e", "0"], { stdio: "pipe" }),
  );
  console.log(`validate ${FILES} agreement files: median ${validate.toFixed(0)} ms (target < 2000 ms)`);
  console.log(
    `validate ${FILES} agreements extending 3 templates: median ${templated.toFixed(0)} ms (target < 2000 ms)`,
  );
  console.log(
    `slm --version: median ${version.toFixed(0)} ms (target < 150 ms); \`node -e 0\` alone: median ${bare.toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(packages, { recursive: true, force: true });
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

/** A realistic repository: a few services and parties, then N agreement files with several targets. */
function generate(root, n) {
  writeFileSync(join(root, "slm.config.yaml"), "include: ['**/*.yaml']\n");
  const doc = (kind, name, spec) =>
    `apiVersion: slm/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
  writeFileSync(
    join(root, "catalogue.yaml"),
    [
      doc("Service", "email", "  owner: it-services\n  dependsOn: [platform]\n"),
      doc("Service", "platform", "  owner: it-services\n"),
      doc("Party", "it-services", "  type: team\n"),
      ...Array.from({ length: 50 }, (_, c) => doc("Party", `customer-${c}`, "  type: customer\n")),
      doc(
        "Calendar",
        "business",
        '  timezone: Europe/Berlin\n  hours:\n    - { days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }\n',
      ),
    ].join("---\n"),
  );
  mkdirSync(join(root, "agreements"));
  for (let i = 0; i < n; i++) {
    const kind = i % 3 === 0 ? "SLA" : i % 3 === 1 ? "OLA" : "UC";
    const spec = `  service: ${kind === "SLA" ? "email" : "platform"}
  provider: it-services
  customer: customer-${i % 50}
  term: { start: 2024-01-01, end: 2030-12-31 }
  review: { every: 1y, last: ${new Date().toISOString().slice(0, 10)} }
  calendar: business
  fee: { amount: 1000, currency: EUR, per: month }
  targets:
    - name: availability
      metric: availability
      objective: 99.9%
      credits:
        - { below: 99.9%, credit: 10% }
        - { below: 99%, credit: 25% }
    - name: p1-response
      metric: response-time
      priority: P1
      threshold: 15m
      objective: 95%
    - name: p2-resolution
      metric: resolution-time
      priority: P2
      threshold: 8h
      objective: 90%
`;
    writeFileSync(
      join(root, "agreements", `a-${String(i).padStart(4, "0")}.yaml`),
      doc(kind, `agreement-${i}`, spec),
    );
  }
}

/** A catalogue, a corporate template and two tiers extending it, then N short agreements. */
function generatePackages(root, n) {
  writeFileSync(join(root, "slm.config.yaml"), "include: ['**/*.yaml']\n");
  const doc = (kind, name, spec) =>
    `apiVersion: slm/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
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
    writeFileSync(
      join(root, "agreements", `a-${String(i).padStart(4, "0")}.yaml`),
      doc(kind, `agreement-${i}`, spec),
    );
  }
}
