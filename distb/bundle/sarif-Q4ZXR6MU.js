import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  Fingerprints
} from "./chunk-LYZGHWH2.js";
import {
  DIAGNOSTIC_CODES
} from "./chunk-SGPNXJH6.js";
import {
  HOMEPAGE,
  docsUrl
} from "./chunk-J6GEGBRI.js";
import "./chunk-ITEXS6TC.js";
import {
  fullMessage
} from "./chunk-HHI7S6FG.js";
import "./chunk-DVVF2DU7.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/core/diagnostic-help.js
var DIAGNOSTIC_HELP = {
  "file/too-large": "Agreement files are small; a file this size is usually an export or a log matched by `include`. Move it out of the repository's `include` globs or add it to `exclude` in slm.config.yaml.",
  "file/binary": "The file matched `include` but is not text. Add it to `exclude` in slm.config.yaml, or rename it so it does not end in .yaml/.yml.",
  "file/encoding": "Save the file as UTF-8 (every YAML 1.2 parser reads UTF-8; slm reads nothing else).",
  "file/empty": "Delete the file, or add the documents it was meant to hold.",
  "yaml/syntax": "Fix the YAML at the position shown; quoting values that contain `: `, `#`, `{` or `[` usually does it.",
  "yaml/duplicate-key": "Remove one of the two keys: YAML parsers differ on which one wins.",
  "yaml/alias-limit": "Write the repeated values out instead of expanding an alias many times; slm stops at 100 expansions to guard against alias bombs.",
  "yaml/warning": "Follow the parser's advice; the document was read, but perhaps not as intended.",
  "document/empty": "Remove the stray `---` marker, or fill in the document.",
  "document/not-a-mapping": "An slm document is a mapping with `apiVersion`, `kind`, `metadata` and `spec`. Files that hold other YAML belong in `exclude` of slm.config.yaml.",
  "schema/unknown-api-version": "Set `apiVersion: slm/v1`. Files of other tools (OpenSLO, Kubernetes) belong in `exclude` of slm.config.yaml.",
  "schema/unknown-kind": "Use one of the kinds: Service, Calendar, Party, SLA, OLA, UC, DataSource, Improvement, Template.",
  "template/unknown": "Name a Template that exists (the message suggests the closest), or add the Template document; `slm schema Template` shows its fields.",
  "template/cycle": "Break the cycle: a template cannot extend itself, directly or through other templates.",
  "template/not-applicable": "Extend a template meant for this kind, or add the kind to the template's `applies` (default SLA, OLA, UC).",
  "template/unknown-target": "Spell the name of an inherited target (`slm show KIND/NAME` lists them), or give the new target at least its metric and objective.",
  "schema/required": "Add the property named in the message; docs/schemas.md and `slm schema KIND` list them.",
  "schema/unknown-property": "Check the spelling (the message suggests the closest known property) or remove the property.",
  "schema/type": "Give the value the type the message names (quote it to make it a string).",
  "schema/enum": "Use one of the values the message lists.",
  "schema/invalid-value": "Write the value in slm's syntax: percentages `99.9%`, durations `15m`/`PT15M`, intervals `1y`/`6mo`, dates `YYYY-MM-DD` that exist, times `HH:MM`, IANA time zones, names of lowercase letters, digits and dashes.",
  "schema/constraint": "Change the value to meet the constraint the message names (length, range or uniqueness).",
  "name/duplicate": "Rename one of the two documents: names are unique per kind.",
  "target/duplicate-name": "Rename one of the two targets: target names are unique within an agreement.",
  "ref/unknown-service": "Add the Service to the catalogue or correct the name (the message suggests the closest one).",
  "ref/unknown-calendar": "Add a Calendar document with this name or correct the name; `24x7` is built in and needs no document.",
  "ref/unknown-party": "Add a Party document with this name, or correct the name. Party documents are optional until the first one exists.",
  "ref/unknown-data-source": "Add the DataSource or correct the name in `source`.",
  "ref/unknown-target": "Write `supports` entries as `<sla-name>/<target-name>` of an existing SLA target; the message lists the SLA's targets.",
  "ref/data-source-type": "Point `source` at a DataSource whose type can measure the metric (the message names the types that can), or change the metric.",
  "target/threshold-kind": "Write a satisfaction threshold as the lowest score that counts as satisfied (threshold: 4), and a clock or latency threshold as a duration (4h, 500ms).",
  "ref/unknown-workload": "Name one of the agreement's `spec.workload` entries in the target's `workload` (the message suggests the closest name), or add the limit.",
  "workload/duplicate-name": "Give each workload limit of the agreement its own name: targets refer to it by name.",
  "workload/no-source": "Add a DataSource of the type the measure counts (tickets \u2192 tickets, requests \u2192 metrics) for the agreement's service, or name one in the limit's `source`.",
  "workload/invalid-setting": "`priority` narrows a tickets workload and `metric` a requests workload; remove the one that does not apply.",
  "graph/cycle": "Break the cycle: a service cannot depend on itself, directly or through others.",
  "ref/unknown-agreement": "Name an SLA, OLA or UC of the repository in `agreement` (the message suggests the closest name).",
  "ref/ambiguous-agreement": "Agreements of several kinds share this name: write the kind in front of it, for example `UC/fibrenet-internet`.",
  "ref/unknown-improvement-target": "List target names of the agreement in `targets`, or leave `targets` out when the Improvement addresses all of them.",
  "improvement/date-before-raised": "An action cannot be due or done before the Improvement exists: correct `raised` or the action's dates.",
  "term/end-before-start": "Swap or correct the dates of `term`.",
  "term/effective-before-start": "Set `spec.effective` on or after `term.start` (or remove it: it defaults to `term.start`). A window before the term is not judged by this agreement at all.",
  "term/effective-after-end": "Set `spec.effective` inside the term, or extend `term.end` if these are the terms of a renewal; as written they judge no window of this term.",
  "term/ended": "Nothing to do if the agreement has simply expired; archive it or renew the term when it still applies.",
  "review/missing": "ISO/IEC 20000-1 asks for planned reviews: add `review: { every: 1y, last: YYYY-MM-DD }` to the SLA.",
  "review/overdue": "Hold the review, then set `review.last` to its date.",
  "target/objective-range": "An objective is above 0% and at most 100%; correct it.",
  "target/threshold-missing": "Add a `threshold` (e.g. `15m` for a response clock, `500ms` for latency): time and latency targets judge each item against it.",
  "target/threshold-unexpected": "Remove `threshold`: this metric is a share of service time or of good events and takes none.",
  "target/priority-not-applicable": "Remove `priority`: only ticket metrics (response-time, resolution-time) filter by it.",
  "target/components-not-applicable": "Remove `components`: only availability composes the components' downtime (SPEC \xA717).",
  "target/components-source": "Measure the target from an outages DataSource that records the components' outages too (`source: NAME`), or remove `components: true`.",
  "target/supports-on-sla": "Move the link to the OLA or UC target that underpins this SLA target (`supports: [<sla>/<target>]` there).",
  "credits/not-decreasing": "Order the credit tiers from the highest `below` to the lowest, each strictly below the one before.",
  "severity/order": "Make `severity.minor` at most `severity.major`.",
  "calendar/empty-hours": "Make `from` earlier than `to`; a window across midnight is two windows (`18:00`\u2013`24:00` and `00:00`\u2013`08:00` the next day).",
  "calendar/overlapping-hours": "Merge the two windows or move one so they do not overlap on that day.",
  "datasource/missing-column": "Map the fields the message names in `columns` (CSV header names), or set a single-service export's `service` at spec level.",
  "datasource/unknown-field": "Remove the column mapping if this type of source never reads that field; a misspelt field is read as a dimension, so correct it to the field the message suggests.",
  "datasource/invalid-setting": "Correct the setting the message names: docs/exports.md lists the encodings, delimiters, timestamp patterns, duration units and presets slm reads.",
  "datasource/stopped-unused": "Remove `states.stopped`, or stop mapping `resolved` to take each stop from the start of the ticket's last run of stopped states (SPEC \xA723).",
  "datasource/warehouse": "Correct the setting the message names: docs/warehouse.md shows a complete warehouse block (metrics type, header names in columns, ISO or epoch timestamps, one good expression).",
  "datasource/preset-timezone": "Set `timezone` on the DataSource to the zone the exporting account writes local times in; without it they are read as UTC.",
  "datasource/missing-field": "Map the field the target needs in the DataSource's `columns`, or point the target at a source that has it (`source:`).",
  "ref/unknown-dimension": "Use a dimension the DataSource maps in `columns` (the message lists them), or map the column the `where` key names.",
  "scope/shared-service": "Give each customer's SLA a `scope` (e.g. `scope: { customer: acme }`) so it counts only its own tickets of the shared service.",
  "config/unknown-rule": "Use a code of docs/diagnostics.md (the message suggests the closest one), or remove the entry.",
  "config/rule-locked": "Fix the finding instead: an error means the repository cannot be measured as written. Only warnings and infos can be changed or turned off.",
  "suppression/unknown-rule": "Use a code of docs/diagnostics.md (the message suggests the closest one): `# slm-disable-next-line review/missing`.",
  "suppression/rule-locked": "Fix the finding instead: errors cannot be suppressed, since every other command relies on them being absent.",
  "suppression/unused": "Remove the comment: the line below it has no finding of that code (any more).",
  "calendar/holiday-and-workday": "Keep the date in one list: a holiday closes the day, a working day opens it (a make-up day such as China's \u8C03\u4F11 belongs in `workdays`).",
  "calendar/workday-as-closed": "Set `workdayAs` to a weekday that has hours in this calendar (default mon), or give the working day its own hours: `{ date, from, to }`.",
  "calendar/holidays-from": "Use an ISO 3166-1 country code the library knows and, outside CN, one of its regions (the message lists them); see docs/calendars.md.",
  "calendar/holidays-from-year": "Add the year's holidays to `holidays` (and make-up days to `workdays`) yourself, or update slm when a newer holiday library covers it.",
  "timezone/utc-default": "Set `spec.timezone` on the agreement (e.g. `timezone: Europe/Berlin`), so periods and windows start at local midnight, not UTC midnight.",
  "target/threshold-business-days": "Business days (`2bd`) are for response, resolution and recovery clocks; give a latency or a freshness threshold as a duration (`500ms`, `15m`).",
  "target/freshness-source": "Add a DataSource of `type: events` (one row per backup run, load or checkpoint, with its timestamp and service) and name it in the target's `source`, or let it be the only events source.",
  "target/field-missing": "Name the numeric field each sample is compared with: `field: headroom`, mapped in the source's `columns` (docs/measurement.md).",
  "target/limit-missing": "Give the limit a sample must meet, with its unit: `limit: 20GB`, `limit: 80%`, `limit: 500ms`.",
  "target/limit-unexpected": "`field`, `op`, `limit` and `unit` belong to `metric: threshold`; other metrics take a `threshold` or nothing.",
  "target/field-unmapped": "Map the field in the DataSource's `columns` (`headroom: free_gb`), or measure from a source that maps it.",
  "target/unit-mismatch": "Make `unit` (the column's unit) measure what the limit measures: a size with a size (MB with 20GB), a duration with a duration (s with 15m).",
  "file/outside-repository": "Replace the symbolic link with the file itself, or add it to `exclude`: slm reads nothing outside the repository through a link.",
  "yaml/too-deep": "Flatten the document: slm documents nest a few levels deep; 64 levels is a sign of generated or hostile YAML."
};

