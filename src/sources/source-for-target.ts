import type { Agreement, DataSource, Model, Target } from "../core/model.js";
import { chooseSource, givenFields, type SourceShape } from "../core/source-choice.js";

/** The shape `chooseSource` reads, of a model DataSource. */
export function sourceShape(source: DataSource): SourceShape & { source: DataSource } {
  return {
    name: source.metadata.name,
    type: source.type,
    fields: givenFields(
      [
        ...Object.keys(source.columns),
        ...Object.keys(source.constants),
        // A warehouse query writes a latency target's shares as metrics rows (docs/warehouse.md).
        ...(source.warehouse?.latency !== undefined ? ["latency"] : []),
      ],
      source,
    ),
    service: source.columns.service === undefined ? source.service : undefined,
    source,
  };
}

/**
 * The DataSource a target is measured from (`chooseSource`): no source or several candidates
 * leave the target without data, with a note saying why.
 */
export function sourceForTarget(
  model: Model,
  agreement: Agreement,
  target: Target,
): { source: DataSource; problem?: undefined } | { source?: undefined; problem: string } {
  const found = chooseSource(
    [...model.dataSources.values()].map(sourceShape),
    { metric: target.metric, source: target.source, field: target.compare?.field },
    agreement.service,
  );
  return found.source ? { source: found.source.source } : { problem: found.problem };
}
