import { LOCAL_TIME_PRESETS, type PresetName } from "../core/data-source-presets.js";
import { DURATION_FIELDS, EVENT_FIELDS, INSTANT_FIELDS, NUMBER_FIELDS } from "../core/model.js";
import { isLocale } from "../time/locale-names.js";
import type { Check, DataSourceDocument, Finding } from "./check.js";
import {
  dataSourceDocuments,
  dimensionsOf,
  mappedFields,
  presetTypeConflict,
  settingPointer,
} from "./data-source-shapes.js";

/**
 * DataSource settings the schema cannot judge alone (SPEC §12): every input `report` would refuse
 * is reported here first, at its line.
 */
export const dataSourceOptions: Check = (ctx) => {
  for (const d of dataSourceDocuments(ctx)) {
    const report = (finding: Omit<Finding, "pointer"> & { pointer: string }) =>
      ctx.report(d, { ...finding, pointer: settingPointer(d, finding.pointer) });
    const spec = d.spec;
    const conflict = presetTypeConflict(d);
    if (conflict) {
      report({
        code: "datasource/invalid-setting",
        message: `preset ${spec.preset} reads a ${conflict.implied} export; type ${conflict.written} does not fit it`,
        pointer: "/spec/type",
      });
      continue;
    }
    layoutSettings(d, report);
    if (
      LOCAL_TIME_PRESETS.includes(spec.preset as PresetName) &&
      (spec as { timezone?: string }).timezone === undefined
    ) {
      report({
        code: "datasource/preset-timezone",
        message: `${spec.preset} exports write local time in the exporting account's zone; set timezone (without it they are read as UTC)`,
        pointer: "/spec/preset",
      });
    }
    if (spec.locale !== undefined && !isLocale(spec.locale)) {
      report({
        code: "datasource/invalid-setting",
        message: `locale "${spec.locale}" is not a date-fns locale (for example en, en-GB, de, fr, zh-CN)`,
        pointer: "/spec/locale",
      });
    }
    columnForms(d, report);
    constantValues(d, report);
    const dimensions = dimensionsOf(spec);
    for (const key of Object.keys(spec.where ?? {})) {
      if (dimensions.includes(key)) continue;
      report({
        code: "ref/unknown-dimension",
        message: `where: "${key}" is not a dimension of this source (dimensions: ${dimensions.join(", ") || "none"}); map it in columns`,
        pointer: `/spec/where/${key}`,
        onKey: true,
      });
    }
  }
};

type Report = (finding: Finding) => void;

/**
 * SPEC §23: an event log (one row per update) takes pauses and stops from states; a ticket
 * export (one row per ticket) has no states to read, and an event log no paused-seconds column.
 */
function layoutSettings(d: DataSourceDocument, report: Report): void {
  const spec = d.spec;
  const columns = spec.columns ?? {};
  if (spec.layout === "events") {
    if (spec.type !== "tickets") {
      report({
        code: "datasource/invalid-setting",
        message: `layout: events is a layout of tickets sources (one row per ticket update); a ${spec.type} source has none`,
        pointer: "/spec/layout",
      });
      return;
    }
    if (columns.paused !== undefined) {
      report({
        code: "datasource/invalid-setting",
        message:
          "with layout: events, paused time comes from states.paused; an event log may not map a paused column",
        pointer: "/spec/columns/paused",
        onKey: true,
      });
    }
    if (spec.dedupe !== undefined && spec.dedupe !== "none") {
      report({
        code: "datasource/invalid-setting",
        message:
          "with layout: events, the rows of a ticket are its updates and are read together (SPEC §23); remove dedupe",
        pointer: "/spec/dedupe",
      });
    }
    if ((spec.states?.stopped?.length ?? 0) > 0 && "resolved" in columns) {
      report({
        code: "datasource/stopped-unused",
        message:
          "states.stopped is not used: resolved is mapped, so the stop is resolved of each ticket's last row (SPEC §23); a ticket whose resolved is empty has no stop",
        pointer: "/spec/states/stopped",
      });
    }
    return;
  }
  if (spec.states !== undefined) {
    report({
      code: "datasource/invalid-setting",
      message: "states are read only with layout: events (one row per ticket update)",
      pointer: "/spec/states",
      onKey: true,
    });
  }
  for (const field of EVENT_FIELDS) {
    if (columns[field] === undefined || spec.type !== "tickets") continue;
    report({
      code: "datasource/invalid-setting",
      message: `"${field}" is read only with layout: events (one row per ticket update); set layout: events or remove it`,
      pointer: `/spec/columns/${field}`,
      onKey: true,
    });
  }
}

function columnForms(d: DataSourceDocument, report: Report): void {
  const spec = d.spec;
  const headerless = spec.header === false;
  const starts = DURATION_FIELDS[spec.type] ?? {};
  for (const [field, column] of Object.entries(spec.columns ?? {})) {
    const pointer = `/spec/columns/${field}`;
    const ref = typeof column === "object" ? column.column : column;
    if (headerless && typeof ref === "string") {
      report({
        code: "datasource/invalid-setting",
        message: `with header: false, columns are 1-based positions; "${ref}" is a header name`,
        pointer,
      });
    }
    if (field in (spec.constants ?? {})) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is both mapped to a column and set as a constant; keep one`,
        pointer,
        onKey: true,
      });
    }
    if (typeof column !== "object") continue;
    if (column.format !== undefined && !INSTANT_FIELDS.includes(field)) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is not a timestamp, so it takes no format`,
        pointer: `${pointer}/format`,
      });
    }
    if (column.after === undefined) continue;
    const start = starts[field];
    if (start === undefined) {
      const allowed = Object.keys(starts);
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" cannot be a duration; ${allowed.length ? `a ${spec.type} source takes durations for ${allowed.join(", ")}` : `a ${spec.type} source takes none`}`,
        pointer,
      });
    } else if (column.after !== start) {
      report({
        code: "datasource/invalid-setting",
        message: `the duration of "${field}" counts from ${start}, not from "${column.after}"`,
        pointer: `${pointer}/after`,
      });
    } else if (column.format !== undefined) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is a duration, so it takes no timestamp format`,
        pointer: `${pointer}/format`,
      });
    } else if (!mappedFields(spec).has(start)) {
      report({
        code: "datasource/invalid-setting",
        message: `the duration of "${field}" counts from ${start}, which is not mapped`,
        pointer: `${pointer}/after`,
      });
    }
  }
}

function constantValues(d: DataSourceDocument, report: Report): void {
  for (const [field, value] of Object.entries(d.spec.constants ?? {})) {
    const pointer = `/spec/constants/${field}`;
    if (INSTANT_FIELDS.includes(field)) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is a timestamp of each row; it cannot be a constant`,
        pointer,
        onKey: true,
      });
    } else if (NUMBER_FIELDS.includes(field) && !/^\d+(\.\d+)?$/.test(String(value))) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is a number; ${JSON.stringify(value)} is not a decimal number`,
        pointer,
      });
    }
  }
}
