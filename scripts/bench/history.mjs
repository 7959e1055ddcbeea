#!/usr/bin/env node
// Agreements through time (SPEC §16): a year report over a 200-commit history must stay within
// 2× the same report with `--terms current` (issue 16). Builds a git repository of ten SLAs on
// one checks export (a year of 2-minute samples, 263,520 rows) and 200 commits that change them —
// objectives raised with a new `effective` date every few commits, typo fixes without one, a
// calendar changed now and then — then times `slm report --period 2024 --format json` both ways
// (median of 3 runs each) and prints the ratio. Run after `npm run build`; not part of `npm test`.
//
// Options: `--commits N` (default 200), `--keep DIR` keeps the generated repository in DIR.
import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "..", "..", "bin", "slm.js");
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const COMMITS = Number(option("--commits") ?? 200);
const KEEP = option("--keep");
const SLAS = 10;
const STEP_MS = 120_000;
const LIMIT = 2;

function sla(i, { objective, effective, name }) {
  return `apiVersion: slm/v1
kind: SLA
metadata: { name: sla-${i}, displayName: ${name} }
spec:
  service: web
  provider: ops
  customer: customer-${i}
  term: { start: 2024-01-01, end: 2025-12-31 }
${effective ? `  effective: ${effective}\n` : ""}  review: { every: 1y, last: 2024-01-01 }
  calendar: ${i % 2 === 0 ? "office" : "24x7"}
  fee: { amount: 1000, currency: EUR }
  targets:
    - { name: availability, metric: availability, objective: ${objective}%, credits: [{ below: ${objective}%, credit: 10% }] }
`;
}

function calendar(to) {
  return `apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "${to}" }]
`;
}

const CATALOGUE = `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: checks }
spec:
  type: checks
  path: data/checks.csv
  maxGap: 10m
  columns: { timestamp: ts, service: svc, status: status }
`;

async function generate(dir) {
  mkdirSync(join(dir, "data"), { recursive: true });
  const git = (...a) =>
    execFileSync("git", ["-c", "user.email=b@example.com", "-c", "user.name=bench", ...a], {
      cwd: dir,
      stdio: "pipe",
    });
  git("init", "-q", "-b", "main");
  // A year of samples; web is down for 2 samples in every 5,000.
  const out = createWriteStream(join(dir, "data", "checks.csv"));
  out.write("ts,svc,status\n");
  const start = Date.UTC(2024, 0, 1);
  const end = Date.UTC(2025, 0, 1);
  let rows = 0;
  let chunk = "";
  for (let t = start; t < end; t += STEP_MS, rows++) {
    chunk += `${new Date(t).toISOString()},web,${rows % 5000 < 2 ? "down" : "up"}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      chunk = "";
    }
  }
  out.write(chunk);
  await new Promise((r) => out.end(r));

  const state = Array.from({ length: SLAS }, () => ({
    objective: 99.5,
    effective: undefined,
    name: "Customer Sevice",
  }));
  const write = () => {
    for (let i = 0; i < SLAS; i++) writeFileSync(join(dir, `sla-${i}.yaml`), sla(i, state[i]));
  };
  writeFileSync(join(dir, "catalogue.yaml"), CATALOGUE);
  let officeTo = "18:00";
  writeFileSync(join(dir, "office.yaml"), calendar(officeTo));
  write();
  git("add", "-A");
  git("commit", "-qm", "initial");
  for (let c = 1; c < COMMITS; c++) {
    const i = c % SLAS;
    const s = state[i];
    if (c % 3 === 0) {
      // A new commitment from the first of a later month.
      s.objective = Math.min(99.99, Math.round((s.objective + 0.01) * 100) / 100);
      const month = Math.min(12, 1 + Math.floor((c / COMMITS) * 12));
      s.effective = `2024-${String(month).padStart(2, "0")}-01`;
    } else if (c % 3 === 1) {
      // A typo fixed (or made), no new effective date.
      s.name = s.name === "Customer Service" ? "Customer Sevice" : "Customer Service";
    } else {
      // Toggled, so that every commit changes something.
      officeTo = officeTo === "18:00" ? "17:30" : "18:00";
      writeFileSync(join(dir, "office.yaml"), calendar(officeTo));
    }
    write();
    git("add", "-A");
    git("commit", "-qm", `change ${c}`);
  }
  return rows;
}

function time(dir, extra) {
  const outDir = join(dir, "out");
  const runs = [];
  for (let k = 0; k < 3; k++) {
    rmSync(outDir, { recursive: true, force: true });
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [bin, "-C", dir, "report", "--period", "2024", "--format", "json", "--out", outDir, ...extra],
      {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", SOURCE_DATE_EPOCH: "1735689600" },
      },
    );
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`report failed (${r.status}): ${r.stderr}`);
    runs.push(ms);
  }
  return runs.sort((a, b) => a - b)[1];
}

const dir = KEEP ?? mkdtempSync(join(tmpdir(), "slm-bench-history-"));
try {
  const rows = await generate(dir);
  const current = time(dir, ["--terms", "current"]);
  const inForce = time(dir, []);
  const ratio = inForce / current;
  console.log(
    `history: ${COMMITS} commits, ${SLAS} SLAs, ${rows.toLocaleString("en-US")} check rows, report --period 2024`,
  );
  console.log(`  --terms current   ${current.toFixed(0)} ms (median of 3)`);
  console.log(`  in force (git)    ${inForce.toFixed(0)} ms (median of 3)`);
  console.log(`  ratio             ${ratio.toFixed(2)}× (limit ${LIMIT}×)`);
  if (ratio > LIMIT) {
    console.log("  over the limit");
    process.exitCode = 1;
  }
} finally {
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
