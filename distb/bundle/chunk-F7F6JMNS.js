import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  KEPT_ITEMS,
  OWN_OUTAGES_ONLY,
  attribute,
  availabilityFromOutages,
  countedMeasurement,
  emptyMeasurement,
  feeCentsForMonths,
  percentOfCents,
  reachable
} from "./chunk-MAKVS4ER.js";
import {
  readInRanges
} from "./chunk-25O36LN2.js";
import {
  readMetrics,
  sourceDataBase
} from "./chunk-JQOUH4MK.js";
import {
  assessmentWindows,
  windowContaining
} from "./chunk-Z3KBX553.js";
import {
  sourceForTarget,
  sourceShape
} from "./chunk-WALSUJ65.js";
import {
  calendarFromModel
} from "./chunk-C2TRXQNV.js";
import {
  agreementZone
} from "./chunk-WWBM2P7X.js";
import {
  glob
} from "./chunk-5NDPJT3T.js";
import {
  isWithin
} from "./chunk-7CIBHZEB.js";
import {
  chooseWorkloadSource,
  targetScope
} from "./chunk-75NXACXC.js";
import {
  PPB,
  ratioBelow,
  ratioMeets
} from "./chunk-PWKK3NVO.js";
import {
  parseRepositoryPath
} from "./chunk-U4VTH3HM.js";
import {
  dayStartInstant
} from "./chunk-JKYJYC5M.js";
import {
  CheckSeries,
  ChecksScan
} from "./chunk-2IZ6M37U.js";
import {
  RowFields,
  SkipTally,
  hashBytes,
  instantOrNull,
  latestOf,
  readCsvFiles
} from "./chunk-TWB6RIXN.js";
import {
  compileRowFilter,
  matchesFilter,
  seriesKey
} from "./chunk-XI5ZFPBU.js";
import {
  containsInstant,
  intersect,
  totalLength
} from "./chunk-JMGTLOBI.js";
import {
  utcToWall,
  wallToUtc
} from "./chunk-VEAA5MQJ.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  COUNTING_EVENT_STATUSES,
  TICKET_METRICS,
  TIME_METRICS
} from "./chunk-ADLZAIGX.js";
import {
  InputError,
  UsageError
} from "./chunk-RMJS7MV5.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/sources/read-checks.js
async function readChecks(source, files, demand) {
  const maxGap = source.maxGap ?? Number.POSITIVE_INFINITY;
  const scan = new ChecksScan(source, demand);
  const series = scan.series;
  const tally = new SkipTally(source.metadata.name);
  const pass = async (sink, first) => {
    const skips = first ? tally : new SkipTally(source.metadata.name);
    await readCsvFiles(source, files, skips, (header, file) => scan.rows(header, file, skips, sink, first), {
      hash: first,
      progress: first ? demand.progress : void 0,
      inRanges: first ? (file) => readInRanges(scan, file, tally) : void 0
    });
  };
  await pass((s, at, down) => s.addAt(at, down), true);
  const unsorted = [...series.values()].filter((s) => s.outOfOrder);
  const notes = [];
  if (unsorted.length > 0) {
    const samples2 = /* @__PURE__ */ new Map();
    for (const s of unsorted)
      samples2.set(s.service, { t: [], down: [] });
    await pass((s, at, down) => {
      const bucket = samples2.get(s.service);
      if (bucket) {
        bucket.t.push(at.value);
        bucket.down.push(down);
      }
    }, false);
    for (const [service, bucket] of samples2) {
      const rebuilt = new CheckSeries(service, maxGap);
      const order = bucket.t.map((_, i) => i).sort((a, b) => bucket.t[a] - bucket.t[b] || a - b);
      for (const i of order)
        rebuilt.add(bucket.t[i], bucket.down[i]);
      series.set(service, rebuilt);
    }
    notes.push(`${source.metadata.name}: samples of ${unsorted.map((s) => s.service).join(", ")} are not in time order; they were sorted (a sorted export reads in constant memory)`);
  }
  const latest = scan.latest[0];
  const end = Number.isFinite(latest) ? latest : null;
  if (end !== null)
    for (const s of series.values())
      s.finish(end);
  return {
    name: source.metadata.name,
    type: "checks",
    files,
    skipped: tally.list(),
    latest: end,
    duplicates: 0,
    notes,
    series,
    latency: demand.latency
  };
}

// dist/sources/freshness-series.js
var FreshnessSeries = class {
  thresholdMs;
  fresh = [];
  /** The first and the latest counting event (NaN: none yet). */
  first = Number.NaN;
  last = Number.NaN;
  constructor(thresholdMs) {
    this.thresholdMs = thresholdMs;
  }
  /** Adds a counting event at `at.value` (read from a holder: an instant argument would be boxed per row). */
  addAt(at) {
    const t = at.value;
    const end = t + this.thresholdMs;
    const fresh = this.fresh;
    const n = fresh.length;
    if (Number.isNaN(this.first) || t < this.first)
      this.first = t;
    if (Number.isNaN(this.last) || t > this.last)
      this.last = t;
    if (n === 0 || t > fresh[n - 1]) {
      fresh.push(t, end);
      return;
    }
    if (t >= fresh[n - 2]) {
      if (end > fresh[n - 1])
        fresh[n - 1] = end;
      return;
    }
    insertInterval(fresh, t, end);
  }
  add(t) {
    this.addAt({ value: t });
  }
  /**
   * The time this series knows about: from the first counting event (before it, nobody can say how
   * old the data was) to the later of the source's latest row and the end of the last event's
   * fresh stretch (fresh time is known whatever came after it). Empty without a counting event.
   */
  known(sourceLatest) {
    if (Number.isNaN(this.first))
      return [];
    const end = Math.max(sourceLatest ?? Number.NEGATIVE_INFINITY, this.last + this.thresholdMs);
    return end > this.first ? [this.first, end] : [];
  }
};
function insertInterval(set, start, end) {
  let i = 0;
  while (i < set.length && set[i + 1] < start)
    i += 2;
  let j = i;
  let s = start;
  let e = end;
  while (j < set.length && set[j] <= e) {
    s = Math.min(s, set[j]);
    e = Math.max(e, set[j + 1]);
    j += 2;
  }
  set.splice(i, j - i, s, e);
}

// dist/sources/read-freshness-events.js
var FIELDS = ["timestamp", "service", "status"];
async function readFreshnessEvents(source, files, demand) {
  const tally = new SkipTally(source.metadata.name);
  const latest = new Float64Array([Number.NEGATIVE_INFINITY]);
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const series = /* @__PURE__ */ new Map();
  const byService2 = /* @__PURE__ */ new Map();
  for (const d of demand.freshness) {
    let s = series.get(d.key);
    if (!s) {
      s = new FreshnessSeries(d.thresholdMs);
      series.set(d.key, s);
      byService2.set(d.service, [...byService2.get(d.service) ?? [], { filter: d.filter, series: s }]);
    }
  }
  await readCsvFiles(source, files, tally, (header, file) => {
    const f = new RowFields(source, header, file.file, FIELDS);
    const service = f.text("service", { intern: true }).read;
    const statusMapped = (f.col.status ?? -1) >= 0 || source.constants.status !== void 0;
    const status = f.text("status", { intern: true, normalize: (v) => v.toLowerCase() }).read;
    const dims = f.dimensions();
    const instants = f.instants(["timestamp"]);
    const at = new Float64Array(1);
    const holder = { value: 0 };
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
      if (at[0] > latest[0])
        latest[0] = at[0];
      const svc = service(row);
      if (svc === null)
        return skipRow(row, "missing service");
      const wanted = byService2.get(svc);
      if (!wanted)
        return;
      if (statusMapped) {
        const s = status(row);
        if (s === null)
          return skipRow(row, "missing status");
        if (!COUNTING_EVENT_STATUSES.includes(s))
          return;
      }
      holder.value = at[0];
      for (const w of wanted)
        if (matchesFilter(w.filter, d))
          w.series.addAt(holder);
    };
  }, { hash: true, progress: demand.progress });
  return { ...sourceDataBase(source, files, tally.list(), latest[0]), type: "events", freshness: series };
}

