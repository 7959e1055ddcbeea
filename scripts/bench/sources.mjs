#!/usr/bin/env node
// Memory benchmark of every source type (SPEC §10, §19; issue 10 item 9): `slm report` over
// 2,000,000 rows of tickets, outages and checks, and of checks with epoch timestamps and in
// GB18030, printing wall time and peak RSS for each at N/10 and N rows (and 10 N with
// `--tenfold`). Peak RSS must stay under 128 MB, and the process's anonymous memory flat (within
// 8 MB) as the file grows. One more
// run reads tickets that are NOT sorted by id with `dedupe: last`: the one case whose memory
// grows with the file (a compact table of ids), reported with its bytes per id.
//
// Options: `--rows N` (default 2,000,000, a multiple of 1,000), `--tenfold`, `--only NAME,NAME`
// (tickets, outages, checks, epoch, gb18030, unsorted), `--keep DIR`. Run after `npm run build`;
// not part of `npm test`.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNodeSampled } from "./peak-memory.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "..", "..", "bin", "slm.js");
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROWS = Number((option("--rows") ?? "2000000").replaceAll(/[_,]/g, ""));
if (!Number.isInteger(ROWS) || ROWS < 1000 || ROWS % 1000 !== 0)
  throw new Error("--rows must be a multiple of 1,000");
const TENFOLD = args.includes("--tenfold");
const KEEP = option("--keep");
const ONLY = option("--only")?.split(",");
const LIMIT_MB = 128;
const FLAT_MB = 8;
const MAY = Date.UTC(2024, 4, 1);
const DAY = 86_400_000;

const header = (service) => `apiVersion: slm/v1
kind: Service
metadata: { name: ${service} }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: bench }
spec:
  service: ${service}
  provider: ops
  customer: acme
  term: { start: 2020-01-01 }
  review: { every: 1y, last: 2024-01-01 }
`;

