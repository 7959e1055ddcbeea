import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  RowFields,
  SkipTally,
  countThresholdSample,
  numberOfCell,
  readCsvFiles
} from "./chunk-TWB6RIXN.js";
import {
  compileRowFilter,
  matchesFilter
} from "./chunk-XI5ZFPBU.js";

// dist/sources/records.js
function sourceDataBase(source, files, skipped, latest, extra = {}) {
  return {
    name: source.metadata.name,
    files,
    skipped,
    latest: Number.isFinite(latest) ? latest : null,
    duplicates: extra.duplicates ?? 0,
    notes: extra.notes ?? []
  };
}

// dist/sources/read-metrics.js
var FIELDS = ["timestamp", "service", "metric", "good", "total"];
async function readMetrics(source, files, demand) {
  const tally = new SkipTally(source.metadata.name);
  const extremes = new Float64Array([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const thresholds = /* @__PURE__ */ new Map();
  for (const d of demand.thresholds)
    thresholds.set(d.service, [...thresholds.get(d.service) ?? [], d]);
  await readCsvFiles(source, files, tally, (header, file) => {
    const f = new RowFields(source, header, file.file, FIELDS);
    const service = f.text("service", { intern: true }).read;
    const metric = f.text("metric", { intern: true }).read;
    const dims = f.dimensions();
    const instants = f.instants(["timestamp"]);
    const at = new Float64Array(1);
    const skipRow = (row, reason) => tally.add(file.file, reason, row.line);
    return (row) => {
      const short = f.short(row);
      if (short)
        return skipRow(row, short);
      const d = dims(row);
      if (!matchesFilter(sourceFilter, d))
        return;
      const problem = instants(row, at);
      if (problem !== void 0)
        return skipRow(row, problem.reason);
      if (Number.isNaN(at[0]))
        return skipRow(row, "missing timestamp");
      const timestamp = at[0];
      if (timestamp > extremes[0])
        extremes[0] = timestamp;
      const svc = service(row);
      if (svc === null)
        return skipRow(row, "missing service");
      if (!demand.services.has(svc))
        return;
      const name = metric(row);
      if (name === null)
        return skipRow(row, "missing metric");
      if (f.isMissing(row, "good") || f.isMissing(row, "total"))
        return skipRow(row, "missing good or total");
      const good = f.number(row, "good");
      const total = f.number(row, "total");
      if (!Number.isSafeInteger(good) || !Number.isSafeInteger(total) || good < 0 || total < 0) {
        return skipRow(row, "good or total is not a whole number");
      }
      if (good > total)
        return skipRow(row, "good greater than total");
      demand.sink.metric({ timestamp, service: svc, metric: name, good, total, dims: d });
      const limits = thresholds.get(svc);
      if (limits) {
        for (const l of limits)
          if (matchesFilter(l.filter, d))
            countThresholdSample(l, timestamp, sampleValue(l, good, total, d));
      }
    };
  }, { hash: true, progress: demand.progress });
  return { ...sourceDataBase(source, files, tally.list(), extremes[0]), type: "metrics" };
}
function sampleValue(demand, good, total, dims) {
  if (demand.dimension >= 0)
    return numberOfCell(dims[demand.dimension]);
  return demand.compare.field === "good" ? good : demand.compare.field === "total" ? total : Number.NaN;
}

export {
  sourceDataBase,
  readMetrics
};