// dist/sources/id-table.js
var IdTable = class {
  slots = new Int32Array(1 << 12);
  starts = new Uint32Array((1 << 11) + 1);
  values = new Int32Array(1 << 11);
  arena = Buffer.allocUnsafe(1 << 15);
  scratch = Buffer.allocUnsafe(256);
  count = 0;
  get size() {
    return this.count;
  }
  /** Bytes held by the table (its typed arrays and arena). */
  get bytes() {
    return this.slots.byteLength + this.starts.byteLength + this.values.byteLength + this.arena.length;
  }
  /** The value stored for `id`, or -1. */
  get(id) {
    const len = this.encode(id);
    const slot = this.find(len, hashBytes(this.scratch, 0, len));
    const entry = this.slots[slot];
    return entry === 0 ? -1 : this.values[entry - 1];
  }
  /** Stores `value` for `id`; returns whether the id is new. */
  set(id, value) {
    const len = this.encode(id);
    const h = hashBytes(this.scratch, 0, len);
    let slot = this.find(len, h);
    const entry = this.slots[slot];
    if (entry !== 0) {
      this.values[entry - 1] = value;
      return false;
    }
    if ((this.count + 1) * 4 > this.slots.length * 3) {
      this.rehash(this.slots.length * 2);
      slot = this.find(len, h);
    }
    this.append(len, value);
    this.slots[slot] = this.count;
    return true;
  }
  encode(id) {
    if (id.length * 3 > this.scratch.length)
      this.scratch = Buffer.allocUnsafe(id.length * 3);
    return this.scratch.write(id, 0, "utf8");
  }
  /** The slot holding the id in `scratch[0, len)`, or the empty slot where it would go. */
  find(len, h) {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = slot + 1 & mask) {
      const entry = this.slots[slot];
      if (entry === 0)
        return slot;
      const e = entry - 1;
      const start = this.starts[e];
      if (this.starts[e + 1] - start === len && this.arena.compare(this.scratch, 0, len, start, start + len) === 0)
        return slot;
    }
  }
  append(len, value) {
    const e = this.count;
    if (e === this.values.length) {
      this.values = grow(this.values, new Int32Array(e * 2));
      this.starts = grow(this.starts, new Uint32Array(e * 2 + 1));
    }
    const start = this.starts[e];
    if (start + len > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(Math.ceil(this.arena.length * 1.5), start + len));
      this.arena.copy(bigger, 0, 0, start);
      this.arena = bigger;
    }
    this.scratch.copy(this.arena, start, 0, len);
    this.values[e] = value;
    this.starts[e + 1] = start + len;
    this.count = e + 1;
  }
  rehash(size) {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.count; e++) {
      const start = this.starts[e];
      let slot = hashBytes(this.arena, start, this.starts[e + 1] - start) & mask;
      while (slots[slot] !== 0)
        slot = slot + 1 & mask;
      slots[slot] = e + 1;
    }
    this.slots = slots;
  }
};
function grow(from, to) {
  to.set(from);
  return to;
}

