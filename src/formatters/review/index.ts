import type { ReviewSchedule } from "../../lifecycle/review-schedule.js";
import type { FormatterTable } from "../formatter.js";

/** `slm review --format`; the first is the default. */
export const REVIEW_FORMATTERS = {
  text: async () => (await import("./text.js")).formatReviewText,
  json: async () => (await import("./json.js")).formatReviewJson,
} satisfies FormatterTable<ReviewSchedule>;
