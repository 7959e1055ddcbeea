import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  CellDecoder,
  IN_DST_GAP,
  RowFields,
  SkipTally,
  countThresholdSample,
  numberOfCell,
  parseNumberCell,
  parsedInstant,
  readCsvRange,
  timestampReader
} from "./chunk-TWB6RIXN.js";
import {
  compileRowFilter,
  matchesFilter
} from "./chunk-XI5ZFPBU.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";

// dist/sources/check-series.js
var CheckSeries = class {
  service;
  maxGap;
  /** Time covered by samples, as a set of intervals. */
  known = [];
  /** Known time during which the status was down. */
  down = [];
  first = Number.NaN;
  last = Number.NaN;
  lastDown = false;
  /** A sample older than the previous one was seen: the series must be rebuilt from sorted samples. */
  outOfOrder = false;
  constructor(service, maxGap) {
    this.service = service;
    this.maxGap = maxGap;
  }
  /** Adds a sample at instant `t` (tests, the sorted replay of an unsorted export). */
  add(t, down) {
    const at = { value: t };
    this.addAt(at, down);
  }
  /**
   * Adds a sample at instant `at.value`: the hot loop's form. The instant is read from a holder,
   * and the interval sets are extended here rather than in a helper, because an instant (a double
   * beyond the small-integer range) passed as an argument to a call that is not inlined is boxed:
   * an allocation per row (the loop that calls this inlines much already).
   */
  addAt(at, down) {
    const t = at.value;
    const last = this.last;
    if (Number.isNaN(last)) {
      this.first = t;
      this.last = t;
      this.lastDown = down;
      return;
    }
    if (t < last) {
      this.outOfOrder = true;
      return;
    }
    if (t > last) {
      if (t - last <= this.maxGap) {
        const known = this.known;
        const n = known.length;
        if (n > 0 && known[n - 1] === last)
          known[n - 1] = t;
        else
          known.push(last, t);
        if (this.lastDown) {
          const downSet = this.down;
          const m = downSet.length;
          if (m > 0 && downSet[m - 1] === last)
            downSet[m - 1] = t;
          else
            downSet.push(last, t);
        }
      }
      this.last = t;
    }
    this.lastDown = down;
  }
  /** The series as plain data (sent from a worker thread). */
  state() {
    return {
      known: this.known,
      down: this.down,
      first: this.first,
      last: this.last,
      lastDown: this.lastDown,
      outOfOrder: this.outOfOrder
    };
  }
  /**
   * Appends the series of the samples that come right after this one's (the next byte range of
   * a file read in parallel): the result is the series one pass over both would have built. The
   * later part's first sample closes this part's last status the way `addAt` would have (held
   * up to it unless the silence is longer than maxGap), and intervals that meet are joined — one
   * pass never leaves two intervals touching, so the interval sets come out the same.
   */
  append(later) {
    if (Number.isNaN(later.last))
      return;
    if (Number.isNaN(this.last)) {
      this.first = later.first;
    } else {
      const t = later.first;
      const last = this.last;
      if (t < last)
        this.outOfOrder = true;
      else if (t > last && t - last <= this.maxGap) {
        extend(this.known, last, t);
        if (this.lastDown)
          extend(this.down, last, t);
      }
    }
    join(this.known, later.known);
    join(this.down, later.down);
    if (later.outOfOrder)
      this.outOfOrder = true;
    this.last = Number.isNaN(this.last) ? later.last : Math.max(this.last, later.last);
    this.lastDown = later.lastDown;
  }
  /** Closes the series at the source's latest timestamp: the last status holds until then. */
  finish(latest) {
    if (Number.isNaN(this.last) || !(latest > this.last) || latest - this.last > this.maxGap)
      return;
    extend(this.known, this.last, latest);
    if (this.lastDown)
      extend(this.down, this.last, latest);
  }
};
function extend(set, from, to) {
  const n = set.length;
  if (n > 0 && set[n - 1] === from)
    set[n - 1] = to;
  else
    set.push(from, to);
}
function join(set, later) {
  let k = 0;
  const n = set.length;
  if (n > 0 && later.length > 0 && set[n - 1] === later[0]) {
    set[n - 1] = later[1];
    k = 2;
  }
  for (; k < later.length; k++)
    set.push(later[k]);
}

