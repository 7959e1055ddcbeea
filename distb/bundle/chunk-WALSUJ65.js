import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  chooseSource,
  givenFields
} from "./chunk-GBT7NRET.js";

// dist/sources/source-for-target.js
function sourceShape(source) {
  return {
    name: source.metadata.name,
    type: source.type,
    fields: givenFields([
      ...Object.keys(source.columns),
      ...Object.keys(source.constants),
      // A warehouse query writes a latency target's shares as metrics rows (docs/warehouse.md).
      ...source.warehouse?.latency !== void 0 ? ["latency"] : []
    ], source),
    service: source.columns.service === void 0 ? source.service : void 0,
    source
  };
}
function sourceForTarget(model, agreement, target) {
  const found = chooseSource([...model.dataSources.values()].map(sourceShape), { metric: target.metric, source: target.source, field: target.compare?.field }, agreement.service);
  return found.source ? { source: found.source.source } : { problem: found.problem };
}

export {
  sourceShape,
  sourceForTarget
};
