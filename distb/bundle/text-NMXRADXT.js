import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  require_cli_table3
} from "./chunk-VMLK3ERF.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/formatters/review/text.js
var import_cli_table3 = __toESM(require_cli_table3(), 1);
function formatReviewText(schedule, ctx) {
  const c = ctx.colors;
  const head = `Agreement lifecycle as of ${schedule.asOf.text} (next ${schedule.within.text})`;
  if (schedule.items.length === 0)
    return `${head}: nothing due.
`;
  const table = new import_cli_table3.default({
    head: ["date", "in", "event", "agreement", "detail"],
    style: { head: [], border: [] }
  });
  for (const i of schedule.items) {
    const when = i.days < 0 ? `${-i.days}d ago` : i.days === 0 ? "today" : `${i.days}d`;
    const event = i.event === "review-overdue" || i.event === "action-overdue" ? c.red(i.event) : i.days < 0 ? c.yellow(i.event) : i.event;
    table.push([i.date.text, when, event, `${i.kind} ${i.name}`, i.detail]);
  }
  const overdue = schedule.items.filter((i) => i.event === "review-overdue").length;
  const actions = schedule.items.filter((i) => i.event === "action-overdue").length;
  const actionText = actions > 0 ? `, ${actions} improvement action${actions === 1 ? "" : "s"} overdue` : "";
  const summary = `${schedule.items.length} item${schedule.items.length === 1 ? "" : "s"}, ${overdue} review${overdue === 1 ? "" : "s"} overdue${actionText}`;
  return `${head}
${table.toString()}
${summary}
`;
}
export {
  formatReviewText
};
