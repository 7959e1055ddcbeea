import type { FormatterTable } from "../formatter.js";

/** `slm sql`: the query, as generated (`src/warehouse/build-query.ts`). */
export const SQL_FORMATTERS = {
  sql: async () => (query: string) => query,
} satisfies FormatterTable<string>;
