import { describe, expect, it } from "vitest";
import { BASE, brief, sla, validateFiles } from "../helpers/validate-harness.js";

// SPEC §12 and issue 10 item 12: every DataSource setting `report` would refuse is a finding of
// `validate` first, at its line; and a target that needs a field its source lacks is an error.

const source = (spec: string, name = "desk") =>
  `apiVersion: slm/v1\nkind: DataSource\nmetadata: { name: ${name} }\nspec:\n${spec}`;

const TICKETS = `  type: tickets
  path: data.csv
  service: email
  columns: { id: id, priority: p, opened: o, resolved: r }
`;

const findings = (files: Record<string, string>) => brief(validateFiles({ ...BASE, ...files }));

describe("DataSource settings", () => {
  it("timestampFormat: date-fns tokens the reader cannot use, at their line", () => {
    expect(findings({ "ds.yaml": source(`${TICKETS}  timestampFormat: "YYYY-MM-DD HH:mm"\n`) })).toEqual([
      'schema/invalid-value 9:20 timestamp format "YYYY-MM-DD HH:mm": "YYYY" is the week-numbering year in date-fns patterns (it differs from the calendar year around New Year); write yyyy',
    ]);
    expect(findings({ "ds.yaml": source(`${TICKETS}  timestampFormat: nonsense\n`) })).toEqual([
      `schema/invalid-value 9:20 timestamp format "nonsense": "n" is not a date-fns pattern letter (quote literal text: 'T')`,
    ]);
    // A per-column format is checked the same way.
    const perColumn = TICKETS.replace(
      "resolved: r }",
      'resolved: { column: r, format: "dd.MM.yyyy HH:mm DD" } }',
    );
    expect(findings({ "ds.yaml": source(perColumn) })).toEqual([
      'schema/invalid-value 8:77 timestamp format "dd.MM.yyyy HH:mm DD": "DD" is the day of the year in date-fns patterns; write dd for the day of the month',
    ]);
  });

  it("delimiter, path and encoding the reader would refuse", () => {
    expect(
      findings({
        "ds.yaml": source(
          `${TICKETS.replace("path: data.csv", "path: ../../etc/passwd")}  delimiter: '"'\n  encoding: klingon\n`,
        ),
      }),
    ).toEqual([
      'schema/invalid-value 6:9 "../../etc/passwd" leads out of the repository; a path here stays inside it (relative, no "..")',
      'schema/invalid-value 9:14 delimiter "\\"" cannot be a quote or a line break',
      'schema/invalid-value 10:13 unknown encoding "klingon" (expected a WHATWG name such as utf-8, gb18030, gbk, big5, shift_jis, windows-1252, iso-8859-1, utf-16le or utf-16be)',
    ]);
  });

  it("an unknown locale, column forms that cannot be read, constants that clash", () => {
    const spec = `  type: tickets
  path: data.csv
  header: false
  locale: tlh
  constants: { service: email, priority: P1, opened: x }
  columns:
    id: number
    priority: 2
    opened: 3
    paused: { after: opened, column: 4, unit: s }
    resolved: { after: responded, column: 5, unit: m }
`;
    expect(findings({ "ds.yaml": source(spec) })).toEqual([
      'datasource/invalid-setting 8:11 locale "tlh" is not a date-fns locale (for example en, en-GB, de, fr, zh-CN)',
      'datasource/invalid-setting 9:46 "opened" is a timestamp of each row; it cannot be a constant',
      'datasource/invalid-setting 11:9 with header: false, columns are 1-based positions; "number" is a header name',
      'datasource/invalid-setting 12:5 "priority" is both mapped to a column and set as a constant; keep one',
      'datasource/invalid-setting 13:5 "opened" is both mapped to a column and set as a constant; keep one',
      'datasource/invalid-setting 14:13 "paused" cannot be a duration; a tickets source takes durations for responded, resolved',
      'datasource/invalid-setting 15:24 the duration of "resolved" counts from opened, not from "responded"',
    ]);
  });

  it("layout: events: the event-log preset is valid; state and updated are required; paused, dedupe and states are checked (SPEC §23)", () => {
    expect(
      findings({ "ds.yaml": source("  preset: servicenow-event-log\n  path: log.csv\n  service: email\n") }),
    ).toEqual([
      "datasource/preset-timezone 5:11 servicenow-event-log exports write local time in the exporting account's zone; set timezone (without it they are read as UTC)",
    ]);
    const events = `${TICKETS}  layout: events\n`;
    expect(findings({ "ds.yaml": source(events) })).toEqual([
      'datasource/missing-column 8:3 a tickets source with layout: events must map "state", "updated" in columns',
    ]);
    const full = events.replace("resolved: r }", "resolved: r, state: s, updated: u, paused: x }");
    expect(
      findings({
        "ds.yaml": source(`${full}  dedupe: last\n  states: { paused: [Hold], stopped: [Done] }\n`),
      }),
    ).toEqual([
      "datasource/invalid-setting 8:81 with layout: events, paused time comes from states.paused; an event log may not map a paused column",
      "datasource/invalid-setting 10:11 with layout: events, the rows of a ticket are its updates and are read together (SPEC §23); remove dedupe",
      "datasource/stopped-unused 11:38 states.stopped is not used: resolved is mapped, so the stop is resolved of each ticket's last row (SPEC §23); a ticket whose resolved is empty has no stop",
    ]);
    // One row per ticket: states and the event fields are read only with layout: events.
    const perTicket = TICKETS.replace("resolved: r }", "resolved: r, state: s }");
    expect(findings({ "ds.yaml": source(`${perTicket}  states: { paused: [Hold] }\n`) })).toEqual([
      'datasource/invalid-setting 8:59 "state" is read only with layout: events (one row per ticket update); set layout: events or remove it',
      "datasource/invalid-setting 9:3 states are read only with layout: events (one row per ticket update)",
    ]);
    expect(
      findings({
        "ds.yaml": source(
          "  type: outages\n  layout: events\n  path: o.csv\n  columns: { service: s, start: a, end: b }\n",
        ),
      }),
    ).toEqual([
      "datasource/invalid-setting 6:11 layout: events is a layout of tickets sources (one row per ticket update); a outages source has none",
    ]);
  });

  it("a preset gives type and columns; a type that does not fit the preset is an error", () => {
    expect(findings({ "ds.yaml": source("  preset: pagerduty-incidents\n  path: pd.csv\n") })).toEqual([]);
    expect(findings({ "ds.yaml": source("  preset: upptime\n  type: tickets\n  path: u.csv\n") })).toEqual([
      "datasource/invalid-setting 6:9 preset upptime reads a checks export; type tickets does not fit it",
    ]);
    // Without a preset, type and columns are required.
    expect(findings({ "ds.yaml": source("  path: u.csv\n") })).toEqual([
      'schema/required 5:3 missing required property "columns"',
      'schema/required 5:3 missing required property "type"',
    ]);
  });

  it("a source-level where on a field that is no dimension, and a dimension named like a field", () => {
    const spec = `${TICKETS.replace("resolved: r }", "resovled: r, site: s }")}  where: { region: emea }\n`;
    expect(findings({ "ds.yaml": source(spec) })).toEqual([
      'datasource/unknown-field 8:46 "resovled" is not a field of a tickets source, so it is read as a dimension; did you mean "resolved"? (did you mean "resolved"?)',
      'ref/unknown-dimension 9:12 where: "region" is not a dimension of this source (dimensions: resovled, site); map it in columns',
    ]);
  });
});

