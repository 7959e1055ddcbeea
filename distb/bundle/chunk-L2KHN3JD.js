import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/data-source-presets.js
var SERVICENOW_PRIORITIES = {
  "1 - Critical": "P1",
  "2 - High": "P2",
  "3 - Moderate": "P3",
  "4 - Low": "P4",
  "5 - Planning": "P5"
};
var SERVICENOW_PRIORITY_VALUES = {
  ...SERVICENOW_PRIORITIES,
  "1": "P1",
  "2": "P2",
  "3": "P3",
  "4": "P4",
  "5": "P5"
};
var PRESETS = {
  /** Incident list → Export → CSV (display values; Windows-1252 unless the instance says otherwise). */
  "servicenow-incidents": {
    type: "tickets",
    encoding: "windows-1252",
    timestampFormat: "yyyy-MM-dd HH:mm:ss",
    missing: [""],
    dedupe: "last",
    columns: {
      id: "number",
      service: "business_service",
      priority: "priority",
      opened: "opened_at",
      resolved: "resolved_at"
    },
    values: {
      priority: SERVICENOW_PRIORITY_VALUES
    }
  },
  /**
   * The incident audit/event log (one row per update, SPEC §23). ServiceNow's own "Awaiting …"
   * states pause; no `stopped` states, since `resolved_at` is mapped and §23 then takes the stop
   * from it alone.
   */
  "servicenow-event-log": {
    type: "tickets",
    layout: "events",
    states: { paused: ["Awaiting User Info", "Awaiting Vendor", "Awaiting Evidence", "Awaiting Problem"] },
    timestampFormat: "d/M/yyyy H:mm",
    missing: ["", "?"],
    columns: {
      id: "number",
      state: "incident_state",
      updated: "sys_updated_at",
      opened: "opened_at",
      priority: "priority",
      resolved: "resolved_at"
    },
    values: { priority: SERVICENOW_PRIORITY_VALUES }
  },
  /** Issue navigator → Export → CSV (all fields). */
  "jira-service-management": {
    type: "tickets",
    timestampFormat: "dd/MMM/yy h:mm a",
    locale: "en",
    missing: [""],
    dedupe: "last",
    columns: {
      id: "Issue key",
      priority: "Priority",
      opened: "Created",
      // JSM's hidden field, set on the first public agent comment; written in another format.
      responded: {
        column: "Custom field ([CHART] Date of First Response)",
        format: "yyyy-MM-dd HH:mm:ss.SSS"
      },
      resolved: "Resolved"
    },
    values: {
      priority: {
        Highest: "P1",
        High: "P2",
        Medium: "P3",
        Low: "P4",
        Lowest: "P5",
        Blocker: "P1",
        Critical: "P2",
        Major: "P3",
        Minor: "P4",
        Trivial: "P5"
      }
    }
  },
  /** Explore report on the Tickets dataset → Export → CSV. */
  "zendesk-tickets": {
    type: "tickets",
    missing: ["", "-", "NULL"],
    dedupe: "last",
    columns: {
      id: "Ticket ID",
      priority: "Ticket priority",
      opened: "Ticket created - Timestamp",
      responded: { after: "opened", column: "First reply time (min)", unit: "m" },
      resolved: { after: "opened", column: "Full resolution time (min)", unit: "m" }
    },
    values: { priority: { Urgent: "P1", High: "P2", Normal: "P3", Low: "P4" } }
  },
  /** Analytics raw incident data (Insights → Download CSV). */
  "pagerduty-incidents": {
    type: "tickets",
    missing: ["", "null"],
    dedupe: "last",
    columns: {
      id: "id",
      service: "service_name",
      priority: "urgency",
      opened: "created_at",
      responded: { after: "opened", column: "seconds_to_first_ack", unit: "s" },
      resolved: { after: "opened", column: "seconds_to_resolve", unit: "s" }
    },
    // Urgency, not the optional priority field (empty on most rows); low must not meet a P1 target.
    values: { priority: { high: "P1", low: "P3" } }
  },
  /** Dashboard → logs export (`uptimerobot-all_monitors-logs.csv`): only `Down` rows are outages. */
  uptimerobot: {
    type: "outages",
    timestampFormat: "yyyy-MM-dd HH:mm:ss",
    missing: [""],
    dedupe: "none",
    columns: {
      service: "Monitor",
      start: "Date-Time",
      end: { after: "start", column: "Duration (in mins.)", unit: "m" },
      cause: "Reason",
      event: "Event"
    },
    where: { event: ["Down"] }
  },
  /** Upptime's status history as a status-change log (one row per change or daily commit). */
  upptime: {
    type: "checks",
    // response_ms 0 (http_code 0) means no response, not a 0 ms answer.
    missing: ["", "0"],
    dedupe: "none",
    columns: { timestamp: "timestamp_utc", service: "monitor", status: "status", latency: "response_ms" },
    values: { status: { up: "up", down: "down", degraded: "up" } }
  }
};
var LOCAL_TIME_PRESETS = [
  "servicenow-incidents",
  "servicenow-event-log",
  "jira-service-management",
  "zendesk-tickets",
  "uptimerobot"
];
var PRESET_NAMES = Object.keys(PRESETS);
var MERGED = ["columns", "values", "constants", "where", "states"];
function withPreset(spec) {
  const name = spec.preset;
  if (typeof name !== "string" || !(name in PRESETS))
    return spec;
  const preset = PRESETS[name];
  const merged = { ...preset };
  for (const [key, value] of Object.entries(spec)) {
    const base = preset[key];
    merged[key] = MERGED.includes(key) && isMapping(base) && isMapping(value) ? { ...base, ...value } : value;
  }
  const constants = isMapping(spec.constants) ? spec.constants : {};
  if (isMapping(merged.columns)) {
    const columns = { ...merged.columns };
    const userColumns = isMapping(spec.columns) ? spec.columns : {};
    for (const field of Object.keys(columns)) {
      const constant = field in constants || field === "service" && spec.service !== void 0;
      if (constant && !(field in userColumns))
        delete columns[field];
    }
    merged.columns = columns;
  }
  return merged;
}
function isMapping(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export {
  PRESETS,
  LOCAL_TIME_PRESETS,
  PRESET_NAMES,
  withPreset
};