// dist/sources/dedupe.js
var UNSORTED = /* @__PURE__ */ Symbol("rows not sorted by id");
function compareIds(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
async function dedupeStream(mode, pass, emit, restart) {
  if (mode === "none") {
    await pass(emit, true);
    return { dropped: 0, held: 0 };
  }
  let dropped = 0;
  let held = null;
  try {
    await pass((r) => {
      if (r.id === null)
        return emit(r);
      if (held !== null) {
        const order = compareIds(r.id, held.id);
        if (order === 0) {
          dropped++;
          if (mode === "last")
            held = r;
          return;
        }
        if (order < 0)
          throw UNSORTED;
        emit(held);
      }
      held = r;
    }, true);
    if (held !== null)
      emit(held);
    return { dropped, held: 0 };
  } catch (error) {
    if (error !== UNSORTED)
      throw error;
  }
  restart();
  dropped = 0;
  const table = new IdTable();
  if (mode === "first") {
    await pass((r) => {
      if (r.id === null || table.set(r.id, 0))
        emit(r);
      else
        dropped++;
    }, true);
    return { dropped, held: table.size };
  }
  let ordinal = 0;
  await pass((r) => {
    const n = ordinal++;
    if (r.id !== null)
      table.set(r.id, n);
  }, true);
  ordinal = 0;
  await pass((r) => {
    const n = ordinal++;
    if (r.id === null || table.get(r.id) === n)
      emit(r);
    else
      dropped++;
  }, false);
  return { dropped, held: table.size };
}

// dist/sources/deduped-read.js
async function readDeduped(source, files, demand, fields, handler, emit, restart) {
  const name = source.metadata.name;
  let tally = new SkipTally(name);
  const extremes = new Float64Array([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  const outcome = await dedupeStream(source.dedupe, (submit, first) => {
    const skips = first ? tally : new SkipTally(name);
    return readCsvFiles(source, files, skips, (header, file) => {
      const skip = (row, reason) => skips.add(file.file, reason, row.line);
      const rowFields = new RowFields(source, header, file.file, fields);
      return handler({ fields: rowFields, file, skip, submit, first, extremes });
    }, { hash: first, progress: first ? demand.progress : void 0 });
  }, emit, () => {
    tally = new SkipTally(name);
    extremes[0] = Number.NEGATIVE_INFINITY;
    extremes[1] = Number.POSITIVE_INFINITY;
    restart();
  });
  return { tally, extremes, outcome };
}

// dist/sources/read-outages.js
var FIELDS2 = ["service", "start", "end", "planned", "id", "cause"];
var INSTANTS = ["start", "end"];
var TRUE = /* @__PURE__ */ new Set(["true", "yes", "y", "1"]);
var FALSE = /* @__PURE__ */ new Set(["false", "no", "n", "0"]);
async function readOutages(source, files, demand) {
  let kept = [];
  const horizon = demand.horizon;
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const { tally, extremes, outcome } = await readDeduped(source, files, demand, FIELDS2, ({ fields: f, file, skip: skipRow, submit, first, extremes: extremes2 }) => {
    const service = f.text("service", { intern: true }).read;
    const planned = f.text("planned", { intern: true, normalize: (v) => v.toLowerCase() }).read;
    const id = f.text("id").read;
    const cause = f.text("cause", { intern: true }).read;
    const dims = f.dimensions();
    const instants = f.instants(INSTANTS);
    const at = new Float64Array(INSTANTS.length);
    return (row) => {
      const short = f.short(row);
      if (short)
        return skipRow(row, short);
      const d = dims(row);
      if (!matchesFilter(sourceFilter, d))
        return;
      const svc = service(row);
      if (svc === null)
        return skipRow(row, "missing service");
      const problem = instants(row, at);
      if (problem?.field === "start")
        return skipRow(row, problem.reason);
      if (Number.isNaN(at[0]))
        return skipRow(row, "missing start");
      if (problem !== void 0)
        return skipRow(row, problem.reason);
      const start = at[0];
      const end = instantOrNull(at[1]);
      if (end !== null && end < start)
        return skipRow(row, "end before start");
      if (first) {
        extremes2[0] = latestOf(extremes2[0], at);
        if (start < extremes2[1])
          extremes2[1] = start;
      }
      if (!demand.services.has(svc))
        return;
      const flag = planned(row);
      if (flag !== null && !TRUE.has(flag) && !FALSE.has(flag))
        return skipRow(row, "planned is not true/false");
      submit({
        id: id(row),
        service: svc,
        start,
        end,
        planned: flag !== null && TRUE.has(flag),
        cause: cause(row),
        dims: d,
        line: row.line,
        file: file.file
      });
    };
  }, (outage) => {
    if (horizon && (outage.start >= horizon.end || outage.end !== null && outage.end <= horizon.start))
      return;
    kept.push(outage);
  }, () => {
    kept = [];
  });
  return {
    ...sourceDataBase(source, files, tally.list(), extremes[0], {
      duplicates: outcome.dropped
    }),
    type: "outages",
    outages: kept,
    earliest: Number.isFinite(extremes[1]) ? extremes[1] : null
  };
}

// dist/sources/read-surveys.js
var FIELDS3 = ["id", "service", "timestamp", "score", "ticket"];
async function readSurveys(source, files, demand) {
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const { tally, extremes, outcome } = await readDeduped(source, files, demand, FIELDS3, ({ fields: f, skip: skipRow, submit, first, extremes: extremes2 }) => {
    const id = f.text("id").read;
    const service = f.text("service", { intern: true }).read;
    const ticket = f.text("ticket").read;
    const dims = f.dimensions();
    const instants = f.instants(["timestamp"]);
    const at = new Float64Array(1);
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
      if (first && timestamp > extremes2[0])
        extremes2[0] = timestamp;
      const svc = service(row);
      if (svc === null)
        return skipRow(row, "missing service");
      if (!demand.services.has(svc))
        return;
      if (f.isMissing(row, "score"))
        return skipRow(row, "missing score");
      const score = f.number(row, "score");
      if (!Number.isFinite(score))
        return skipRow(row, "score is not a number");
      submit({ id: id(row), timestamp, service: svc, score, ticket: ticket(row), dims: d });
    };
  }, (record) => demand.sink.survey?.(record), () => demand.sink.restart());
  return {
    ...sourceDataBase(source, files, tally.list(), extremes[0], { duplicates: outcome.dropped }),
    type: "surveys"
  };
}

// dist/sources/priority-notes.js
function unmappedPriorityNotes(source, values) {
  const map = source.values.priority;
  if (!map)
    return [];
  const canonical = new Set(Object.values(map));
  const unknown = [...values].filter((v) => !canonical.has(v));
  if (unknown.length === 0)
    return [];
  const shown = unknown.sort().slice(0, 5).map((v) => JSON.stringify(v));
  return [
    `${source.metadata.name}: priority values not in its \`values\` map, so no priority target counts those tickets: ${shown.join(", ")}${unknown.length > 5 ? ", \u2026" : ""}`
  ];
}

// dist/sources/ticket-events.js
var OTHER_STATE = 0;
var PAUSED_STATE = 1;
var STOPPED_STATE = 2;
var TicketEvents = class {
  id = "";
  count = 0;
  updated = new Float64Array(16);
  states = new Uint8Array(16);
  order = new Int32Array(16);
  opened = Number.NaN;
  last = null;
  /** The file of the ticket's first row (where its problems are reported). */
  file = "";
  /** Starts a new ticket. */
  begin(id, file) {
    this.id = id;
    this.file = file;
    this.count = 0;
    this.last = null;
    this.opened = Number.NaN;
  }
  get rows() {
    return this.count;
  }
  add(row) {
    if (this.count === this.updated.length)
      this.grow();
    if (this.count === 0)
      this.opened = row.opened;
    this.updated[this.count] = row.updated;
    this.states[this.count] = row.state;
    this.count++;
    this.last = row;
  }
  /**
   * The ticket: fields of its last row in file order, `opened` of its first; its rows ordered by
   * `updated` (ties in file order), each row's state holding until the next row's `updated` and the
   * last one's holding on; the stop is `resolved` of the last row when `resolved` is mapped, else
   * the start of the last run of stopped states (none when the ticket was reopened after it).
   */
  finish(resolvedMapped) {
    const last = this.last;
    const opened = this.opened;
    const responded = Number.isNaN(last.responded) ? null : last.responded;
    if (responded !== null && responded < opened)
      return { problem: "responded before opened", line: last.line };
    const n = this.count;
    const order = this.sortedOrder();
    let resolved;
    if (resolvedMapped) {
      resolved = Number.isNaN(last.resolved) ? null : last.resolved;
      if (resolved !== null && resolved < opened)
        return { problem: "resolved before opened", line: last.line };
    } else {
      resolved = null;
      let k = n - 1;
      if (this.states[order[k]] === STOPPED_STATE) {
        while (k > 0 && this.states[order[k - 1]] === STOPPED_STATE)
          k--;
        resolved = Math.max(opened, this.updated[order[k]]);
      }
    }
    return {
      ticket: {
        id: this.id,
        service: last.service,
        priority: last.priority,
        opened,
        responded,
        resolved,
        pausedMs: 0,
        pauses: this.pauseIntervals(order),
        dims: last.dims,
        line: last.line,
        file: this.file
      }
    };
  }
  /** Paused runs as [start, end, …]: empty runs (ties) dropped, touching runs merged; null when never paused. */
  pauseIntervals(order) {
    const n = this.count;
    let runs = 0;
    for (let k = 0; k < n; k++)
      if (this.states[order[k]] === PAUSED_STATE)
        runs++;
    if (runs === 0)
      return null;
    const out = new Float64Array(2 * runs);
    let m = 0;
    for (let k = 0; k < n; k++) {
      if (this.states[order[k]] !== PAUSED_STATE)
        continue;
      const start = this.updated[order[k]];
      const end = k + 1 < n ? this.updated[order[k + 1]] : Number.POSITIVE_INFINITY;
      if (!(end > start))
        continue;
      if (m > 0 && out[m - 1] === start)
        out[m - 1] = end;
      else {
        out[m++] = start;
        out[m++] = end;
      }
    }
    return m === 0 ? null : out.slice(0, m);
  }
  /** Row indices by `updated`, ties in file order: an insertion sort, linear on an already ordered log. */
  sortedOrder() {
    const order = this.order;
    const updated = this.updated;
    for (let i = 0; i < this.count; i++) {
      let j = i;
      while (j > 0 && updated[order[j - 1]] > updated[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    return order;
  }
  grow() {
    const size = this.updated.length * 2;
    const updated = new Float64Array(size);
    updated.set(this.updated);
    const states = new Uint8Array(size);
    states.set(this.states);
    this.updated = updated;
    this.states = states;
    this.order = new Int32Array(size);
  }
};

// dist/sources/read-ticket-events.js
var FIELDS4 = ["id", "service", "priority", "opened", "responded", "resolved", "state", "updated"];
var INSTANTS2 = ["opened", "responded", "resolved", "updated"];
var MAX_STATES = 1e4;
var UNSORTED2 = /* @__PURE__ */ Symbol("rows not sorted by id");
async function readTicketEvents(source, files, demand) {
  const name = source.metadata.name;
  const classOf = new Map(source.states.paused.map((s) => [s, PAUSED_STATE]));
  const resolvedMapped = source.columns.resolved !== void 0 || source.durations.resolved !== void 0;
  if (!resolvedMapped) {
    for (const s of source.states.stopped)
      if (!classOf.has(s))
        classOf.set(s, STOPPED_STATE);
  }
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  let tally = new SkipTally(name);
  let latest = Number.NEGATIVE_INFINITY;
  let seen = /* @__PURE__ */ new Set();
  const emit = (events) => {
    const outcome = events.finish(resolvedMapped);
    if (outcome.problem !== void 0)
      tally.add(events.file, outcome.problem, outcome.line);
    else
      demand.sink.ticket(outcome.ticket);
  };
  const unmappedPriorities = /* @__PURE__ */ new Set();
  const pass = (first, row) => {
    const skips = first ? tally : new SkipTally(name);
    return readCsvFiles(source, files, skips, (header, file) => {
      const f = new RowFields(source, header, file.file, FIELDS4);
      const id = f.text("id").read;
      const service = f.text("service", { intern: true }).read;
      const priorityField = f.text("priority", { intern: true, foldCase: true });
      const priority = priorityField.read;
      const unmapped = priorityField.decoder?.unmapped;
      const state = f.text("state", { intern: true }).read;
      const dims = f.dimensions();
      const instants = f.instants(INSTANTS2);
      const at = new Float64Array(INSTANTS2.length);
      const skip = (r, reason) => skips.add(file.file, reason, r.line);
      return (r) => {
        const short = f.short(r);
        if (short)
          return skip(r, short);
        const svc = service(r);
        if (svc === null)
          return skip(r, "missing service");
        const d = dims(r);
        if (!matchesFilter(sourceFilter, d))
          return;
        const ticketId = id(r);
        if (ticketId === null)
          return skip(r, "missing id");
        const prio = priority(r);
        if (prio === null)
          return skip(r, "missing priority");
        if (unmapped && unmapped.size > 0) {
          for (const v of unmapped)
            unmappedPriorities.add(v);
          unmapped.clear();
        }
        const problem = instants(r, at);
        if (problem !== void 0)
          return skip(r, problem.reason);
        if (Number.isNaN(at[0]))
          return skip(r, "missing opened");
        if (Number.isNaN(at[3]))
          return skip(r, "missing updated");
        const st = state(r);
        if (st === null)
          return skip(r, "missing state");
        if (first) {
          latest = latestOf(latest, at);
          if (seen.size < MAX_STATES)
            seen.add(st);
        }
        row(ticketId, {
          service: svc,
          priority: prio,
          opened: at[0],
          responded: at[1],
          resolved: at[2],
          updated: at[3],
          state: classOf.get(st) ?? OTHER_STATE,
          dims: d,
          line: r.line
        }, file.file);
      };
    }, { hash: first, progress: first ? demand.progress : void 0 });
  };
  let held = 0;
  try {
    const current = new TicketEvents();
    await pass(true, (id, r, file) => {
      if (current.rows > 0 && id !== current.id) {
        if (compareIds(id, current.id) < 0)
          throw UNSORTED2;
        emit(current);
        current.begin(id, file);
      } else if (current.rows === 0)
        current.begin(id, file);
      current.add(r);
    });
    if (current.rows > 0)
      emit(current);
  } catch (error) {
    if (error !== UNSORTED2)
      throw error;
    tally = new SkipTally(name);
    latest = Number.NEGATIVE_INFINITY;
    seen = /* @__PURE__ */ new Set();
    demand.sink.restart();
    held = await readUnsorted(pass, emit);
  }
  const notes = [
    ...unmappedPriorityNotes(source, unmappedPriorities),
    ...stateNotes(source, resolvedMapped, seen)
  ];
  if (held > 0)
    notes.push(`${name}: the event log is not sorted by ticket id, so it was read twice, holding the ${held} ticket ids in memory (sort it by id to read it once in constant memory)`);
  return { ...sourceDataBase(source, files, tally.list(), latest, { notes }), type: "tickets" };
}
async function readUnsorted(pass, emit) {
  const table = new IdTable();
  let ordinal = 0;
  await pass(true, (id) => {
    table.set(id, ordinal++);
  });
  ordinal = 0;
  const open = /* @__PURE__ */ new Map();
  await pass(false, (id, r, file) => {
    const n = ordinal++;
    let events = open.get(id);
    if (!events) {
      events = new TicketEvents();
      events.begin(id, file);
      open.set(id, events);
    }
    events.add(r);
    if (table.get(id) === n) {
      open.delete(id);
      emit(events);
    }
  });
  return table.size;
}
function stateNotes(source, resolvedMapped, seen) {
  if (seen.size >= MAX_STATES)
    return [];
  const named = [
    ...source.states.paused.map((s) => ["paused", s]),
    ...resolvedMapped ? [] : source.states.stopped.map((s) => ["stopped", s])
  ];
  const absent = named.filter(([, s]) => !seen.has(s));
  if (absent.length === 0)
    return [];
  const occurring = [...seen].sort().slice(0, 12).map((s) => JSON.stringify(s));
  return absent.map(([kind, s]) => `${source.metadata.name}: states.${kind} names ${JSON.stringify(s)}, which occurs in no row of its files, so it ${kind === "paused" ? "pauses" : "stops"} nothing (states found: ${occurring.join(", ")}${seen.size > 12 ? ", \u2026" : ""})`);
}

// dist/sources/read-tickets.js
var FIELDS5 = ["id", "service", "priority", "opened", "responded", "resolved", "paused"];
var INSTANTS3 = ["opened", "responded", "resolved"];
async function readTickets(source, files, demand) {
  if (source.layout === "events")
    return readTicketEvents(source, files, demand);
  const unmappedPriorities = /* @__PURE__ */ new Set();
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const { tally, extremes, outcome } = await readDeduped(source, files, demand, FIELDS5, ({ fields: f, file, skip: skipRow, submit, first, extremes: extremes2 }) => {
    const id = f.text("id").read;
    const service = f.text("service", { intern: true }).read;
    const priority = f.text("priority", { intern: true, foldCase: true });
    const dims = f.dimensions();
    const instants = f.instants(INSTANTS3);
    const at = new Float64Array(INSTANTS3.length);
    return (row) => {
      const short = f.short(row);
      if (short)
        return skipRow(row, short);
      const svc = service(row);
      if (svc === null)
        return skipRow(row, "missing service");
      const problem = instants(row, at);
      if (!demand.services.has(svc)) {
        if (problem === void 0 && first)
          extremes2[0] = latestOf(extremes2[0], at);
        return;
      }
      const d = dims(row);
      if (!matchesFilter(sourceFilter, d))
        return;
      const ticketId = id(row);
      if (ticketId === null)
        return skipRow(row, "missing id");
      const prio = priority.read(row);
      if (prio === null)
        return skipRow(row, "missing priority");
      const unmapped = priority.decoder?.unmapped;
      if (unmapped && unmapped.size > 0) {
        for (const v of unmapped)
          unmappedPriorities.add(v);
        unmapped.clear();
      }
      if (problem?.field === "opened")
        return skipRow(row, problem.reason);
      if (Number.isNaN(at[0]))
        return skipRow(row, "missing opened");
      if (problem !== void 0)
        return skipRow(row, problem.reason);
      const opened = at[0];
      const responded = instantOrNull(at[1]);
      const resolved = instantOrNull(at[2]);
      if (responded !== null && responded < opened)
        return skipRow(row, "responded before opened");
      if (resolved !== null && resolved < opened)
        return skipRow(row, "resolved before opened");
      let pausedMs = 0;
      if (!f.isMissing(row, "paused")) {
        const seconds = f.number(row, "paused");
        if (!(seconds >= 0))
          return skipRow(row, "paused is not a number of seconds");
        pausedMs = Math.round(seconds * 1e3);
      }
      if (first)
        extremes2[0] = latestOf(extremes2[0], at);
      submit({
        id: ticketId,
        service: svc,
        priority: prio,
        opened,
        responded,
        resolved,
        pausedMs,
        pauses: null,
        dims: d,
        line: row.line,
        file: file.file
      });
    };
  }, (ticket) => demand.sink.ticket(ticket), () => demand.sink.restart());
  const notes = unmappedPriorityNotes(source, unmappedPriorities);
  return {
    ...sourceDataBase(source, files, tally.list(), extremes[0], { duplicates: outcome.dropped, notes }),
    type: "tickets"
  };
}

// dist/sources/read-source.js
var READERS = {
  tickets: readTickets,
  outages: readOutages,
  metrics: readMetrics,
  checks: readChecks,
  surveys: readSurveys,
  events: readFreshnessEvents
};

// dist/sources/source-files.js
import { realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
async function resolveSourceFiles(source, root, cwd, override) {
  const name = source.metadata.name;
  if (override !== void 0) {
    const absolute = resolve(cwd, override);
    return [
      { file: toPosix(isWithin(root, absolute) ? relative(root, absolute) : override), absolute, sha256: "" }
    ];
  }
  if (source.path === void 0) {
    throw new InputError(`DataSource ${name} has no path; pass --data ${name}=FILE`);
  }
  const inside = parseRepositoryPath(source.path);
  if (!inside.ok)
    throw new InputError(`DataSource ${name}: path ${inside.error}`);
  const pattern = source.path.replaceAll("\\", "/");
  const found = await glob([pattern], { cwd: root, absolute: true, onlyFiles: true, dot: false });
  const realRoot = realpathSync(root);
  const files = found.map((absolute) => {
    if (!isWithin(realRoot, realpathSync(absolute))) {
      throw new InputError(`DataSource ${name}: ${toPosix(relative(root, absolute))} leads outside the repository`);
    }
    return { file: toPosix(relative(root, absolute)), absolute, sha256: "" };
  }).sort((a, b) => compareStrings(a.file, b.file));
  if (files.length === 0)
    throw new InputError(`DataSource ${name}: path "${source.path}" matches no file`);
  return files;
}
function toPosix(path) {
  return path.split(sep).join("/");
}

// dist/sources/source-for-workload.js
function sourceForWorkload(model, agreement, limit) {
  const found = chooseWorkloadSource([...model.dataSources.values()].map(sourceShape), limit, agreement.service);
  return found.source ? { source: found.source.source } : { problem: found.problem };
}

// dist/measure/availability-from-checks.js
function availabilityFromChecks(series, service, open) {
  const m = emptyMeasurement("time");
  const openMs = totalLength(open);
  const known = series ? intersect(open, series.known) : [];
  const down = series ? intersect(known, series.down) : [];
  m.serviceTimeMs = totalLength(known);
  m.downtimeMs = totalLength(down);
  m.unknownMs = openMs - m.serviceTimeMs;
  m.total = m.serviceTimeMs;
  m.good = m.serviceTimeMs - m.downtimeMs;
  for (let i = 0; i < down.length; i += 2) {
    m.outages.push({
      id: null,
      service,
      start: down[i],
      end: down[i + 1],
      durationMs: down[i + 1] - down[i],
      // One series: its down stretches never overlap.
      ownMs: down[i + 1] - down[i],
      planned: false,
      cause: null
    });
  }
  m.attribution = attribute(new Map(down.length > 0 ? [[service, down]] : []));
  return m;
}

// dist/measure/freshness-over-time.js
function freshnessOverTime(series, sourceLatest, open) {
  const m = emptyMeasurement("time");
  const openMs = totalLength(open);
  const known = series ? intersect(open, series.known(sourceLatest)) : [];
  const fresh = series ? intersect(known, series.fresh) : [];
  m.serviceTimeMs = totalLength(known);
  m.good = totalLength(fresh);
  m.total = m.serviceTimeMs;
  m.downtimeMs = m.serviceTimeMs - m.good;
  m.unknownMs = openMs - m.serviceTimeMs;
  return m;
}

// dist/time/business-days.js
var SEARCH_DAYS = 800;
function businessDayDeadline(calendar, startMs, days) {
  const start = nextOpening(calendar, startMs);
  if (start === null)
    return startMs;
  const startDay = calendar.localDay(start);
  const timeOfDay = utcToWall(calendar.timezone, start) - startDay * DAY_MS;
  let day = startDay;
  let windows = [];
  for (let counted2 = 0, looked = 0; counted2 < days; ) {
    day++;
    windows = calendar.dayWindows(day);
    if (windows.length > 0)
      counted2++;
    else if (++looked > SEARCH_DAYS)
      return start;
  }
  const sameTime = wallToUtc(calendar.timezone, day * DAY_MS + timeOfDay);
  return Math.min(sameTime, windows[windows.length - 1]);
}
function nextOpening(calendar, ms) {
  let day = calendar.localDay(ms);
  for (let i = 0; i <= SEARCH_DAYS; i++, day++) {
    const windows = calendar.dayWindows(day);
    for (let w = 0; w < windows.length; w += 2) {
      if (windows[w + 1] > ms)
        return Math.max(windows[w], ms);
    }
  }
  return null;
}

// dist/measure/ticket-clock.js
function clockLimit(target) {
  return target.businessDays !== void 0 ? { businessDays: target.businessDays } : { ms: target.threshold };
}
var EXACT_CLOCK_MS = 366 * DAY_MS;
function ticketClock(calendar, opened, stop, asOf, pause, limit) {
  const stopped = stop !== null && stop <= asOf;
  const end = stopped ? stop : Math.max(opened, asOf);
  const thresholdMs = limit.businessDays === void 0 ? limit.ms : calendar.measure(opened, businessDayDeadline(calendar, opened, limit.businessDays));
  const horizon = opened + EXACT_CLOCK_MS;
  const exactEnd = Math.min(end, horizon);
  const pausedMs = typeof pause === "number" ? pause : pausedWithin(calendar, pause, opened, exactEnd);
  if (end <= horizon) {
    return {
      clockMs: Math.max(0, calendar.measure(opened, end) - pausedMs),
      pausedMs,
      thresholdMs,
      stopped,
      capped: false
    };
  }
  const firstYear = calendar.measure(opened, horizon) - pausedMs;
  const limitMs = thresholdMs - firstYear;
  const rest = firstYear > thresholdMs ? 0 : typeof pause === "number" ? calendar.measure(horizon, end, limitMs) : runningWithin(calendar, pause, horizon, end, limitMs);
  const clockMs = Math.max(0, firstYear + rest);
  return { clockMs, pausedMs, thresholdMs, stopped, capped: clockMs > thresholdMs };
}
function pausedWithin(calendar, pauses, from, to) {
  let total = 0;
  for (let i = 0; i < pauses.length; i += 2) {
    const s = Math.max(pauses[i], from);
    const e = Math.min(pauses[i + 1], to);
    if (e > s)
      total += calendar.measure(s, e);
  }
  return total;
}
function runningWithin(calendar, pauses, from, to, limitMs) {
  let total = 0;
  let at = from;
  for (let i = 0; i <= pauses.length && at < to; i += 2) {
    const gapEnd = i < pauses.length ? Math.min(pauses[i], to) : to;
    if (gapEnd > at)
      total += calendar.measure(at, gapEnd, limitMs - total);
    if (total > limitMs)
      return total;
    if (i < pauses.length)
      at = Math.max(at, pauses[i + 1]);
  }
  return total;
}
function clockVerdict(clockMs, thresholdMs, stopped) {
  if (clockMs > thresholdMs)
    return "breached";
  return stopped ? "met" : "pending";
}

// dist/measure/recovery-time.js
function recoveryTime(outages, options) {
  const m = emptyMeasurement("count");
  m.pending = 0;
  for (const o of outages) {
    if (o.service !== options.service || o.planned || o.start < options.start || o.start >= options.end)
      continue;
    if (o.start > options.asOf || !matchesFilter(options.filter ?? null, o.dims))
      continue;
    const { clockMs, thresholdMs, stopped } = ticketClock(options.calendar, o.start, o.end, options.asOf, 0, options.limit);
    const status = clockVerdict(clockMs, thresholdMs, stopped);
    if (status === "pending")
      m.pending++;
    else {
      m.total++;
      if (status === "met")
        m.good++;
    }
    m.outages.push({
      id: o.id,
      service: o.service,
      start: o.start,
      end: o.end,
      durationMs: clockMs,
      // A recovery clock is the outage's own: clocks of different outages are never summed.
      ownMs: clockMs,
      overThreshold: clockMs > thresholdMs,
      planned: false,
      cause: o.cause
    });
  }
  return m;
}

// dist/measure/metric-measurers.js
var counted = ({ tally }) => tally();
function samples(counted2) {
  const m = emptyMeasurement("count");
  if (counted2) {
    m.good = counted2.good;
    m.total = counted2.total;
  }
  return m;
}
var thresholdSamples = ({ threshold }) => samples(threshold());
var MEASURERS = {
  availability: {
    outages: ({ data, agreement, target, span, open, outagesAsOf, filter, composition }) => {
      if (data.earliest === null || !(data.earliest < span.end))
        return emptyMeasurement("time");
      return availabilityFromOutages(data.outages, agreement.service, open, target.exclusions.includes("planned"), outagesAsOf, filter, composition);
    },
    checks: ({ data, agreement, open, seriesKey: seriesKey2 }) => availabilityFromChecks(data.series.get(seriesKey2), agreement.service, open),
    metrics: counted
  },
  "success-rate": { metrics: counted },
  // Survey responses scoring at least the threshold, counted while the source streams (SPEC §15).
  satisfaction: { surveys: counted },
  "response-time": { tickets: counted },
  "resolution-time": { tickets: counted },
  "recovery-time": {
    outages: ({ data, agreement, target, span, calendar, outagesAsOf, filter }) => recoveryTime(data.outages, {
      service: agreement.service,
      filter,
      limit: clockLimit(target),
      calendar,
      start: span.start,
      end: span.end,
      asOf: outagesAsOf
    })
  },
  latency: {
    checks: ({ latency }) => samples(latency()),
    // Shares counted by a warehouse query into rows named after the target (docs/warehouse.md).
    metrics: counted
  },
  freshness: {
    events: ({ data, open, freshnessKey: freshnessKey2 }) => freshnessOverTime(data.freshness.get(freshnessKey2), data.latest, open)
  },
  threshold: { checks: thresholdSamples, metrics: thresholdSamples }
};
function measurerFor(metric, type) {
  return MEASURERS[metric][type];
}

// dist/measure/ratio-tally.js
var RatioTally = class {
  service;
  metricNames;
  filter;
  spans = [];
  constructor(service, metricNames, filter) {
    this.service = service;
    this.metricNames = metricNames;
    this.filter = filter;
  }
  /** Registers a span with its service time (before the source is read). */
  addSpan(span, open) {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end))
      this.spans.push({ start: span.start, end: span.end, open, good: 0, total: 0 });
  }
  add(r) {
    if (r.service !== this.service || !this.metricNames.includes(r.metric) || !matchesFilter(this.filter, r.dims))
      return;
    for (const s of this.spans) {
      if (r.timestamp < s.start || r.timestamp >= s.end || !containsInstant(s.open, r.timestamp))
        continue;
      s.good += r.good;
      s.total += r.total;
    }
  }
  measurement(span) {
    const s = this.spans.find((x) => x.start === span.start && x.end === span.end);
    return s && countedMeasurement(s.good, s.total);
  }
};

// dist/measure/satisfaction-tally.js
var SatisfactionTally = class {
  service;
  threshold;
  filter;
  spans = [];
  constructor(service, threshold, filter) {
    this.service = service;
    this.threshold = threshold;
    this.filter = filter;
  }
  addSpan(span, open) {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end))
      this.spans.push({ start: span.start, end: span.end, open, good: 0, total: 0 });
  }
  add(r) {
    if (r.service !== this.service || !matchesFilter(this.filter, r.dims))
      return;
    const satisfied = r.score >= this.threshold;
    for (const s of this.spans) {
      if (r.timestamp < s.start || r.timestamp >= s.end || !containsInstant(s.open, r.timestamp))
        continue;
      s.total++;
      if (satisfied)
        s.good++;
    }
  }
  reset() {
    for (const s of this.spans)
      s.good = s.total = 0;
  }
  measurement(span) {
    const s = this.spans.find((x) => x.start === span.start && x.end === span.end);
    return s && countedMeasurement(s.good, s.total);
  }
};

// dist/measure/ticket-tally.js
var TicketTally = class {
  options;
  spans = [];
  /** Tickets whose clock runs until the as-of instant, which is not known before the source is read. */
  open = [];
  constructor(options) {
    this.options = options;
  }
  get service() {
    return this.options.service;
  }
  /** Registers a span to count (before the source is read). */
  addSpan(span) {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end)) {
      this.spans.push({
        start: span.start,
        end: span.end,
        good: 0,
        total: 0,
        pending: 0,
        pausedTickets: 0,
        pausedMs: 0,
        breached: [],
        waiting: []
      });
    }
  }
  /** Forgets every ticket counted (the reader starts over). */
  reset() {
    for (const s of this.spans) {
      s.good = s.total = s.pending = s.pausedTickets = s.pausedMs = 0;
      s.breached = [];
      s.waiting = [];
    }
    this.open = [];
  }
  add(t) {
    const o = this.options;
    if (t.service !== o.service || o.priority !== void 0 && t.priority !== o.priority)
      return;
    if (o.asOf !== void 0 && t.opened > o.asOf)
      return;
    if (!matchesFilter(o.filter, t.dims) || !this.spans.some((s) => t.opened >= s.start && t.opened < s.end))
      return;
    const stop = o.clock === "response" ? t.responded : t.resolved;
    if (stop === null || o.asOf !== void 0 && stop > o.asOf) {
      if (o.asOf !== void 0)
        this.count(t, o.asOf, true);
      else
        this.open.push(t);
      return;
    }
    this.count(t, stop, false);
  }
  /** Judges the tickets still running at the as-of instant. */
  finish(asOf) {
    for (const ticket of this.open)
      if (ticket.opened <= asOf)
        this.count(ticket, asOf, true);
    this.open = [];
  }
  measurement(span) {
    const s = this.spans.find((x) => x.start === span.start && x.end === span.end);
    if (!s)
      return void 0;
    const m = emptyMeasurement("count");
    m.good = s.good;
    m.total = s.total;
    m.pending = s.pending;
    m.tickets = [...s.breached, ...s.waiting];
    if (this.options.clock === "resolution")
      m.paused = { tickets: s.pausedTickets, ms: s.pausedMs };
    return m;
  }
  /** Counts a ticket into the spans holding its opening; an object for it only if it may be listed. */
  count(t, until, running) {
    const o = this.options;
    const stop = o.clock === "response" ? t.responded : t.resolved;
    const resolution = o.clock === "resolution";
    const paused = resolution ? t.pauses ?? t.pausedMs : 0;
    const { clockMs, pausedMs, thresholdMs, stopped, capped } = ticketClock(o.calendar, t.opened, running ? stop : until, until, paused, o.limit);
    const status = clockVerdict(clockMs, thresholdMs, stopped);
    let item;
    for (const s of this.spans) {
      if (t.opened < s.start || t.opened >= s.end)
        continue;
      if (resolution && pausedMs > 0) {
        s.pausedTickets++;
        s.pausedMs += pausedMs;
      }
      let list;
      if (status === "pending") {
        s.pending++;
        list = s.waiting;
      } else {
        s.total++;
        if (status === "met")
          s.good++;
        else
          list = s.breached;
      }
      if (list === void 0 || !mayKeep(list, clockMs))
        continue;
      item ??= {
        id: t.id,
        priority: t.priority,
        opened: t.opened,
        clockMs,
        thresholdMs,
        pausedMs: resolution ? pausedMs : null,
        capped,
        status,
        record: t
      };
      keepWorst(list, item);
    }
  }
};
function mayKeep(list, clockMs) {
  return list.length < KEPT_ITEMS || clockMs >= list[list.length - 1].clockMs;
}
function byClock(a, b) {
  return b.clockMs - a.clockMs || compareStrings(a.id, b.id);
}
function keepWorst(list, item) {
  if (list.length === KEPT_ITEMS && byClock(item, list[list.length - 1]) >= 0)
    return;
  let i = list.length;
  while (i > 0 && byClock(item, list[i - 1]) < 0)
    i--;
  list.splice(i, 0, item);
  if (list.length > KEPT_ITEMS)
    list.pop();
}

