import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/text/breach-facts.js
function describeBreachFact(fact, text, zone) {
  const { t } = text;
  const at = (instant) => text.localTime(Date.parse(instant), zone);
  const what = (cause) => cause ?? t("cause.outage.unnamed");
  const ref = (id) => id === null ? "" : t("cause.ref", { id });
  switch (fact.kind) {
    case "window":
      return t("cause.window", {
        window: fact.window,
        value: text.percent(fact.value),
        objective: text.percent(fact.objective, 7),
        severity: t(`severity.${fact.severity}.lower`)
      });
    case "outage":
      return t("cause.outage", {
        what: what(fact.cause),
        start: at(fact.start),
        own: fact.own > 0 ? text.clock(fact.own) : t("cause.outage.noOwn"),
        ref: ref(fact.id)
      });
    case "overlap":
      return t("cause.overlap", { outages: text.list(fact.outages), duration: text.clock(fact.duration) });
    case "recovery":
      return t("cause.outage", {
        what: what(fact.cause),
        start: at(fact.start),
        own: text.clock(fact.duration),
        ref: ref(fact.id)
      });
    case "ticket":
      return t("cause.ticket", {
        id: fact.id,
        priority: fact.priority === null ? "" : t("cause.priority", { priority: fact.priority }),
        clock: `${fact.capped ? "\u2265 " : ""}${text.clock(fact.clock)}`,
        threshold: text.clock(fact.threshold),
        businessDays: fact.thresholdText === null ? "" : t("cause.businessDays", { text: fact.thresholdText })
      }) + supportingClause(fact.supporting ?? [], text);
  }
}
function supportingClause(clocks, text) {
  if (clocks.length === 0)
    return "";
  const breached = clocks.filter((c) => c.status === "breached");
  if (breached.length === 0)
    return text.t("cause.supportingMet");
  return text.t("cause.supportingBreached", {
    clocks: text.list(breached.map((c) => text.t("cause.supportingClock", {
      ref: c.ref,
      clock: text.clock(c.clock),
      threshold: text.clock(c.threshold)
    })))
  });
}

// dist/text/reader-texts.js
var or = (list, text) => list.split(" or ").join(text.t("format.or"));
var FORMS = [
  // Skipped rows (SkippedRows.reason).
  {
    pattern: /^missing (\w+) or (\w+)$/,
    key: "reader.missingEither",
    params: (m) => ({ a: m[1], b: m[2] })
  },
  { pattern: /^missing (\w+)$/, key: "reader.missing", params: (m) => ({ field: m[1] }) },
  { pattern: /^unreadable (\w+)$/, key: "reader.unreadable", params: (m) => ({ field: m[1] }) },
  {
    pattern: /^(\w+) is a local time inside a DST gap$/,
    key: "reader.dstGap",
    params: (m) => ({ field: m[1] })
  },
  { pattern: /^local time inside a DST gap$/, key: "reader.dstGapAny" },
  { pattern: /^(\w+) before (\w+)$/, key: "reader.before", params: (m) => ({ a: m[1], b: m[2] }) },
  { pattern: /^good greater than total$/, key: "reader.goodAboveTotal" },
  { pattern: /^good or total is not a whole number$/, key: "reader.notWholeNumbers" },
  {
    pattern: /^(\w+) is not a number of (milliseconds|seconds|minutes|hours)$/,
    key: "reader.notNumberOf",
    params: (m) => ({ field: m[1], unit: m[2] })
  },
  {
    pattern: /^row shorter than column (\d+)$/,
    key: "reader.rowShort",
    params: (m) => ({ column: m[1] })
  },
  { pattern: /^planned is not true\/false$/, key: "reader.plannedNotBoolean" },
  { pattern: /^status is not up or down$/, key: "reader.statusNotUpDown" },
  { pattern: /^malformed quoting$/, key: "reader.malformedQuoting" },
  { pattern: /^ragged row \(field count differs from the header\)$/, key: "reader.raggedRow" },
  // Notes of the readers (SourceData.notes).
  {
    pattern: /^(\S+): samples of (.+) are not in time order; they were sorted \(a sorted export reads in constant memory\)$/,
    key: "reader.unsortedSamples",
    params: (m) => ({ source: m[1], services: m[2] })
  },
  {
    pattern: /^(\S+): priority values not in its `values` map, so no priority target counts those tickets: (.+)$/,
    key: "reader.unmappedPriorities",
    params: (m) => ({ source: m[1], values: m[2] })
  },
  {
    pattern: /^(\S+): states\.(paused|stopped) names ("(?:[^"\\]|\\.)*"), which occurs in no row of its files, so it (?:pauses|stops) nothing \(states found: (.*)\)$/,
    key: "reader.stateNeverOccurs",
    params: (m) => ({ source: m[1], kind: m[2], state: m[3], found: m[4] })
  },
  {
    pattern: /^(\S+): the event log is not sorted by ticket id, so it was read twice, holding the (\d+) ticket ids in memory \(sort it by id to read it once in constant memory\)$/,
    key: "reader.unsortedEvents",
    params: (m) => ({ source: m[1], ids: m[2] })
  },
  {
    pattern: /^(\S+): aggregated by embedded DuckDB \(engine: duckdb\)$/,
    key: "reader.aggregatedByDuckdb",
    params: (m) => ({ source: m[1] })
  },
  // Why a target has no DataSource (sources/source-for-target.ts).
  {
    pattern: /^DataSource (\S+) does not exist$/,
    key: "reader.noSuchSource",
    params: (m) => ({ source: m[1] })
  },
  {
    pattern: /^DataSource (\S+) is of type (\S+); (\S+) needs (.+)$/,
    key: "reader.wrongSourceType",
    params: (m, text) => ({ source: m[1], type: m[2], metric: m[3], types: or(m[4], text) })
  },
  {
    pattern: /^no DataSource of type (.+?) to measure (\S+)$/,
    key: "reader.noSourceOfType",
    params: (m, text) => ({ types: or(m[1], text), metric: m[2] })
  },
  {
    pattern: /^no DataSource of type (.+?) measures (\S+) for service (\S+): (.+)$/,
    key: "reader.noSourceForService",
    params: (m, text) => ({
      types: or(m[1], text),
      metric: m[2],
      service: m[3],
      why: m[4].split("; ").map((part) => rewordReaderText(part, text)).join(text.t("format.clauseSeparator"))
    })
  },
  {
    pattern: /^(\S+) maps no (\w+) column$/,
    key: "reader.noFieldColumn",
    params: (m) => ({ source: m[1], field: m[2] })
  },
  {
    pattern: /^(\S+) covers only service (\S+)$/,
    key: "reader.otherService",
    params: (m) => ({ source: m[1], service: m[2] })
  },
  {
    pattern: /^several DataSources could measure (\S+) \((.+)\); name one with `source`$/,
    key: "reader.severalSources",
    params: (m) => ({ metric: m[1], sources: m[2] })
  }
];
function rewordReaderText(english, text) {
  const form = readerTextForm(english);
  if (!form)
    return english;
  return text.t(form.key, form.params?.(form.match, text) ?? {});
}
function readerTextForm(english) {
  for (const form of FORMS) {
    const match = form.pattern.exec(english);
    if (match)
      return { ...form, match };
  }
  return void 0;
}
var READER_TEXT_KEYS = FORMS.map((f) => f.key);

