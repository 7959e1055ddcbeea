import type { ColumnRef } from "../core/model.js";
import { InputError } from "../core/errors.js";
import { type Dialect, qualifiedName } from "./dialect.js";
import type { WarehousePlan } from "./warehouse-plan.js";

/** The metrics fields a query writes, in the order of its output columns. */
const OUTPUT_FIELDS = ["timestamp", "service", "metric", "good", "total"] as const;

export interface QueryOptions {
  /** The FROM expression instead of the table (`read_parquet([...])` for embedded DuckDB). */
  from?: string;
  /** The command line shown in the first comment. */
  command?: string;
}

/**
 * The SQL that turns raw events into the DataSource's metrics rows (SPEC §18): one row per bucket,
 * service and metric, with the headers the DataSource's `columns` map, so the result saved as CSV
 * is the export slm reads. A bucket is `bucket` seconds long counted from the last edge before it
 * (a span's end, a service-hours opening or closing): it never straddles an edge, so each bucket
 * lies wholly inside or wholly outside service time, and a bucket start in service time counts
 * exactly the events of service time. When every edge falls on the UTC grid of the bucket (5
 * minutes and hours on the quarter hour in any zone) the grid alone is used.
 */
export function buildQuery(plan: WarehousePlan, d: Dialect, options: QueryOptions = {}): string {
  const { warehouse, source } = plan;
  const headers = outputHeaders(plan);
  const b = warehouse.bucketSeconds;
  const serviceColumn = source.columns.service === undefined ? undefined : warehouse.service;
  const constantService = serviceColumn === undefined ? (source.service ?? "") : undefined;
  const from = options.from ?? qualifiedName(d, warehouse.table ?? "events");
  const rawIn = (services: readonly string[]) =>
    services
      .flatMap((s) => plan.rawServices.get(s) ?? [s])
      .map((v) => d.text(v))
      .join(", ");
  const allServices = [...plan.rawServices.keys()];
  const latency = plan.lines.some((l) => l.latencyAtMostMs !== undefined);
  const onGrid = plan.edges.every((e) => e % b === 0);

  const lines: string[] = [...d.preamble];
  if (options.command) lines.push(`-- ${comment(options.command)}`);
  lines.push(
    `-- metrics rows of DataSource ${comment(source.metadata.name)}, ${iso(plan.range.start)} to ${iso(plan.range.end)}, ${b} s buckets${onGrid ? "" : `, cut at ${plan.edges.length} edges of the spans and service hours`}`,
  );
  for (const l of plan.lines)
    lines.push(
      `-- ${comment(l.label)}${l.latencyAtMostMs === undefined ? "" : ` (latency <= ${l.latencyAtMostMs} ms)`}: ${comment(l.targets.join(", "))}`,
    );
  lines.push("WITH events AS (", "  SELECT");
  const select = [
    `    ${d.epochSeconds(d.ident(warehouse.timestamp))} AS slm_t`,
    `    ${serviceColumn === undefined ? d.text(constantService!) : d.ident(serviceColumn)} AS slm_service`,
    `    CASE WHEN (${warehouse.good}) THEN 1 ELSE 0 END AS slm_ok`,
  ];
  if (latency) {
    if (warehouse.latency === undefined)
      throw new InputError(
        `DataSource ${source.metadata.name}: a latency target reads it; set warehouse.latency`,
      );
    select.push(`    ${d.ident(warehouse.latency)} AS slm_latency`);
  }
  lines.push(select.join(",\n"), `  FROM ${from}`, "),");
  lines.push(
    "in_range AS (",
    "  SELECT * FROM events",
    `  WHERE slm_t >= ${plan.range.start} AND slm_t < ${plan.range.end}${serviceColumn === undefined ? "" : ` AND slm_service IN (${rawIn(allServices)})`}`,
    "),",
  );
  const rest = `slm_service, slm_ok${latency ? ", slm_latency" : ""}`;
  if (onGrid) {
    lines.push(
      "bucketed AS (",
      `  SELECT ${d.div("slm_t", b)} * ${b} AS slm_bucket, ${rest}`,
      "  FROM in_range",
      "),",
    );
  } else {
    // The latest edge at or before the event; the CASE tests the latest edges first.
    const cases = [...plan.edges]
      .filter((e) => e < plan.range.end)
      .reverse()
      .map((e) => `      WHEN slm_t >= ${e} THEN ${e}`);
    lines.push(
      "based AS (",
      "  SELECT",
      "    CASE",
      ...cases,
      `      ELSE ${plan.range.start}`,
      "    END AS slm_base,",
      `    slm_t, ${rest}`,
      "  FROM in_range",
      "),",
      "bucketed AS (",
      `  SELECT slm_base + ${d.div("slm_t - slm_base", b)} * ${b} AS slm_bucket, ${rest}`,
      "  FROM based",
      "),",
    );
  }
  const parts = plan.lines.map((l) => {
    const good =
      l.latencyAtMostMs === undefined
        ? "SUM(slm_ok)"
        : `SUM(CASE WHEN slm_latency <= ${l.latencyAtMostMs} THEN 1 ELSE 0 END)`;
    const total = l.latencyAtMostMs === undefined ? "COUNT(*)" : "COUNT(slm_latency)";
    const where = serviceColumn === undefined ? "" : `\n  WHERE slm_service IN (${rawIn(l.services)})`;
    const having = l.latencyAtMostMs === undefined ? "" : "\n  HAVING COUNT(slm_latency) > 0";
    return [
      `  SELECT slm_bucket, slm_service, ${d.text(l.label)} AS slm_metric,`,
      `    CAST(${good} AS ${d.int64}) AS slm_good_n, CAST(${total} AS ${d.int64}) AS slm_total_n`,
      `  FROM bucketed${where}`,
      `  GROUP BY slm_bucket, slm_service${having}`,
    ].join("\n");
  });
  lines.push("measured AS (", parts.join("\n  UNION ALL\n"), ")");
  const out: string[] = [];
  for (const field of OUTPUT_FIELDS) {
    if (field === "service" && serviceColumn === undefined) continue;
    const value =
      field === "timestamp"
        ? timestampCell(plan, d)
        : { service: "slm_service", metric: "slm_metric", good: "slm_good_n", total: "slm_total_n" }[field];
    out.push(`  ${value} AS ${d.ident(headers[field]!)}`);
  }
  lines.push("SELECT", out.join(",\n"), "FROM measured", "ORDER BY slm_bucket, slm_service, slm_metric");
  return `${lines.join("\n")}\n`;
}

/** The header of each output column: the DataSource's `columns` (SPEC §18). */
export function outputHeaders(plan: WarehousePlan): Partial<Record<(typeof OUTPUT_FIELDS)[number], string>> {
  const headers: Partial<Record<(typeof OUTPUT_FIELDS)[number], string>> = {};
  for (const field of OUTPUT_FIELDS) {
    const column: ColumnRef | undefined = plan.source.columns[field];
    if (field === "service" && column === undefined && plan.source.service !== undefined) continue;
    if (typeof column !== "string")
      throw new InputError(
        `DataSource ${plan.source.metadata.name}: the warehouse query names its columns by header; map ${field} to a header name`,
      );
    headers[field] = column;
  }
  return headers;
}

/** The bucket start as the DataSource reads it: epoch seconds (`t`), milliseconds (`T`), else ISO 8601 UTC. */
function timestampCell(plan: WarehousePlan, d: Dialect): string {
  const format = plan.source.formats.timestamp ?? plan.source.timestampFormat;
  if (format === "t") return "slm_bucket";
  if (format === "T") return "slm_bucket * 1000";
  return d.isoUtc("slm_bucket");
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
}

/** A comment holds one line: control characters (a newline would end it) become spaces. */
function comment(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}