// dist/measure/workload-tally.js
var WorkloadTally = class {
  options;
  spans = [];
  constructor(options) {
    this.options = options;
  }
  get service() {
    return this.options.service;
  }
  addSpan(span) {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end))
      this.spans.push({ start: span.start, end: span.end, count: 0 });
  }
  ticket(r) {
    const o = this.options;
    if (o.measure !== "tickets" || r.service !== o.service)
      return;
    if (o.priority !== void 0 && r.priority !== o.priority)
      return;
    if (!matchesFilter(o.filter, r.dims))
      return;
    this.count(r.opened, 1);
  }
  metric(r) {
    const o = this.options;
    if (o.measure !== "requests" || r.service !== o.service)
      return;
    if (o.metric !== void 0 && r.metric !== o.metric)
      return;
    if (!matchesFilter(o.filter, r.dims))
      return;
    this.count(r.timestamp, r.total);
  }
  /** Forgets everything counted (the reader starts over). */
  reset() {
    for (const s of this.spans)
      s.count = 0;
  }
  /** The demand counted in a planned span; undefined for a span never planned. */
  actual(span) {
    return this.spans.find((s) => s.start === span.start && s.end === span.end)?.count;
  }
  count(at, amount) {
    for (const s of this.spans)
      if (at >= s.start && at < s.end)
        s.count += amount;
  }
};