// dist/text/note-facts.js
function describeNoteFact(fact, text) {
  const { t } = text;
  switch (fact.kind) {
    case "text":
      return rewordReaderText(fact.text, text);
    case "stale-source":
      return t("note.staleSource", {
        source: fact.source,
        newest: text.date(`${fact.newest}T00:00:00Z`, "UTC", "date")
      });
    case "replaced-rows":
      return t("note.replacedRows", { source: fact.source, rows: fact.rows });
    case "unmeasured":
      return t("note.unmeasured", { target: fact.target, problem: rewordReaderText(fact.problem, text) });
    case "open-outages":
      return t("note.openOutages", { target: fact.target, outages: fact.outages });
    case "window-running":
      return t("note.windowRunning", {
        target: fact.target,
        window: t(`note.window.${fact.window}`),
        label: fact.label
      });
    case "holiday-gap":
      return t("note.holidayGap", {
        calendar: fact.calendar,
        source: fact.source,
        years: fact.years.join(", "),
        count: fact.years.length
      });
  }
}

// dist/text/summary-sentence.js
function summarySentence(s, text) {
  const { t } = text;
  const parts = [t("summary.met", { met: s.met, targets: s.targets })];
  const breached = s.breaches.minor + s.breaches.major + s.breaches.critical;
  if (breached === 0)
    parts.push(t("summary.noBreaches"));
  else {
    const serious = ["critical", "major"].filter((k) => s.breaches[k] > 0).map((k) => t("summary.severityCount", { count: s.breaches[k], severity: t(`severity.${k}.lower`) }));
    const count = t("summary.breaches", { count: breached });
    parts.push(serious.length > 0 ? t("summary.breachesSerious", { breaches: count, serious: serious.join(t("format.listSeparator")) }) : count);
  }
  if (s.noData > 0)
    parts.push(t("summary.noData", { count: s.noData }));
  if (s.excused)
    parts.push(t("summary.excused", { count: s.excused }));
  if (s.provisional)
    parts.push(t("summary.running", { count: s.provisional }));
  if (s.credit !== null)
    parts.push(t("summary.credit", { amount: text.currency(s.credit.amount, s.credit.currency) }));
  return parts.join(t("format.clauseSeparator"));
}
function summaryFactsOf(model) {
  const { amount, currency } = model.credits;
  return {
    targets: model.summary.targets,
    met: model.summary.met,
    noData: model.summary.noData,
    excused: model.summary.excused ?? 0,
    provisional: model.summary.provisional ?? 0,
    breaches: model.summary.breaches,
    credit: amount !== null && amount > 0 && currency ? { amount, currency } : null
  };
}

export {
  describeBreachFact,
  rewordReaderText,
  describeNoteFact,
  summarySentence,
  summaryFactsOf
};
