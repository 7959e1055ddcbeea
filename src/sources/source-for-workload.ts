import type { Agreement, DataSource, Model, WorkloadLimit } from "../core/model.js";
import { chooseWorkloadSource } from "../core/workload-source.js";
import { sourceShape } from "./source-for-target.js";

/** The DataSource a workload limit counts (`chooseWorkloadSource`), or why there is none. */
export function sourceForWorkload(
  model: Model,
  agreement: Agreement,
  limit: WorkloadLimit,
): { source: DataSource; problem?: undefined } | { source?: undefined; problem: string } {
  const found = chooseWorkloadSource(
    [...model.dataSources.values()].map(sourceShape),
    limit,
    agreement.service,
  );
  return found.source ? { source: found.source.source } : { problem: found.problem };
}