describe("datasource/missing-field (issue 9 item 6)", () => {
  const target = (t: string) => sla(`  targets:\n    - ${t}\n`);

  it("a response-time target on the only tickets source, which has no responded column", () => {
    const found = validateFiles({
      ...BASE,
      "ds.yaml": source(TICKETS),
      "sla.yaml": target(
        "{ name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 95% }",
      ),
    });
    expect(brief(found)).toEqual([
      'datasource/missing-field 11:7 response-time needs "responded", which DataSource desk does not map; map it in its columns (or measure from another source), or every ticket would count as not responded',
    ]);
    expect(found[0]!.related).toEqual([
      expect.objectContaining({ file: "ds.yaml", line: 8, message: "columns of desk" }),
    ]);
  });

  it("points at the target's source when it names one; resolution-time and latency alike", () => {
    const checks = source(
      "  type: checks\n  path: c.csv\n  service: email\n  columns: { timestamp: t, status: s }\n",
      "probes",
    );
    const found = findings({
      "ds.yaml": `${source(TICKETS.replace("resolved: r", "responded: r"))}---\n${checks}`,
      "sla.yaml": sla(`  targets:
    - { name: fix, metric: resolution-time, threshold: 4h, objective: 90%, source: desk }
    - { name: fast, metric: latency, threshold: 500ms, objective: 99% }
`),
    });
    expect(found).toEqual([
      'datasource/missing-field 11:84 resolution-time needs "resolved", which DataSource desk does not map; map it in its columns (or measure from another source), or every ticket would count as not resolved',
      'datasource/missing-field 12:7 latency needs "latency", which DataSource probes does not map; map it in its columns (or measure from another source), or every ticket would count as not measured',
    ]);
  });

  it("a preset that maps no responded column (ServiceNow incidents) points at the preset", () => {
    const found = findings({
      "ds.yaml": source("  preset: servicenow-incidents\n  path: inc.csv\n  timezone: UTC\n"),
      "sla.yaml": target(
        "{ name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 95% }",
      ),
    });
    expect(found).toEqual([
      expect.stringMatching(
        /^datasource\/missing-field 11:7 response-time needs "responded", which DataSource desk does not map/,
      ),
    ]);
  });
});