// dist/measure/engine.js
var MeasurementEngine = class {
  model;
  options;
  needed = /* @__PURE__ */ new Map();
  targets = /* @__PURE__ */ new Map();
  workloads = /* @__PURE__ */ new Map();
  latency = /* @__PURE__ */ new Map();
  data = /* @__PURE__ */ new Map();
  openCache = /* @__PURE__ */ new Map();
  constructor(model, options) {
    this.model = model;
    this.options = options;
  }
  /** A calendar by name; the built-in 24x7 takes `zone` (the agreement's, SPEC §11). */
  calendar(name, zone) {
    return calendarFromModel(this.model, name, zone);
  }
  /** Service time of a calendar inside a span, memoized (many targets share calendars and periods). */
  open(calendarName, span) {
    const key = `${calendarName}|${span.start}|${span.end}`;
    let set = this.openCache.get(key);
    if (!set) {
      set = span.end > span.start ? this.calendar(calendarName).openIntervals(span.start, span.end) : [];
      this.openCache.set(key, set);
    }
    return set;
  }
  /**
   * The dimension values a target's rows must have (SPEC §13): its agreement's scope keys that its
   * source maps, and its `where`; null when the target is measured for the whole service.
   */
  scope(agreement, target) {
    const found = sourceForTarget(this.model, agreement, target);
    return found.source ? targetScope(agreement.scope, target.where, found.source.dimensions) : null;
  }
  plan(agreement, target, spans) {
    const found = sourceForTarget(this.model, agreement, target);
    if (!found.source)
      return;
    const source = found.source;
    const name = source.metadata.name;
    const entry = this.sourcePlan(source);
    entry.services.add(agreement.service);
    if (source.engine === "duckdb")
      entry.measured.push({ agreement, target, spans });
    if (source.type === "outages")
      for (const service of reachable(agreement.service, this.composition(target)))
        entry.services.add(service);
    for (const span of spans) {
      if (span.end <= span.start)
        continue;
      entry.horizon = entry.horizon ? { start: Math.min(entry.horizon.start, span.start), end: Math.max(entry.horizon.end, span.end) } : { start: span.start, end: span.end };
    }
    const key = targetKey(agreement, target);
    let plan = this.targets.get(key);
    if (!plan) {
      const scope = targetScope(agreement.scope, target.where, source.dimensions);
      const filter = compileRowFilter(scope, source.dimensions);
      plan = { source: name, scope, filter, seriesKey: seriesKey(agreement.service, filter ? scope : null) };
      if (source.type === "tickets" && TICKET_METRICS.includes(target.metric)) {
        const tally = new TicketTally({
          service: agreement.service,
          priority: target.priority,
          clock: target.metric === "response-time" ? "response" : "resolution",
          limit: clockLimit(target),
          calendar: this.calendar(target.calendar, agreementZone(this.model, agreement)),
          filter,
          asOf: this.options.asOf
        });
        entry.tickets.push(tally);
        plan.tally = tally;
      } else if (source.type === "surveys" && target.score !== void 0) {
        const tally = new SatisfactionTally(agreement.service, target.score, filter);
        entry.surveys.push(tally);
        plan.tally = tally;
      } else if (source.type === "metrics") {
        const tally = new RatioTally(agreement.service, [target.metric, target.name], filter);
        entry.ratios.push(tally);
        plan.tally = tally;
      } else if (source.type === "checks" && filter && scope) {
        entry.series.set(plan.seriesKey, { key: plan.seriesKey, service: agreement.service, filter });
      }
      this.targets.set(key, plan);
    }
    for (const span of spans) {
      if (plan.tally instanceof TicketTally)
        plan.tally.addSpan(span);
      else if (plan.tally)
        plan.tally.addSpan(span, this.open(target.calendar, span));
    }
    if (target.metric === "freshness" && source.type === "events" && target.threshold !== void 0) {
      const fkey = freshnessKey(plan.seriesKey, target.threshold);
      if (!entry.freshness.has(fkey))
        entry.freshness.set(fkey, {
          key: fkey,
          service: agreement.service,
          filter: plan.filter,
          thresholdMs: target.threshold
        });
    }
    if (target.metric === "threshold" && target.compare && (source.type === "checks" || source.type === "metrics")) {
      if (!plan.threshold) {
        plan.threshold = {
          service: agreement.service,
          filter: plan.filter,
          compare: target.compare,
          dimension: source.dimensions.indexOf(target.compare.field),
          spans: []
        };
        entry.thresholds.set(key, plan.threshold);
      }
      const spansOf = plan.threshold.spans;
      for (const span of spans)
        if (!spansOf.some((s) => s.start === span.start && s.end === span.end))
          spansOf.push({
            start: span.start,
            end: span.end,
            open: this.open(target.calendar, span),
            good: 0,
            total: 0
          });
    }
    if (target.metric === "latency" && source.type === "checks") {
      const demand = this.latencyDemand(name, agreement, target, plan);
      for (const span of spans) {
        if (!demand.spans.some((s) => s.start === span.start && s.end === span.end)) {
          demand.spans.push({
            start: span.start,
            end: span.end,
            open: this.open(target.calendar, span),
            good: 0,
            total: 0
          });
        }
      }
    }
  }
  /** Registers the spans a workload limit's demand is counted over (SPEC §15). */
  planWorkload(agreement, limit, spans) {
    const found = sourceForWorkload(this.model, agreement, limit);
    if (!found.source)
      return;
    const entry = this.sourcePlan(found.source);
    entry.services.add(agreement.service);
    const key = workloadKey(agreement, limit);
    let tally = this.workloads.get(key);
    if (!tally) {
      const scope = targetScope(agreement.scope, {}, found.source.dimensions);
      tally = new WorkloadTally({
        service: agreement.service,
        measure: limit.measure,
        ...limit.priority === void 0 ? {} : { priority: limit.priority },
        ...limit.metric === void 0 ? {} : { metric: limit.metric },
        filter: compileRowFilter(scope, found.source.dimensions)
      });
      entry.workloads.push(tally);
      this.workloads.set(key, tally);
    }
    for (const span of spans)
      if (span.end > span.start)
        tally.addSpan(span);
  }
  /** A workload limit's demand in a span planned with `planWorkload`. */
  workload(agreement, limit, span) {
    const found = sourceForWorkload(this.model, agreement, limit);
    if (!found.source)
      return { actual: null, source: null, problem: found.problem };
    const name = found.source.metadata.name;
    const actual = this.data.has(name) ? this.workloads.get(workloadKey(agreement, limit))?.actual(span) : void 0;
    return { actual: actual ?? null, source: name, problem: null };
  }
  sourcePlan(source) {
    const name = source.metadata.name;
    let entry = this.needed.get(name);
    if (!entry) {
      entry = {
        source,
        services: /* @__PURE__ */ new Set(),
        horizon: null,
        series: /* @__PURE__ */ new Map(),
        freshness: /* @__PURE__ */ new Map(),
        thresholds: /* @__PURE__ */ new Map(),
        tickets: [],
        ratios: [],
        surveys: [],
        workloads: [],
        measured: []
      };
      this.needed.set(name, entry);
    }
    return entry;
  }
  async load() {
    const names = [...this.needed.keys()].sort();
    for (const name of names) {
      const plan = this.needed.get(name);
      const { source, services } = plan;
      const files = await resolveSourceFiles(source, this.options.root, this.options.cwd, this.options.dataOverrides.get(name));
      const latency = [...this.latency.entries()].filter(([k]) => k.startsWith(`${name}|`)).map(([, d]) => d);
      const progress = this.options.progress?.(name);
      const tickets = byService(plan.tickets, (t) => t.service);
      const ratios = byService(plan.ratios, (t) => t.service);
      const workloads = byService(plan.workloads, (t) => t.service);
      const surveys = byService(plan.surveys, (t) => t.service);
      const read = source.engine === "duckdb" ? async (s, f, d) => (await import("./read-on-duckdb-IWKJR7DP.js")).readOnDuckdb(this.model, s, f, plan.measured, d) : READERS[source.type];
      const data = await read(source, files, {
        services,
        latency,
        series: [...plan.series.values()],
        freshness: [...plan.freshness.values()],
        thresholds: [...plan.thresholds.values()],
        horizon: plan.horizon,
        sink: {
          ticket: (r) => {
            for (const t of tickets.get(r.service) ?? [])
              t.add(r);
            for (const w of workloads.get(r.service) ?? [])
              w.ticket(r);
          },
          metric: (r) => {
            for (const t of ratios.get(r.service) ?? [])
              t.add(r);
            for (const w of workloads.get(r.service) ?? [])
              w.metric(r);
          },
          survey: (r) => {
            for (const t of surveys.get(r.service) ?? [])
              t.add(r);
          },
          restart: () => {
            for (const t of plan.tickets)
              t.reset();
            for (const t of plan.surveys)
              t.reset();
            for (const w of plan.workloads)
              w.reset();
          }
        },
        progress
      });
      const asOf = this.options.asOf ?? data.latest;
      if (asOf !== null)
        for (const t of plan.tickets)
          t.finish(asOf);
      this.data.set(name, data);
    }
  }
  sourceData(name) {
    return this.data.get(name);
  }
  loadedSources() {
    return [...this.data.values()];
  }
  measure(agreement, target, span) {
    const found = sourceForTarget(this.model, agreement, target);
    const unit = TIME_METRICS.includes(target.metric) ? "time" : "count";
    if (!found.source)
      return { ...emptyMeasurement(unit), source: null, problem: found.problem, asOf: null };
    const name = found.source.metadata.name;
    const data = this.data.get(name);
    const asOf = this.options.asOf ?? data?.latest ?? null;
    const base = { source: name, problem: null, asOf };
    const measurer = data && measurerFor(target.metric, data.type);
    if (!data || !measurer || span.end <= span.start)
      return { ...emptyMeasurement(unit), ...base };
    const plan = this.targets.get(targetKey(agreement, target));
    if (!plan)
      throw new Error(`${agreement.metadata.name}/${target.name} was measured without being planned`);
    const at = asOf ?? span.end;
    const measured = measurer({
      data,
      agreement,
      target,
      span,
      open: this.open(target.calendar, span),
      calendar: this.calendar(target.calendar, agreementZone(this.model, agreement)),
      asOf: at,
      outagesAsOf: this.options.asOf ?? this.options.now ?? at,
      latency: () => this.latency.get(this.latencyKey(name, target, plan))?.spans.find((s) => s.start === span.start && s.end === span.end),
      tally: () => {
        const m = plan.tally?.measurement(span);
        if (!m)
          throw new Error(`${agreement.metadata.name}/${target.name}: span ${span.start}\u2013${span.end} was not planned`);
        return m;
      },
      filter: plan.filter,
      seriesKey: plan.seriesKey,
      freshnessKey: target.threshold === void 0 ? plan.seriesKey : freshnessKey(plan.seriesKey, target.threshold),
      threshold: () => plan.threshold?.spans.find((s) => s.start === span.start && s.end === span.end),
      composition: this.composition(target)
    });
    return { ...measured, ...base };
  }
  /** Whose outages count as a target's downtime: with `components: true`, the whole `dependsOn` graph. */
  composition(target) {
    if (!(target.metric === "availability" && target.components))
      return OWN_OUTAGES_ONLY;
    return (service) => this.model.services.get(service)?.dependsOn ?? [];
  }
  latencyKey(source, target, plan) {
    return `${source}|${plan.seriesKey}|${target.threshold}|${target.calendar}`;
  }
  latencyDemand(source, agreement, target, plan) {
    const key = this.latencyKey(source, target, plan);
    let demand = this.latency.get(key);
    if (!demand) {
      demand = { service: agreement.service, filter: plan.filter, thresholdMs: target.threshold, spans: [] };
      this.latency.set(key, demand);
    }
    return demand;
  }
};
function workloadKey(agreement, limit) {
  return `${agreement.kind}/${agreement.metadata.name}/workload/${limit.name}`;
}
function freshnessKey(seriesKey2, thresholdMs) {
  return `${seriesKey2}|${thresholdMs}`;
}
function targetKey(agreement, target) {
  return `${agreement.kind}/${agreement.metadata.name}/${target.name}`;
}
function byService(items, service) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items)
    map.set(service(item), [...map.get(service(item)) ?? [], item]);
  return map;
}

