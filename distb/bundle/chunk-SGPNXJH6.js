import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/diagnostic-codes.js
var DIAGNOSTIC_CODES = {
  "file/too-large": {
    severity: "error",
    title: "File exceeds the limits for agreement files (16 MiB, 100,000 values); it is not parsed"
  },
  "file/binary": { severity: "error", title: "File contains NUL bytes: binary content, not YAML" },
  "file/encoding": { severity: "error", title: "File is not valid UTF-8" },
  "file/empty": { severity: "warning", title: "File holds no YAML document at all" },
  "file/outside-repository": {
    severity: "error",
    title: "File is a symbolic link to a file outside the repository; it is not read"
  },
  "yaml/syntax": { severity: "error", title: "YAML syntax error" },
  "yaml/duplicate-key": { severity: "error", title: "A mapping repeats a key" },
  "yaml/alias-limit": { severity: "error", title: "Document expands too many aliases (alias bomb guard)" },
  "yaml/too-deep": {
    severity: "error",
    title: "Mappings and lists nest more than 64 levels deep (stack exhaustion guard)"
  },
  "yaml/warning": { severity: "warning", title: "YAML parser warning" },
  "document/empty": { severity: "warning", title: "Empty YAML document (for example a stray `---`)" },
  "document/not-a-mapping": { severity: "error", title: "Document is a list or a scalar, not a mapping" },
  "schema/unknown-api-version": { severity: "error", title: "apiVersion is missing or not slm/v1" },
  "schema/unknown-kind": { severity: "error", title: "kind is missing or not an slm kind" },
  "schema/required": { severity: "error", title: "A required property is missing" },
  "schema/unknown-property": {
    severity: "error",
    title: "A property the schema does not know (often a typo)"
  },
  "schema/type": { severity: "error", title: "A value has the wrong type" },
  "schema/enum": { severity: "error", title: "A value is not one of the allowed values" },
  "schema/invalid-value": {
    severity: "error",
    title: "A value does not parse (percentage, duration, interval, date, time of day, time zone, name)"
  },
  "schema/constraint": {
    severity: "error",
    title: "A value breaks another schema constraint (length, range, uniqueness)"
  },
  "name/duplicate": { severity: "error", title: "Two documents of the same kind share a name" },
  "target/duplicate-name": { severity: "error", title: "Two targets of one agreement share a name" },
  "ref/unknown-service": { severity: "error", title: "Reference to a Service that does not exist" },
  "ref/unknown-calendar": {
    severity: "error",
    title: "Reference to a Calendar that does not exist (24x7 is built in)"
  },
  "ref/unknown-party": { severity: "warning", title: "Reference to a Party that does not exist" },
  "ref/unknown-data-source": { severity: "error", title: "Reference to a DataSource that does not exist" },
  "ref/unknown-target": { severity: "error", title: "`supports` names an SLA target that does not exist" },
  "ref/unknown-agreement": {
    severity: "error",
    title: "An Improvement names an agreement (SLA, OLA or UC) that does not exist"
  },
  "ref/ambiguous-agreement": {
    severity: "error",
    title: "An Improvement names an agreement of several kinds without the KIND/ prefix"
  },
  "ref/unknown-improvement-target": {
    severity: "error",
    title: "An Improvement's `targets` names a target its agreement does not have"
  },
  "improvement/date-before-raised": {
    severity: "error",
    title: "An Improvement's action is due or done before the Improvement was raised"
  },
  "ref/data-source-type": {
    severity: "error",
    title: "A target's source has a type that cannot measure its metric"
  },
  "target/threshold-kind": {
    severity: "error",
    title: "A threshold of the wrong kind: satisfaction takes a score (a number), the other metrics a duration"
  },
  "ref/unknown-workload": {
    severity: "error",
    title: "A target's `workload` names a workload limit its agreement does not define"
  },
  "workload/duplicate-name": {
    severity: "error",
    title: "Two workload limits of an agreement share a name"
  },
  "workload/no-source": {
    severity: "error",
    title: "A workload limit has no source to count: requests need a metrics DataSource, tickets a tickets DataSource"
  },
  "workload/invalid-setting": {
    severity: "error",
    title: "A workload setting that does not apply to its measure (priority on requests, metric on tickets)"
  },
  "template/unknown": {
    severity: "error",
    title: "`extends` names a template that does not exist"
  },
  "template/cycle": { severity: "error", title: "Templates extend each other in a cycle" },
  "template/not-applicable": {
    severity: "error",
    title: "An agreement extends a template whose `applies` leaves out the agreement's kind"
  },
  "template/unknown-target": {
    severity: "error",
    title: "A target override or removal names no inherited target"
  },
  "graph/cycle": { severity: "error", title: "Service dependencies form a cycle" },
  "term/end-before-start": { severity: "error", title: "Agreement term ends before it starts" },
  "term/ended": { severity: "info", title: "Agreement term has ended" },
  "term/effective-before-start": {
    severity: "error",
    title: "spec.effective is before the term starts: terms cannot take effect before the agreement does"
  },
  "term/effective-after-end": {
    severity: "warning",
    title: "spec.effective is after the term ends: these terms are never in force"
  },
  "review/missing": { severity: "warning", title: "SLA without a planned review (ISO/IEC 20000-1)" },
  "review/overdue": { severity: "warning", title: "Agreement review is overdue" },
  "target/objective-range": { severity: "error", title: "Target objective is outside (0, 100]" },
  "target/threshold-missing": { severity: "error", title: "Time or latency target without a threshold" },
  "target/threshold-unexpected": { severity: "error", title: "Threshold on a metric that takes none" },
  "target/priority-not-applicable": {
    severity: "error",
    title: "priority on a metric not measured from tickets"
  },
  "target/components-not-applicable": {
    severity: "error",
    title: "components: true on a target that is not availability"
  },
  "target/components-source": {
    severity: "error",
    title: "components: true on an availability target whose source is not an outage log"
  },
  "target/supports-on-sla": {
    severity: "error",
    title: "supports on an SLA target (only OLA and UC targets underpin)"
  },
  "credits/not-decreasing": {
    severity: "error",
    title: "Credit tiers' `below` values are not strictly decreasing"
  },
  "severity/order": {
    severity: "error",
    title: "Breach severity tiers out of order (minor must not exceed major)"
  },
  "calendar/empty-hours": {
    severity: "error",
    title: "A service hours window, part-day holiday or working-day window is empty (from is not before to)"
  },
  "calendar/holiday-and-workday": {
    severity: "error",
    title: "A date is listed both in a calendar's holidays and in its workdays"
  },
  "calendar/workday-as-closed": {
    severity: "error",
    title: "Working days take the hours of `workdayAs`, a weekday the calendar has no hours on"
  },
  "calendar/holidays-from": {
    severity: "error",
    title: "holidaysFrom names a country or region the holiday library does not know (or a region for CN)"
  },
  "calendar/holidays-from-year": {
    severity: "warning",
    title: "The holiday library has no data for a year the calendar is used in: its holidays are not applied"
  },
  "timezone/utc-default": {
    severity: "warning",
    title: "An agreement falls back to UTC while a calendar or DataSource it uses names another zone"
  },
  "target/threshold-business-days": {
    severity: "error",
    title: "A business-day threshold (3bd) on a metric that is not a clock (latency, freshness)"
  },
  "target/freshness-source": {
    severity: "error",
    title: "A freshness target without a DataSource of type events to measure it from"
  },
  "target/field-missing": { severity: "error", title: "A threshold target without a `field`" },
  "target/limit-missing": { severity: "error", title: "A threshold target without a `limit`" },
  "target/limit-unexpected": {
    severity: "error",
    title: "`field`, `op`, `limit` or `unit` on a metric that is not threshold"
  },
  "target/field-unmapped": {
    severity: "error",
    title: "A threshold target's `field` is not a numeric field its DataSource maps"
  },
  "target/unit-mismatch": {
    severity: "error",
    title: "A threshold target's `unit` measures something else than its `limit` (a size against a duration)"
  },
  "calendar/overlapping-hours": {
    severity: "error",
    title: "Two service hours windows overlap on the same day"
  },
  "datasource/missing-column": {
    severity: "error",
    title: "DataSource columns lack a field its type requires"
  },
  "datasource/unknown-field": {
    severity: "warning",
    title: "DataSource maps a field its type does not read, or a dimension named like one of its fields"
  },
  "datasource/invalid-setting": {
    severity: "error",
    title: "DataSource setting the reader cannot use (locale, column form, duration start, constant, preset type)"
  },
  "datasource/stopped-unused": {
    severity: "warning",
    title: "An event log sets `states.stopped` while `resolved` is mapped: the states never stop a clock"
  },
  "datasource/warehouse": {
    severity: "error",
    title: "A DataSource's warehouse block or engine cannot produce its metrics export"
  },
  "datasource/preset-timezone": {
    severity: "info",
    title: "A preset whose export writes local time is used without `timezone` (read as UTC)"
  },
  "datasource/missing-field": {
    severity: "error",
    title: "A target needs a field its DataSource does not map (responded, resolved, latency)"
  },
  "ref/unknown-dimension": {
    severity: "error",
    title: "A `where` key is not a dimension mapped by the source"
  },
  "scope/shared-service": {
    severity: "warning",
    title: "Two customers' SLAs measure one service from one tickets source, and one has no scope on it"
  },
  "config/unknown-rule": { severity: "error", title: "`rules` in the config names a code slm does not have" },
  "config/rule-locked": {
    severity: "error",
    title: "`rules` in the config lowers or turns off an error (errors guard every other command)"
  },
  "suppression/unknown-rule": {
    severity: "warning",
    title: "An `slm-disable-next-line` comment names a code slm does not have"
  },
  "suppression/rule-locked": {
    severity: "warning",
    title: "An `slm-disable-next-line` comment names an error, which cannot be suppressed"
  },
  "suppression/unused": { severity: "info", title: "An `slm-disable-next-line` comment suppresses nothing" }
};

export {
  DIAGNOSTIC_CODES
};