// dist/formatters/validate/file-uri.js
function fileUri(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/%(2[46BC]|3[BD]|40)/g, (escaped) => String.fromCharCode(Number.parseInt(escaped.slice(1), 16)))).join("/");
}

// dist/formatters/validate/sarif.js
var LEVEL = { error: "error", warning: "warning", info: "note" };
var sarif = (result, ctx) => {
  const codes = Object.keys(DIAGNOSTIC_CODES);
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  const location = (file, line, column) => ({
    physicalLocation: {
      // %SRCROOT% is the checkout, the git work-tree root: slm's root may be a folder of it.
      artifactLocation: { uri: fileUri(`${ctx.workTreePrefix ?? ""}${file}`), uriBaseId: "%SRCROOT%" },
      region: { startLine: line, startColumn: column }
    }
  });
  const fingerprints = new Fingerprints();
  const toResult = (d) => ({
    ruleId: d.code,
    ...ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {},
    level: LEVEL[d.severity],
    message: { text: fullMessage(d) },
    locations: [location(d.file, d.line, d.column)],
    partialFingerprints: { primaryLocationLineHash: fingerprints.of(d) },
    ...d.pointer ? { properties: { pointer: d.pointer } } : {},
    ...d.related?.length ? {
      relatedLocations: d.related.map((r, id) => ({
        id,
        ...location(r.file, r.line, r.column),
        ...r.message ? { message: { text: r.message } } : {}
      }))
    } : {}
  });
  const helpUri = docsUrl("diagnostics.md", ctx.version);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "slm",
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: HOMEPAGE,
            rules: codes.map((code) => rule(code, helpUri))
          }
        },
        results: result.diagnostics.map(toResult)
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function rule(code, helpUri) {
  const { severity, title } = DIAGNOSTIC_CODES[code];
  const help = DIAGNOSTIC_HELP[code] ?? `See ${helpUri} for this rule.`;
  return {
    id: code,
    name: ruleName(code),
    shortDescription: { text: title },
    fullDescription: { text: `${title}. ${help}` },
    help: {
      text: help,
      markdown: `**${title}** (\`${code}\`, ${severity} by default)

${help}

All rules: [docs/diagnostics.md](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: [code.split("/")[0]] }
  };
}
function ruleName(code) {
  return code.split(/[/-]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
export {
  sarif
};
