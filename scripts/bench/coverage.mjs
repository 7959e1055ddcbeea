// Times `slm coverage` on a generated repository: 200 SLAs × 10 targets, 500 OLAs/UCs.
// Run after `npm run build`: node scripts/bench/coverage.mjs  (target: under 2 s).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SLAS = 200;
const SUPPORTING = 500;
const COMPONENTS = 100;
const BIN = resolve("bin/slm.js");

const doc = (kind, name, spec) =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec: ${JSON.stringify(spec)}\n`;
const targets = (support) => [
  { name: "availability", metric: "availability", objective: support ? "99.95%" : "99.5%" },
  ...["P1", "P2", "P3"].flatMap((p, i) => [
    {
      name: `${p.toLowerCase()}-response`,
      metric: "response-time",
      priority: p,
      threshold: `${(i + 1) * 15}m`,
      objective: "95%",
    },
    {
      name: `${p.toLowerCase()}-resolution`,
      metric: "resolution-time",
      priority: p,
      threshold: `${(i + 1) * 4}h`,
      objective: "90%",
    },
  ]),
  { name: "recovery", metric: "recovery-time", threshold: "4h", objective: "100%" },
  { name: "latency", metric: "latency", threshold: "500ms", objective: "99%" },
  { name: "success", metric: "success-rate", objective: "99.5%" },
];

function generate(dir) {
  mkdirSync(join(dir, "agreements"), { recursive: true });
  writeFileSync(join(dir, "slm.config.yaml"), "include: ['**/*.yaml']\n");
  const calendars = [
    doc("Calendar", "office-de", {
      timezone: "Europe/Berlin",
      hours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" }],
      holidays: ["2024-12-24", "2025-12-24"],
    }),
    doc("Calendar", "office-uk", {
      timezone: "Europe/London",
      hours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" }],
    }),
    doc("Calendar", "office-us", {
      timezone: "America/New_York",
      hours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "02:00", to: "12:00" }],
    }),
  ];
  writeFileSync(join(dir, "calendars.yaml"), calendars.join("---\n"));
  const services = [];
  for (let c = 0; c < COMPONENTS; c++) services.push(doc("Service", `component-${c}`, { owner: "team" }));
  for (let s = 0; s < SLAS; s++) {
    const a = s % COMPONENTS;
    const dependsOn = [
      `component-${a}`,
      `component-${(a + 7) % COMPONENTS}`,
      { anyOf: [`component-${(a + 13) % COMPONENTS}`, `component-${(a + 29) % COMPONENTS}`] },
    ];
    services.push(doc("Service", `service-${s}`, { owner: "team", dependsOn }));
  }
  writeFileSync(join(dir, "services.yaml"), services.join("---\n"));
  for (let s = 0; s < SLAS; s++) {
    const spec = {
      service: `service-${s}`,
      provider: "it",
      customer: `customer-${s % 20}`,
      // Terms and reviews are current (relative to today), as in a maintained repository: the
      // bench measures coverage, not the reporting of thousands of ended-term findings.
      term: { start: "2026-01-01", end: "2027-12-31" },
      review: { every: "1y", last: TODAY },
      calendar: "office-de",
      targets: targets(false),
    };
    writeFileSync(join(dir, "agreements", `sla-${s}.yaml`), doc("SLA", `sla-${s}`, spec));
  }
  for (let i = 0; i < SUPPORTING; i++) {
    const kind = i % 5 === 0 ? "UC" : "OLA";
    const calendar = ["24x7", "office-de", "office-uk", "office-us"][i % 4];
    const spec = {
      service: `component-${i % COMPONENTS}`,
      provider: "team",
      customer: "it",
      term: { start: i % 9 === 0 ? "2026-03-01" : "2026-01-01" },
      calendar,
      targets: targets(true),
    };
    if (kind === "UC")
      Object.assign(spec, {
        term: { start: "2026-01-01", end: "2028-01-31" },
        contract: { noticePeriod: "3mo" },
      });
    writeFileSync(
      join(dir, "agreements", `${kind.toLowerCase()}-${i}.yaml`),
      doc(kind, `${kind.toLowerCase()}-${i}`, spec),
    );
  }
}

const TODAY = new Date().toISOString().slice(0, 10);
const dir = process.env.SLM_BENCH_DIR ?? mkdtempSync(join(tmpdir(), "slm-bench-coverage-"));
try {
  generate(dir);
  const runs = [];
  let summary = "";
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [BIN, "-C", dir, "coverage", "--format", "json", "--fail-on", "never"],
      { encoding: "utf8", maxBuffer: 1 << 30 },
    );
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (r.status !== 0) throw new Error(`slm coverage exited ${r.status}: ${r.stderr}`);
    summary = JSON.stringify(JSON.parse(r.stdout).summary);
  }
  const best = Math.min(...runs);
  // In-process breakdown: how much of the command is loading + validating, how much coverage.
  const { loadModel } = await import(resolve("dist/model/load-model.js"));
  const { computeCoverage } = await import(resolve("dist/coverage/compute-coverage.js"));
  let load = Number.POSITIVE_INFINITY;
  let coverage = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    const { model } = await loadModel({ cwd: dir, now: new Date() });
    load = Math.min(load, performance.now() - t);
    t = performance.now();
    computeCoverage(model);
    coverage = Math.min(coverage, performance.now() - t);
  }
  console.log(
    `coverage: ${SLAS} SLAs × 10 targets, ${SUPPORTING} OLAs/UCs — best of 3: ${best.toFixed(2)} s (${runs.map((r) => r.toFixed(2)).join(", ")}); summary ${summary}; target < 2 s ${best < 2 ? "OK" : "MISSED"}`,
  );
  console.log(
    `  in process (best of 3): load + validate ${load.toFixed(0)} ms, computeCoverage ${coverage.toFixed(0)} ms`,
  );
} finally {
  if (!process.env.SLM_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