/** Writes `rows` lines produced by `line(i)` after `head`, in 1 MB pieces (encoded by `encode`). */
async function writeCsv(path, head, rows, line, encode = (s) => s) {
  const out = createWriteStream(path);
  const write = (s) => (out.write(encode(s)) ? Promise.resolve() : new Promise((r) => out.once("drain", r)));
  let chunk = head;
  for (let i = 0; i < rows; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise((r) => out.end(r));
}

/** GB18030 for the few non-ASCII characters the GB18030 scenario writes (no encoder ships with Node). */
const GB18030 = {
  网: [0xcd, 0xf8],
  站: [0xd5, 0xbe],
  接: [0xbd, 0xd3],
  口: [0xbf, 0xda],
  正: [0xd5, 0xfd],
  常: [0xb3, 0xa3],
  故: [0xb9, 0xca],
  障: [0xd5, 0xcf],
};
function gb18030(text) {
  const bytes = [];
  for (const c of text) {
    const code = c.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else if (GB18030[c]) bytes.push(...GB18030[c]);
    else throw new Error(`no GB18030 bytes for ${c}`);
  }
  return Buffer.from(bytes);
}

const iso = (t) => new Date(t).toISOString();

/**
 * Two monitors sampled in turn over May (as the report bench); "web" is down for 3 samples in
 * every 50,000. `spec` adds DataSource settings, `time` writes an instant, `words` the monitor
 * and status cells, `encode` the bytes.
 */
function checksScenario(
  spec,
  time = iso,
  words = { web: "web", api: "api", up: "up", down: "down" },
  encode,
) {
  return {
    yaml: `${header("web")}  targets: [{ name: availability, metric: availability, objective: 99.9% }]
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: checks }
spec:
  type: checks
  path: data/data.csv
  maxGap: 10m
${spec}  columns: { timestamp: timestamp, service: monitor, status: status, latency: latency_ms }
`,
    write: (path, rows) =>
      writeCsv(
        path,
        "timestamp,monitor,status,latency_ms\n",
        rows / 2,
        (i) => {
          const t = time(MAY + Math.floor((i * 31 * DAY) / (rows / 2)));
          const status = i % 50_000 < 3 ? words.down : words.up;
          return `${t},${words.web},${status},${100 + ((i * 7) % 400)}\n${t},${words.api},${words.up},${90 + ((i * 3) % 300)}\n`;
        },
        encode,
      ),
  };
}

/**
 * The scenarios. Tickets: one service desk, 8 ticket targets, every ticket opened in May 2024 and
 * read (sorted by id, `dedupe: last`, 1 in 1,000 still open). Outages: 1,000 services over ten
 * years, of which the SLA reads one. Checks: two monitors sampled over May (as the report bench).
 */
const SCENARIOS = {
  tickets: {
    yaml: `${header("desk")}  targets:
${["P1", "P2", "P3", "P4"]
  .flatMap((p, i) => [
    `    - { name: ${p.toLowerCase()}-response, metric: response-time, priority: ${p}, threshold: ${15 * (i + 1)}m, objective: 90% }`,
    `    - { name: ${p.toLowerCase()}-resolution, metric: resolution-time, priority: ${p}, threshold: ${4 * (i + 1)}h, objective: 90% }`,
  ])
  .join("\n")}
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: data/data.csv
  service: desk
  dedupe: last
  columns: { id: number, priority: priority, opened: opened, responded: responded, resolved: resolved }
`,
    write: (path, rows) =>
      writeCsv(path, "number,priority,opened,responded,resolved\n", rows, (i) => {
        const opened = MAY + Math.floor((i * 31 * DAY) / rows);
        const open = i % 1000 === 999;
        return `INC${String(i).padStart(9, "0")},P${1 + (i % 4)},${iso(opened)},${iso(opened + ((i * 7) % 40) * 60_000)},${open ? "" : iso(opened + ((i * 13) % 600) * 60_000)}\n`;
      }),
  },
  outages: {
    yaml: `${header("svc-7")}  targets:
    - { name: availability, metric: availability, objective: 99.9% }
    - { name: restore, metric: recovery-time, threshold: 4h, objective: 90% }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: log }
spec:
  type: outages
  path: data/data.csv
  columns: { id: id, service: service, start: start, end: end, cause: cause }
`,
    write: (path, rows) => {
      const start = Date.UTC(2015, 0, 1);
      const span = 10 * 365 * DAY;
      return writeCsv(path, "id,service,start,end,cause\n", rows, (i) => {
        const s = start + Math.floor((i * span) / rows);
        return `O${i},svc-${i % 1000},${iso(s)},${iso(s + (5 + (i % 50)) * 60_000)},power\n`;
      });
    },
  },
  checks: checksScenario(""),
  epoch: checksScenario("  timestampFormat: t\n", (t) => (t / 1000).toFixed(3)),
  gb18030: checksScenario(
    "  encoding: gb18030\n  values:\n    service: { 网站: web, 接口: api }\n    status: { 正常: up, 故障: down }\n",
    iso,
    { web: "网站", api: "接口", up: "正常", down: "故障" },
    gb18030,
  ),
};
// Tickets not sorted by id (ids shuffled by a fixed permutation), with dedupe: last.
SCENARIOS.unsorted = {
  yaml: SCENARIOS.tickets.yaml,
  write: (path, rows) =>
    writeCsv(path, "number,priority,opened,responded,resolved\n", rows, (i) => {
      const id = (i * 7_919) % rows;
      const opened = MAY + Math.floor((i * 31 * DAY) / rows);
      return `INC${String(id).padStart(9, "0")},P${1 + (i % 4)},${iso(opened)},${iso(opened + ((i * 7) % 40) * 60_000)},${iso(opened + ((i * 13) % 600) * 60_000)}\n`;
    }),
};

/** Runs the report with its memory sampled (peak-memory.mjs). */
async function measure(dir) {
  const argv = [
    bin,
    "report",
    "--period",
    "2024-05",
    "--format",
    "json",
    "--out",
    "-",
    "--sla",
    "bench",
    "--trend",
    "6",
  ];
  // One reader thread for every size: a file of 64 MiB or more would otherwise be read on a
  // thread per core and add a worker's fixed heap (~8 MB) that the smaller file does not have. The
  // parallel reader's own memory is the report benchmark's (report.mjs splits both sizes).
  const run = await runNodeSampled(argv, dir, { ...process.env, SLM_READ_THREADS: "1" });
  const report = JSON.parse(run.stdout);
  return { ...run, value: report.targets[0].value, report };
}

const roots = [];
const workDir = (name) => {
  if (KEEP === undefined) {
    const dir = mkdtempSync(join(tmpdir(), `slm-bench-sources-${name}-`));
    roots.push(dir);
    return dir;
  }
  const dir = join(KEEP, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

async function run(name, rows) {
  const dir = workDir(`${name}-${rows}`);
  mkdirSync(join(dir, "data"), { recursive: true });
  writeFileSync(join(dir, "slm.yaml"), SCENARIOS[name].yaml);
  await SCENARIOS[name].write(join(dir, "data", "data.csv"), rows);
  const result = await measure(dir);
  if (KEEP === undefined) rmSync(dir, { recursive: true, force: true });
  return result;
}

const fmt = (n) => n.toLocaleString("en");
let failed = false;
try {
  for (const name of Object.keys(SCENARIOS).filter((s) => !ONLY || ONLY.includes(s))) {
    const sizes = [ROWS / 10, ROWS, ...(TENFOLD && name !== "unsorted" ? [ROWS * 10] : [])];
    const results = [];
    for (const rows of sizes) {
      const r = await run(name, rows);
      results.push(r);
      console.log(
        `${name.padEnd(8)} ${fmt(rows).padStart(11)} rows: ${r.seconds.toFixed(2).padStart(6)} s, ${fmt(Math.round(rows / r.seconds)).padStart(10)} rows/s, peak RSS ${r.rssMb.toFixed(0).padStart(4)} MB (anonymous ${r.anonMb.toFixed(0).padStart(3)} MB); ${r.report.targets[0].name} = ${r.value}`,
      );
    }
    const peak = Math.max(...results.map((r) => r.rssMb));
    const growth = Math.max(...results.map((r) => r.anonMb)) - results[0].anonMb;
    if (name === "unsorted") {
      console.log(
        `${"".padEnd(8)} ids held in a table: +${growth.toFixed(0)} MB for ${fmt(sizes.at(-1) - sizes[0])} more ids (${((growth * 1048576) / (sizes.at(-1) - sizes[0])).toFixed(0)} bytes per id)`,
      );
    } else if (peak >= LIMIT_MB || growth > FLAT_MB) {
      console.log(
        `${"".padEnd(8)} NOT within ${LIMIT_MB} MB and flat: peak ${peak.toFixed(0)} MB, anonymous +${growth.toFixed(0)} MB`,
      );
      failed = true;
    }
  }
} finally {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
