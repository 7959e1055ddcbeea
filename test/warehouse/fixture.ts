// The warehouse fixture: raw request events of two services, the agreements that read them, and
// two ways to measure them — the warehouse DataSource (its query's result saved as CSV) and a
// reference repository that streams the same events through slm's own readers.
//
// Edges the buckets must respect (period 2024-03, 1 h buckets):
// - api: Mon–Fri 09:00–18:00 Asia/Kolkata (+05:30), so every service-hours edge is at :30 UTC,
//   off the hourly grid; Holi (2024-03-25) is a holiday. The agreement's zone is Kolkata: March
//   is 2024-02-29T18:30Z .. 2024-03-31T18:30Z.
// - web: Mon–Fri 08:00–18:00 Europe/Berlin, quarterly availability: the March report measures
//   Q1 from 2023-12-31T23:00Z, and Berlin moves to summer time on 2024-03-31.

export const PERIOD = "2024-03";

const AGREEMENTS = `apiVersion: slm/v1
kind: Service
metadata: { name: api }
spec: { owner: it }
---
apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: it }
---
apiVersion: slm/v1
kind: Calendar
metadata: { name: office-in }
spec:
  timezone: Asia/Kolkata
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidays: [2024-03-25]
---
apiVersion: slm/v1
kind: Calendar
metadata: { name: office-de }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]
---
apiVersion: slm/v1
kind: SLA
metadata: { name: acme-api }
spec:
  service: api
  provider: it
  customer: acme
  calendar: office-in
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: availability, metric: availability, objective: 99%SOURCE_AV }
    - { name: success, metric: success-rate, objective: 99%, calendar: 24x7SOURCE_SR }
    - { name: api-latency, metric: latency, threshold: 300ms, objective: 95%SOURCE_LAT }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: globex-web }
spec:
  service: web
  provider: it
  customer: globex
  calendar: office-de
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: availability, metric: availability, window: quarter, objective: 99%SOURCE_AV }
    - { name: web-latency, metric: latency, threshold: 500ms, objective: 90%SOURCE_LAT }
`;

/** A deterministic generator (mulberry32): the same events on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RawEvent {
  /** Epoch milliseconds. */
  at: number;
  service: string;
  status: number;
  latency: number | null;
}

/**
 * Events from 2023-12-31 to 2024-04-02 about every 20 minutes per service, plus one event on
 * each side of every edge that matters (a second before and at the edge), where a bucket that
 * straddled it would count the wrong one.
 */
export function rawEvents(): RawEvent[] {
  const next = random(18);
  const events: RawEvent[] = [];
  const start = Date.UTC(2023, 11, 31);
  const end = Date.UTC(2024, 3, 2);
  for (const service of ["api", "web", "other"]) {
    for (let t = start; t < end; t += Math.floor(next() * 40 * 60_000) + 1000) {
      const r = next();
      events.push({
        at: t,
        service,
        status: r < 0.03 ? 503 : r < 0.1 ? 404 : 200,
        latency: next() < 0.05 ? null : Math.floor(next() * 700),
      });
    }
  }
  const edges = [
    "2024-02-29T18:30:00Z", // March in Kolkata starts
    "2024-03-01T03:30:00Z", // Fri 09:00 IST
    "2024-03-01T12:30:00Z", // Fri 18:00 IST
    "2024-03-25T03:30:00Z", // Holi: no service time
    "2024-03-26T03:30:00Z",
    "2024-03-29T12:30:00Z",
    "2024-03-31T18:30:00Z", // March in Kolkata ends
    "2024-03-01T07:00:00Z", // Fri 08:00 Berlin (CET)
    "2024-03-01T17:00:00Z",
    "2023-12-31T23:00:00Z", // Q1 in Berlin starts
    "2024-03-31T22:00:00Z", // Q1 in Berlin ends (CEST)
  ];
  for (const edge of edges) {
    const at = Date.parse(edge);
    for (const service of ["api", "web"]) {
      events.push({ at: at - 1000, service, status: 503, latency: 900 });
      events.push({ at, service, status: 200, latency: 100 });
    }
  }
  return events.sort((a, b) => a.at - b.at || (a.service < b.service ? -1 : 1));
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

/** The events as a CSV file (the warehouse table; latency empty when not measured). */
export function eventsCsv(events: readonly RawEvent[]): string {
  const lines = ["event_time,svc,status_code,latency_ms"];
  for (const e of events) lines.push(`${iso(e.at)},${e.service},${e.status},${e.latency ?? ""}`);
  return `${lines.join("\n")}\n`;
}

/** The warehouse DataSource: the metrics export its query writes, with the headers of `columns`. */
export function warehouseSource(options: { engine?: "duckdb"; path?: string; bucket?: string } = {}): string {
  const where = options.engine
    ? `  engine: duckdb\n  path: ${options.path ?? "data/events.csv"}\n`
    : `  path: ${options.path ?? "data/metrics.csv"}\n`;
  return `apiVersion: slm/v1
kind: DataSource
metadata: { name: requests }
spec:
  type: metrics
${where}  columns: { timestamp: bucket_start, service: service, metric: metric, good: good, total: total }
  warehouse:
${options.engine ? "" : "    table: events\n"}    timestamp: event_time
    service: svc
    good: "status_code < 500"
    latency: latency_ms
    bucket: ${options.bucket ?? "1h"}
`;
}

/** The repository measured from the warehouse DataSource. */
export function warehouseRepo(source = warehouseSource()): Record<string, string> {
  return {
    "agreements.yaml": AGREEMENTS.replace(/SOURCE_(AV|SR|LAT)/g, ""),
    "datasources.yaml": source,
  };
}

/**
 * The reference: the same agreements measured by slm's streaming readers from the raw events —
 * one metrics row per event (good 1 when status < 500, total 1) for availability and success-rate,
 * and the events as checks samples for latency (share of samples at most the threshold).
 */
export function referenceRepo(events: readonly RawEvent[]): Record<string, string> {
  const rows = ["at,service,metric,good,total"];
  const checks = ["at,service,status,latency"];
  for (const e of events) {
    const good = e.status < 500 ? 1 : 0;
    rows.push(
      `${iso(e.at)},${e.service},availability,${good},1`,
      `${iso(e.at)},${e.service},success-rate,${good},1`,
    );
    checks.push(`${iso(e.at)},${e.service},${good ? "up" : "down"},${e.latency ?? ""}`);
  }
  return {
    "agreements.yaml": AGREEMENTS.replace(/SOURCE_AV|SOURCE_SR/g, ", source: per-event").replace(
      /SOURCE_LAT/g,
      ", source: samples",
    ),
    "datasources.yaml": `apiVersion: slm/v1
kind: DataSource
metadata: { name: per-event }
spec:
  type: metrics
  path: data/per-event.csv
  columns: { timestamp: at, service: service, metric: metric, good: good, total: total }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: samples }
spec:
  type: checks
  path: data/samples.csv
  columns: { timestamp: at, service: service, status: status, latency: latency }
`,
    "data/per-event.csv": `${rows.join("\n")}\n`,
    "data/samples.csv": `${checks.join("\n")}\n`,
  };
}
