import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/review/json.js
function formatReviewJson(schedule) {
  return `${JSON.stringify({
    asOf: schedule.asOf.text,
    items: schedule.items.map((i) => ({
      kind: i.kind,
      name: i.name,
      event: i.event,
      date: i.date.text,
      days: i.days,
      detail: i.detail
    }))
  }, null, 2)}
`;
}
export {
  formatReviewJson
};
