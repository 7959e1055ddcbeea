import type { ChalkInstance } from "chalk";
import type { ProcessKpis } from "../../kpi/process-kpis.js";
import { formatKpiJson } from "./json.js";
import { formatKpiMarkdown } from "./markdown.js";
import { formatKpiText } from "./text.js";

export type KpiFormatter = (kpis: ProcessKpis, ctx: { colors: ChalkInstance }) => string;

export const KPI_FORMATTERS = {
  text: formatKpiText,
  markdown: formatKpiMarkdown,
  json: formatKpiJson,
} satisfies Record<string, KpiFormatter>;