// dist/model/select-agreements.js
function selectAgreements(model, period, filter) {
  const kinds = filter.kind === "all" ? ["SLA", "OLA", "UC"] : [filter.kind.toUpperCase()];
  let chosen = model.agreements.filter((a) => kinds.includes(a.kind));
  if (filter.sla !== void 0) {
    chosen = chosen.filter((a) => a.metadata.name === filter.sla);
    if (chosen.length === 0) {
      const other = model.agreements.find((a) => a.metadata.name === filter.sla);
      throw new UsageError(other ? `${filter.sla} is an ${other.kind}; add --kind ${other.kind.toLowerCase()} or --kind all` : `no agreement named ${filter.sla}`);
    }
  }
  if (filter.customer !== void 0)
    chosen = chosen.filter((a) => a.customer === filter.customer);
  return chosen.filter((a) => a.term.start.day < period.endDay && (a.term.end === void 0 || a.term.end.day >= period.startDay)).sort((a, b) => a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.metadata.name < b.metadata.name ? -1 : 1);
}

// dist/verdict/credit-total.js
function creditDirection(kind) {
  return kind === "SLA" ? "payable" : kind === "UC" ? "claimable" : null;
}
function creditStatus(w) {
  if (w.creditPpb === 0)
    return "none";
  return w.provisional ? "accruing" : "due";
}
function targetCredit(windows) {
  const status = windows.some((w) => creditStatus(w) === "due") ? "due" : windows.some((w) => creditStatus(w) === "accruing") ? "accruing" : "none";
  const counted2 = status === "none" ? [] : windows.filter((w) => creditStatus(w) === status);
  return {
    status,
    ppb: counted2.reduce((max, w) => Math.max(max, w.creditPpb), 0),
    cents: counted2.reduce((sum, w) => sum + (w.creditCents ?? 0), 0)
  };
}
function totalCredits(credits, terms, periodMonths, anyTiers) {
  const direction = creditDirection(terms.kind);
  const currency = terms.fee?.currency ?? null;
  if (!anyTiers || direction === null)
    return {
      percent: null,
      amount: null,
      currency,
      capped: false,
      accruing: null,
      direction,
      dueWindows: []
    };
  const due = capByWindow(credits.filter((w) => creditStatus(w) === "due"), terms.creditCap);
  const accruing = capByWindow(credits.filter((w) => creditStatus(w) === "accruing"), terms.creditCap);
  if (!terms.fee) {
    const share = due.windows.reduce((sum, w) => sum + w.ppb * w.months, 0);
    return {
      percent: share * periodMonths.den / (PPB * periodMonths.num),
      amount: null,
      currency: null,
      capped: due.capped,
      accruing: null,
      direction,
      dueWindows: due.windows.map((w) => ({ label: w.label, cents: null }))
    };
  }
  const periodFee = feeCentsForMonths(terms.fee, periodMonths);
  return {
    percent: periodFee > 0 ? due.cents / periodFee : 0,
    amount: due.cents / 100,
    currency,
    capped: due.capped,
    accruing: accruing.cents / 100,
    direction,
    dueWindows: due.windows.map((w) => ({ label: w.label, cents: w.cents }))
  };
}
function capByWindow(credits, cap) {
  const byLabel = /* @__PURE__ */ new Map();
  for (const w of credits) {
    const entry = byLabel.get(w.label) ?? { months: w.months, feeCents: w.feeCents, ppb: 0, cents: 0 };
    entry.ppb += w.creditPpb;
    entry.cents += w.creditCents ?? 0;
    byLabel.set(w.label, entry);
  }
  let capped = false;
  let cents = 0;
  const windows = [];
  for (const [label, w] of byLabel) {
    if (w.ppb > cap.ppb)
      capped = true;
    const capCents = w.feeCents === null ? 0 : percentOfCents(cap, w.feeCents);
    const windowCents = w.feeCents === null ? 0 : Math.min(w.cents, capCents);
    cents += windowCents;
    windows.push({ label, months: w.months, ppb: Math.min(w.ppb, cap.ppb), cents: windowCents });
  }
  return { windows, cents, capped };
}

