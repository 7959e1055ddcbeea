import type { ProcessKpis } from "../../kpi/process-kpis.js";
import type { FormatterTable } from "../formatter.js";

/** `slm kpi --format`; the first is the default. */
export const KPI_FORMATTERS = {
  text: async () => (await import("./text.js")).formatKpiText,
  markdown: async () => (await import("./markdown.js")).formatKpiMarkdown,
  json: async () => (await import("./json.js")).formatKpiJson,
} satisfies FormatterTable<ProcessKpis>;
