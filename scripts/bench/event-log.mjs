#!/usr/bin/env node
// Event-log clocks at scale (SPEC §23, issue 21): `slm report` over the full ServiceNow event log
// (UCI "incident management process enriched event log", 141,712 rows, ../shared/datasets) and
// over a synthetic log 20 times its size (the log repeated with ticket numbers prefixed 10…29, so
// it stays sorted by id, as ServiceNow exports it). Prints wall time and peak RSS for each; the
// 20× counts must be exactly 20 times the real ones (the same tickets, renamed). Flat means the
// live heap (after a full GC) grows by at most 2 MB; peak RSS must stay under 128 MB. Run after
// `npm run build`; not part of `npm test`.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createGunzip, gunzipSync } from "node:zlib";
import { runNodeSampled } from "./peak-memory.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const bin = join(root, "bin", "slm.js");
const LOG = join(
  root,
  "..",
  "shared",
  "datasets",
  "servicenow-uci",
  "incident_event_log_full_recoded.csv.gz",
);
const COPIES = 20;
const FLAT_MB = 2;
const LIMIT_MB = 128;

if (!existsSync(LOG)) {
  console.log(`event-log: skipped — ${LOG} is absent (the shared datasets are not beside the project)`);
  process.exit(0);
}

const REPO = `apiVersion: slm/v1
kind: Service
metadata: { name: desk }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: log }
spec: { preset: servicenow-event-log, path: data/log.csv, service: desk, timezone: UTC, columns: { state: ident_state } }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: bench }
spec:
  service: desk
  provider: it
  customer: acme
  term: { start: 2016-01-01 }
  review: { every: 1y, last: 2016-01-01 }
  targets:
${[
  ["1", 24],
  ["2", 72],
  ["3", 120],
  ["4", 240],
]
  .map(
    ([p, h]) =>
      `    - { name: p${p}-resolution, metric: resolution-time, priority: P${p}, threshold: ${h}h, objective: 90%, source: log }`,
  )
  .join("\n")}
`;

/** The log's text once (36 MB), then `copies` renamed copies of its rows streamed to `path`. */
async function writeLog(path, copies) {
  if (copies === 1) return pipeline(createReadStream(LOG), createGunzip(), createWriteStream(path));
  const text = gunzipSync(readFileSync(LOG)).toString("utf8");
  const nl = text.indexOf("\n");
  const header = text.slice(0, nl + 1);
  const rows = text
    .slice(nl + 1)
    .split("\n")
    .filter((l) => l !== "");
  const out = createWriteStream(path);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once("drain", r)));
  await write(header);
  for (let k = 0; k < copies; k++) {
    const prefix = String(10 + k);
    let piece = "";
    for (const row of rows) {
      piece += `${prefix}${row}\n`;
      if (piece.length > 1 << 20) {
        await write(piece);
        piece = "";
      }
    }
    await write(piece);
  }
  await new Promise((r) => out.end(r));
}

async function run(copies) {
  const dir = mkdtempSync(join(tmpdir(), `slm-bench-event-log-${copies}-`));
  try {
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "slm.yaml"), REPO);
    await writeLog(join(dir, "data", "log.csv"), copies);
    // The as-of is the log's latest instant, which is also the default: given, it lets a ticket
    // without a stop be judged as it streams by instead of waiting for the end of the file.
    const argv = [
      bin,
      "report",
      "--period",
      "2016-03",
      "--format",
      "json",
      "--out",
      "-",
      "--sla",
      "bench",
      "--trend",
      "0",
      "--as-of",
      "2017-02-18T15:00Z",
    ];
    const env = { ...process.env, SOURCE_DATE_EPOCH: "1717200000" };
    const r = await runNodeSampled(argv, dir, env);
    const { liveMb } = await runNodeSampled(argv, dir, env, { liveHeap: true });
    return { ...r, liveMb, targets: JSON.parse(r.stdout).targets };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const counts = (t) => `${t.good}/${t.count}`;
const fmt = (n) => n.toLocaleString("en");
const REAL_ROWS = 141_712;
const results = [];
for (const copies of [1, COPIES / 4, COPIES]) {
  const r = await run(copies);
  results.push(r);
  const rows = REAL_ROWS * copies;
  console.log(
    `event log ×${String(copies).padEnd(2)} ${fmt(rows).padStart(9)} rows: ${r.seconds.toFixed(2).padStart(6)} s, ${fmt(Math.round(rows / r.seconds)).padStart(9)} rows/s, peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB (anonymous ${r.anonMb.toFixed(0).padStart(3)} MB, live heap ${r.liveMb.toFixed(1).padStart(5)} MB); ${r.targets.map((t) => `${t.name} ${t.value} (${counts(t)})`).join(", ")}`,
  );
}
let failed = false;
const [one, , many] = results;
const base = results[1];
// Flatness is judged on the live heap (what survives a full GC): on a longer run V8 lets garbage
// build up further before collecting, so RSS rises by 10–15 MB from ×5 to ×20 with nothing retained.
const growth = many.liveMb - one.liveMb;
console.log(
  `live heap ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MB for ${COPIES}× the rows (flat within ${FLAT_MB} MB); peak RSS ${(many.rssMb - base.rssMb).toFixed(0)} MB more from ×${COPIES / 4} to ×${COPIES}`,
);
if (growth > FLAT_MB) failed = true;
if (Math.max(...results.map((r) => r.rssMb)) >= LIMIT_MB) failed = true;
for (let i = 0; i < one.targets.length; i++) {
  const [a, b] = [one.targets[i], many.targets[i]];
  if (a.value !== b.value || b.good !== a.good * COPIES || b.count !== a.count * COPIES) {
    console.log(`${a.name}: ${counts(a)} at ×1 but ${counts(b)} at ×${COPIES}`);
    failed = true;
  }
}
if (failed) {
  console.log("FAIL: memory not flat, over the limit, or the copies changed a figure");
  process.exitCode = 1;
}