// dist/verdict/assessment.js
function assess(m, objective, severityTiers, credits) {
  if (m.total === 0) {
    return {
      status: "no-data",
      value: null,
      margin: null,
      severity: null,
      budgetAllowed: null,
      budgetConsumed: null,
      credit: null
    };
  }
  const bad = m.total - m.good;
  const allowed = (PPB - objective.ppb) * m.total / PPB;
  const consumed = allowed > 0 ? bad / allowed : bad === 0 ? 0 : null;
  const met = ratioMeets(m.good, m.total, objective);
  const value = m.good / m.total;
  let credit = null;
  for (const tier of credits) {
    if (ratioBelow(m.good, m.total, tier.below) && (credit === null || tier.below.ppb < credit.below.ppb))
      credit = tier;
  }
  return {
    status: met ? "met" : "breached",
    value,
    margin: value - objective.fraction,
    severity: met ? null : severityOf(bad, m.total, objective, severityTiers),
    budgetAllowed: allowed,
    budgetConsumed: consumed,
    credit
  };
}
function excuse(a) {
  return a.status === "no-data" ? a : { ...a, status: "excused", severity: null, credit: null };
}
function severityOf(bad, total, objective, tiers) {
  const lhs = BigInt(bad) * BigInt(PPB) * BigInt(PPB);
  const budget = BigInt(PPB - objective.ppb) * BigInt(total);
  if (lhs <= BigInt(tiers.minor.ppb) * budget)
    return "minor";
  if (lhs <= BigInt(tiers.major.ppb) * budget)
    return "major";
  return "critical";
}

// dist/time/workload-windows.js
function reportWorkloadWindows(period, per, zone) {
  return assessmentWindows(period, per).map((w) => ({
    label: w.label,
    start: dayStartInstant(w.startDay, zone),
    end: dayStartInstant(w.endDay, zone),
    provisional: w.provisional
  }));
}
function workloadWindowsWithin(startDay, endDay, per, zone) {
  const windows = [];
  let day = startDay;
  while (day < endDay) {
    const w = windowContaining(day, per);
    const end = Math.min(w.endDay, endDay);
    windows.push({
      label: w.label,
      start: dayStartInstant(w.startDay, zone),
      end: dayStartInstant(end, zone),
      provisional: w.endDay > endDay
    });
    day = w.endDay;
  }
  return windows;
}

export {
  sourceForWorkload,
  clockLimit,
  ticketClock,
  clockVerdict,
  MeasurementEngine,
  selectAgreements,
  creditDirection,
  creditStatus,
  targetCredit,
  totalCredits,
  assess,
  excuse,
  reportWorkloadWindows,
  workloadWindowsWithin
};
