import Table from "cli-table3";
import type { StatusResult } from "../../status/status-model.js";
import { localeText } from "../../text/locale-text.js";
import type { FormatContext } from "../formatter.js";
import { headingText, statusHead, statusRow, summaryText } from "./status-rows.js";

export function formatStatusTable(result: StatusResult, ctx: FormatContext): string {
  const text = localeText(ctx.locale ?? "en");
  const table = new Table({ head: statusHead(text), style: { head: [], border: [] } });
  for (const t of result.targets) {
    const row = statusRow(t, text);
    const paint = t.forecast.status === "breached" ? ctx.colors.red : t.atRisk ? ctx.colors.yellow : null;
    table.push(paint ? row.map((c) => paint(c)) : row);
  }
  return `${ctx.colors.bold(headingText(result, text))}\n${table.toString()}\n${summaryText(result, text)}\n`;
}
