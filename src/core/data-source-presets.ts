/**
 * DataSource presets (SPEC §12): the settings of exports people actually have, written as a
 * DataSource spec would write them. A preset fills what the document leaves out; every key the
 * document writes wins. The column names are the vendors' own (docs/exports.md gives the evidence
 * for each); the time zone is never preset, because every one of these exports writes local wall
 * time in the exporting account's zone.
 */
type PresetSpec = Record<string, unknown>;

const SERVICENOW_PRIORITIES = {
  "1 - Critical": "P1",
  "2 - High": "P2",
  "3 - Moderate": "P3",
  "4 - Low": "P4",
  "5 - Planning": "P5",
};

/** Raw-value exports (sysparm_display_value=false, recoded logs) write the choice values themselves. */
const SERVICENOW_PRIORITY_VALUES = {
  ...SERVICENOW_PRIORITIES,
  "1": "P1",
  "2": "P2",
  "3": "P3",
  "4": "P4",
  "5": "P5",
};

export const PRESETS = {
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
      resolved: "resolved_at",
    },
    values: {
      priority: SERVICENOW_PRIORITY_VALUES,
    },
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
      resolved: "resolved_at",
    },
    values: { priority: SERVICENOW_PRIORITY_VALUES },
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
        format: "yyyy-MM-dd HH:mm:ss.SSS",
      },
      resolved: "Resolved",
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
        Trivial: "P5",
      },
    },
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
      resolved: { after: "opened", column: "Full resolution time (min)", unit: "m" },
    },
    values: { priority: { Urgent: "P1", High: "P2", Normal: "P3", Low: "P4" } },
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
      resolved: { after: "opened", column: "seconds_to_resolve", unit: "s" },
    },
    // Urgency, not the optional priority field (empty on most rows); low must not meet a P1 target.
    values: { priority: { high: "P1", low: "P3" } },
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
      event: "Event",
    },
    where: { event: ["Down"] },
  },
  /** Upptime's status history as a status-change log (one row per change or daily commit). */
  upptime: {
    type: "checks",
    // response_ms 0 (http_code 0) means no response, not a 0 ms answer.
    missing: ["", "0"],
    dedupe: "none",
    columns: { timestamp: "timestamp_utc", service: "monitor", status: "status", latency: "response_ms" },
    values: { status: { up: "up", down: "down", degraded: "up" } },
  },
} as const satisfies Record<string, PresetSpec>;

export type PresetName = keyof typeof PRESETS;

/**
 * Presets whose exports write local wall time without an offset, in the exporting account's zone
 * (PagerDuty's analytics default to UTC and Upptime writes offsets): without `timezone` they are
 * read as UTC, which `validate` points out.
 */
export const LOCAL_TIME_PRESETS: readonly PresetName[] = [
  "servicenow-incidents",
  "servicenow-event-log",
  "jira-service-management",
  "zendesk-tickets",
  "uptimerobot",
];
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** Keys whose mappings merge field by field (the document's field wins); other keys replace. */
const MERGED = ["columns", "values", "constants", "where", "states"];

/**
 * A DataSource spec with its preset applied: the preset's settings under the document's. `values`
 * merge per field (a document's `values.priority` replaces the preset's whole priority map); a
 * constant service (spec `service` or `constants.service`), or any constant, replaces the preset's
 * column for that field. Without a (known) preset the spec is returned as it is.
 */
export function withPreset(spec: Record<string, unknown>): Record<string, unknown> {
  const name = spec.preset;
  if (typeof name !== "string" || !(name in PRESETS)) return spec;
  const preset = PRESETS[name as PresetName] as PresetSpec;
  const merged: Record<string, unknown> = { ...preset };
  for (const [key, value] of Object.entries(spec)) {
    const base = preset[key];
    merged[key] = MERGED.includes(key) && isMapping(base) && isMapping(value) ? { ...base, ...value } : value;
  }
  const constants = isMapping(spec.constants) ? spec.constants : {};
  if (isMapping(merged.columns)) {
    const columns = { ...merged.columns };
    const userColumns = isMapping(spec.columns) ? spec.columns : {};
    for (const field of Object.keys(columns)) {
      const constant = field in constants || (field === "service" && spec.service !== undefined);
      if (constant && !(field in userColumns)) delete columns[field];
    }
    merged.columns = columns;
  }
  return merged;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
