import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  qualifiedName
} from "./chunk-QEMC5QFC.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";

// dist/warehouse/build-query.js
var OUTPUT_FIELDS = ["timestamp", "service", "metric", "good", "total"];
function buildQuery(plan, d, options = {}) {
  const { warehouse, source } = plan;
  const headers = outputHeaders(plan);
  const b = warehouse.bucketSeconds;
  const serviceColumn = source.columns.service === void 0 ? void 0 : warehouse.service;
  const constantService = serviceColumn === void 0 ? source.service ?? "" : void 0;
  const from = options.from ?? qualifiedName(d, warehouse.table ?? "events");
  const rawIn = (services) => services.flatMap((s) => plan.rawServices.get(s) ?? [s]).map((v) => d.text(v)).join(", ");
  const allServices = [...plan.rawServices.keys()];
  const latency = plan.lines.some((l) => l.latencyAtMostMs !== void 0);
  const onGrid = plan.edges.every((e) => e % b === 0);
  const lines = [...d.preamble];
  if (options.command)
    lines.push(`-- ${comment(options.command)}`);
  lines.push(`-- metrics rows of DataSource ${comment(source.metadata.name)}, ${iso(plan.range.start)} to ${iso(plan.range.end)}, ${b} s buckets${onGrid ? "" : `, cut at ${plan.edges.length} edges of the spans and service hours`}`);
  for (const l of plan.lines)
    lines.push(`-- ${comment(l.label)}${l.latencyAtMostMs === void 0 ? "" : ` (latency <= ${l.latencyAtMostMs} ms)`}: ${comment(l.targets.join(", "))}`);
  lines.push("WITH events AS (", "  SELECT");
  const select = [
    `    ${d.epochSeconds(d.ident(warehouse.timestamp))} AS slm_t`,
    `    ${serviceColumn === void 0 ? d.text(constantService) : d.ident(serviceColumn)} AS slm_service`,
    `    CASE WHEN (${warehouse.good}) THEN 1 ELSE 0 END AS slm_ok`
  ];
  if (latency) {
    if (warehouse.latency === void 0)
      throw new InputError(`DataSource ${source.metadata.name}: a latency target reads it; set warehouse.latency`);
    select.push(`    ${d.ident(warehouse.latency)} AS slm_latency`);
  }
  lines.push(select.join(",\n"), `  FROM ${from}`, "),");
  lines.push("in_range AS (", "  SELECT * FROM events", `  WHERE slm_t >= ${plan.range.start} AND slm_t < ${plan.range.end}${serviceColumn === void 0 ? "" : ` AND slm_service IN (${rawIn(allServices)})`}`, "),");
  const rest = `slm_service, slm_ok${latency ? ", slm_latency" : ""}`;
  if (onGrid) {
    lines.push("bucketed AS (", `  SELECT ${d.div("slm_t", b)} * ${b} AS slm_bucket, ${rest}`, "  FROM in_range", "),");
  } else {
    const cases = [...plan.edges].filter((e) => e < plan.range.end).reverse().map((e) => `      WHEN slm_t >= ${e} THEN ${e}`);
    lines.push("based AS (", "  SELECT", "    CASE", ...cases, `      ELSE ${plan.range.start}`, "    END AS slm_base,", `    slm_t, ${rest}`, "  FROM in_range", "),", "bucketed AS (", `  SELECT slm_base + ${d.div("slm_t - slm_base", b)} * ${b} AS slm_bucket, ${rest}`, "  FROM based", "),");
  }
  const parts = plan.lines.map((l) => {
    const good = l.latencyAtMostMs === void 0 ? "SUM(slm_ok)" : `SUM(CASE WHEN slm_latency <= ${l.latencyAtMostMs} THEN 1 ELSE 0 END)`;
    const total = l.latencyAtMostMs === void 0 ? "COUNT(*)" : "COUNT(slm_latency)";
    const where = serviceColumn === void 0 ? "" : `
  WHERE slm_service IN (${rawIn(l.services)})`;
    const having = l.latencyAtMostMs === void 0 ? "" : "\n  HAVING COUNT(slm_latency) > 0";
    return [
      `  SELECT slm_bucket, slm_service, ${d.text(l.label)} AS slm_metric,`,
      `    CAST(${good} AS ${d.int64}) AS slm_good_n, CAST(${total} AS ${d.int64}) AS slm_total_n`,
      `  FROM bucketed${where}`,
      `  GROUP BY slm_bucket, slm_service${having}`
    ].join("\n");
  });
  lines.push("measured AS (", parts.join("\n  UNION ALL\n"), ")");
  const out = [];
  for (const field of OUTPUT_FIELDS) {
    if (field === "service" && serviceColumn === void 0)
      continue;
    const value = field === "timestamp" ? timestampCell(plan, d) : { service: "slm_service", metric: "slm_metric", good: "slm_good_n", total: "slm_total_n" }[field];
    out.push(`  ${value} AS ${d.ident(headers[field])}`);
  }
  lines.push("SELECT", out.join(",\n"), "FROM measured", "ORDER BY slm_bucket, slm_service, slm_metric");
  return `${lines.join("\n")}
`;
}
function outputHeaders(plan) {
  const headers = {};
  for (const field of OUTPUT_FIELDS) {
    const column = plan.source.columns[field];
    if (field === "service" && column === void 0 && plan.source.service !== void 0)
      continue;
    if (typeof column !== "string")
      throw new InputError(`DataSource ${plan.source.metadata.name}: the warehouse query names its columns by header; map ${field} to a header name`);
    headers[field] = column;
  }
  return headers;
}
function timestampCell(plan, d) {
  const format = plan.source.formats.timestamp ?? plan.source.timestampFormat;
  if (format === "t")
    return "slm_bucket";
  if (format === "T")
    return "slm_bucket * 1000";
  return d.isoUtc("slm_bucket");
}
function iso(seconds) {
  return new Date(seconds * 1e3).toISOString().replace(".000Z", "Z");
}
function comment(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

export {
  buildQuery,
  outputHeaders
};
