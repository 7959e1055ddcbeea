import { describe, expect, it } from "vitest";
import { METRIC_SOURCE_TYPES, METRICS } from "../../src/core/model.js";
import { MEASURERS } from "../../src/measure/metric-measurers.js";

describe("the metric × source table", () => {
  it("measures exactly the combinations validation accepts", () => {
    for (const metric of METRICS) {
      expect(Object.keys(MEASURERS[metric]).sort(), metric).toEqual([...METRIC_SOURCE_TYPES[metric]].sort());
    }
  });
});