// dist/sources/latency-demand.js
function countLatencySample(demand, at, latencyMs) {
  const t = at.value;
  const spans = demand.spans;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    if (t < span.start || t >= span.end)
      continue;
    const open = span.open;
    let lo = 0;
    let hi = open.length / 2 - 1;
    let inside = false;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (t < open[2 * mid])
        hi = mid - 1;
      else if (t >= open[2 * mid + 1])
        lo = mid + 1;
      else {
        inside = true;
        break;
      }
    }
    if (!inside)
      continue;
    span.total++;
    if (latencyMs <= demand.thresholdMs)
      span.good++;
  }
}

// dist/sources/checks-scan.js
var FIELDS = ["timestamp", "service", "status", "latency"];
var ChecksScan = class {
  source;
  demand;
  /** One step function per series: per service read, then per narrowed series (`SeriesDemand`). */
  series = /* @__PURE__ */ new Map();
  /**
   * The latest instant seen, in a typed array: stored into a captured `let` (or a field that is
   * not known to hold only numbers) each new instant would be a boxed number, one per row.
   */
  latest = new Float64Array([Number.NEGATIVE_INFINITY]);
  /** Series narrowed by dimensions, per service; rows then decode their dimensions. */
  narrowed = /* @__PURE__ */ new Map();
  latencyByService = /* @__PURE__ */ new Map();
  thresholdsByService = /* @__PURE__ */ new Map();
  sourceFilter;
  needDims;
  constructor(source, demand) {
    this.source = source;
    this.demand = demand;
    const maxGap = source.maxGap ?? Number.POSITIVE_INFINITY;
    for (const service of demand.services)
      this.series.set(service, new CheckSeries(service, maxGap));
    for (const d of demand.series) {
      const s = new CheckSeries(d.key, maxGap);
      this.series.set(d.key, s);
      this.narrowed.set(d.service, [...this.narrowed.get(d.service) ?? [], { demand: d, series: s }]);
    }
    this.sourceFilter = compileRowFilter(source.where, source.dimensions);
    this.needDims = this.narrowed.size > 0 || this.sourceFilter !== null || demand.latency.some((d) => d.filter !== null) || demand.thresholds.some((d) => d.filter !== null || d.dimension >= 0);
    for (const d of demand.latency)
      this.latencyByService.set(d.service, [...this.latencyByService.get(d.service) ?? [], d]);
    for (const d of demand.thresholds)
      this.thresholdsByService.set(d.service, [...this.thresholdsByService.get(d.service) ?? [], d]);
  }
  /**
   * The row handler of one file (or byte range of one) for one pass: `first` is the pass whose
   * latest instant and latency samples count (a second pass only replays samples into `sink`).
   */
  rows(header, file, skips, sink, first) {
    const source = this.source;
    const fields = new RowFields(source, header, file.file, FIELDS);
    const col = fields.col;
    const parse = timestampReader(source.formats.timestamp ?? source.timestampFormat, source.timezone, source.locale);
    const at = parsedInstant();
    const missing = new CellDecoder(source.missing, void 0, false);
    const serviceCell = new CellDecoder(source.missing, source.values.service, true);
    const statusCell = new CellDecoder(source.missing, source.values.status, true, (v) => v.toLowerCase());
    const constantService = col.service < 0 ? source.service ?? null : null;
    const constantStatus = col.status < 0 ? source.constants.status ?? null : null;
    const tsCol = col.timestamp;
    const latencyCol = col.latency;
    const dims = fields.dimensions();
    const needs = fields.needs;
    const series = this.series;
    const narrowed = this.narrowed;
    const latest = this.latest;
    const latencyByService = this.latencyByService;
    const thresholds = this.thresholdsByService;
    const sourceFilter = this.sourceFilter;
    const needDims = this.needDims;
    return (row) => {
      if (row.count < needs)
        return skips.add(file.file, `row shorter than column ${needs}`, row.line);
      if (missing.isMissing(row, tsCol))
        return skips.add(file.file, "missing timestamp", row.line);
      parse(row.buf, row.starts[tsCol], row.ends[tsCol], at);
      const t = at.value;
      if (Number.isNaN(t))
        return skips.add(file.file, "unreadable timestamp", row.line);
      if (t === IN_DST_GAP)
        return skips.add(file.file, "local time inside a DST gap", row.line);
      const service = constantService ?? serviceCell.decode(row, col.service);
      if (service === null)
        return skips.add(file.file, "missing service", row.line);
      const status = constantStatus ?? statusCell.decode(row, col.status);
      if (status === null)
        return skips.add(file.file, "missing status", row.line);
      if (status !== "up" && status !== "down")
        return skips.add(file.file, "status is not up or down", row.line);
      let latencyMs = Number.NaN;
      if (latencyCol >= 0 && !missing.isMissing(row, latencyCol)) {
        latencyMs = parseNumberCell(row, latencyCol);
        if (Number.isNaN(latencyMs) || latencyMs < 0) {
          return skips.add(file.file, "latency is not a number of milliseconds", row.line);
        }
      }
      if (!needDims) {
        if (first) {
          if (t > latest[0])
            latest[0] = t;
          if (!Number.isNaN(latencyMs)) {
            const demands = latencyByService.get(service);
            if (demands)
              for (const d2 of demands)
                countLatencySample(d2, at, latencyMs);
          }
          const limits = thresholds.get(service);
          if (limits)
            for (const l of limits)
              countThresholdSample(l, t, latencyMs);
        }
        const s2 = series.get(service);
        if (s2)
          sink(s2, at, status === "down");
        return;
      }
      const d = dims(row);
      if (!matchesFilter(sourceFilter, d))
        return;
      if (first) {
        if (t > latest[0])
          latest[0] = t;
        if (!Number.isNaN(latencyMs)) {
          const demands = latencyByService.get(service);
          if (demands) {
            for (const l of demands)
              if (matchesFilter(l.filter, d))
                countLatencySample(l, at, latencyMs);
          }
        }
        const limits = thresholds.get(service);
        if (limits) {
          for (const l of limits)
            if (matchesFilter(l.filter, d))
              countThresholdSample(l, t, l.dimension < 0 ? latencyMs : numberOfCell(d[l.dimension]));
        }
      }
      const s = series.get(service);
      if (s)
        sink(s, at, status === "down");
      const groups = narrowed.get(service);
      if (groups) {
        for (const g of groups)
          if (matchesFilter(g.demand.filter, d))
            sink(g.series, at, status === "down");
      }
    };
  }
};

// dist/sources/range-read.js
function rangeFailure(error) {
  const code = error?.code;
  return {
    ok: false,
    error: error instanceof Error ? error.message : String(error),
    retry: error instanceof InputError || code === "ERR_WORKER_OUT_OF_MEMORY"
  };
}
async function readRange(task) {
  const { source, file, range, header, demand } = task;
  for (const d of demand.latency)
    for (const span of d.spans) {
      span.good = 0;
      span.total = 0;
    }
  const scan = new ChecksScan(source, demand);
  const skips = new SkipTally(source.metadata.name);
  const sink = (s, at, down) => s.addAt(at, down);
  const ending = await readCsvRange(source, file, skips, (h, f) => scan.rows(h, f, skips, sink, true), {
    start: range.start,
    end: range.end,
    header
  });
  return {
    ok: true,
    series: [...scan.series].map(([key, s]) => [key, s.state()]),
    latest: scan.latest[0],
    latency: demand.latency.map((d) => d.spans.map((span) => [span.good, span.total])),
    skipped: skips.list(),
    breaks: ending.breaks,
    quotedBreaks: ending.quotedBreaks
  };
}

export {
  CheckSeries,
  ChecksScan,
  rangeFailure,
  readRange
};
