import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/model.js
var KINDS = [
  "Service",
  "Calendar",
  "Party",
  "SLA",
  "OLA",
  "UC",
  "DataSource",
  "Improvement",
  "Template"
];
var AGREEMENT_KINDS = ["SLA", "OLA", "UC"];
var API_VERSION = "slm/v1";
var WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var METRICS = [
  "availability",
  "response-time",
  "resolution-time",
  "recovery-time",
  "latency",
  "success-rate",
  "satisfaction",
  "freshness",
  "threshold"
];
var THRESHOLD_METRICS = [
  "response-time",
  "resolution-time",
  "recovery-time",
  "latency",
  "satisfaction",
  "freshness"
];
var SCORE_METRICS = ["satisfaction"];
var TIME_METRICS = ["availability", "freshness"];
var TICKET_METRICS = ["response-time", "resolution-time"];
var CLOCK_METRICS = ["response-time", "resolution-time", "recovery-time"];
var WORKLOAD_MEASURES = ["tickets", "requests"];
var WORKLOAD_SOURCE_TYPES = {
  tickets: "tickets",
  requests: "metrics"
};
var THRESHOLD_OPS = ["<=", "<", ">=", ">"];
var DATA_SOURCE_TYPES = ["tickets", "outages", "checks", "metrics", "surveys", "events"];
var METRIC_SOURCE_TYPES = {
  availability: ["outages", "checks", "metrics"],
  "response-time": ["tickets"],
  "resolution-time": ["tickets"],
  "recovery-time": ["outages"],
  latency: ["checks", "metrics"],
  "success-rate": ["metrics"],
  satisfaction: ["surveys"],
  freshness: ["events"],
  threshold: ["checks", "metrics"]
};
var DATA_SOURCE_FIELDS = {
  tickets: {
    required: ["id", "service", "priority", "opened"],
    optional: ["responded", "resolved", "paused", "state", "updated"]
  },
  outages: { required: ["service", "start", "end"], optional: ["planned", "id", "cause"] },
  checks: { required: ["timestamp", "service", "status"], optional: ["latency"] },
  metrics: { required: ["timestamp", "service", "metric", "good", "total"], optional: [] },
  surveys: { required: ["timestamp", "service", "score"], optional: ["id", "ticket"] },
  // Not the tickets' `layout: events` (SPEC §23): rows that each record a run or a delivery (SPEC §22).
  events: { required: ["timestamp", "service"], optional: ["status"] }
};
var COUNTING_EVENT_STATUSES = ["ok", "success"];
var INSTANT_FIELDS = [
  "opened",
  "responded",
  "resolved",
  "start",
  "end",
  "timestamp",
  "updated"
];
var EVENT_FIELDS = ["state", "updated"];
var NUMBER_FIELDS = ["paused", "latency", "good", "total", "score"];
var DURATION_FIELDS = {
  tickets: { responded: "opened", resolved: "opened" },
  outages: { end: "start" }
};
var METRIC_NEEDS_FIELD = {
  "response-time": "responded",
  "resolution-time": "resolved",
  latency: "latency"
};
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var FIELD_NAME_PATTERN = "^[a-z][a-zA-Z0-9]*$";
var IMPROVEMENT_STATUSES = ["open", "in-progress", "done", "cancelled"];
var OPEN_IMPROVEMENT_STATUSES = ["open", "in-progress"];
var CALENDAR_24X7 = "24x7";

export {
  KINDS,
  AGREEMENT_KINDS,
  API_VERSION,
  WEEKDAYS,
  METRICS,
  THRESHOLD_METRICS,
  SCORE_METRICS,
  TIME_METRICS,
  TICKET_METRICS,
  CLOCK_METRICS,
  WORKLOAD_MEASURES,
  WORKLOAD_SOURCE_TYPES,
  THRESHOLD_OPS,
  DATA_SOURCE_TYPES,
  METRIC_SOURCE_TYPES,
  DATA_SOURCE_FIELDS,
  COUNTING_EVENT_STATUSES,
  INSTANT_FIELDS,
  EVENT_FIELDS,
  NUMBER_FIELDS,
  DURATION_FIELDS,
  METRIC_NEEDS_FIELD,
  DURATION_UNITS,
  FIELD_NAME_PATTERN,
  IMPROVEMENT_STATUSES,
  OPEN_IMPROVEMENT_STATUSES,
  CALENDAR_24X7
};
