import { DATA_SOURCE_FIELDS } from "../core/model.js";
import type { Check, DataSourceDocument } from "./check.js";

/**
 * A DataSource must map every field its type requires; `service` may instead be a constant at
 * spec level (single-service exports). Fields the type never reads are flagged as likely mistakes.
 */
export const dataSourceColumns: Check = (ctx) => {
  for (const d of ctx.valid.filter((x) => x.kind === "DataSource") as DataSourceDocument[]) {
    const fields = DATA_SOURCE_FIELDS[d.spec.type];
    const missing = fields.required.filter(
      (f) => d.spec.columns[f] === undefined && !(f === "service" && d.spec.service !== undefined),
    );
    if (missing.length > 0) {
      const hint = missing.includes("service") ? " (or set spec.service for a single-service export)" : "";
      ctx.report(d, {
        code: "datasource/missing-column",
        message: `a ${d.spec.type} source must map ${missing.map((f) => `"${f}"`).join(", ")} in columns${hint}`,
        pointer: "/spec/columns",
        onKey: true,
      });
    }
    const known = [...fields.required, ...fields.optional];
    for (const field of Object.keys(d.spec.columns)) {
      if (known.includes(field)) continue;
      ctx.report(d, {
        code: "datasource/unknown-field",
        message: `a ${d.spec.type} source does not read "${field}" (it reads: ${known.join(", ")})`,
        pointer: `/spec/columns/${field}`,
        onKey: true,
      });
    }
  }
};
