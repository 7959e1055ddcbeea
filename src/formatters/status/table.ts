import Table from "cli-table3";
import type { StatusResult } from "../../status/status-model.js";
import type { FormatContext } from "../formatter.js";
import { headingText, STATUS_HEAD, statusRow, summaryText } from "./status-rows.js";

export function formatStatusTable(result: StatusResult, ctx: FormatContext): string {
  const table = new Table({ head: STATUS_HEAD, style: { head: [], border: [] } });
  for (const t of result.targets) {
    const row = statusRow(t);
    const paint = t.forecast.status === "breached" ? ctx.colors.red : t.atRisk ? ctx.colors.yellow : null;
    table.push(paint ? row.map((c) => paint(c)) : row);
  }
  return `${ctx.colors.bold(headingText(result))}\n${table.toString()}\n${summaryText(result)}\n`;
}
