import type { ChalkInstance } from "chalk";
import type { ReviewSchedule } from "../../lifecycle/review-schedule.js";
import { formatReviewJson } from "./json.js";
import { formatReviewText } from "./text.js";

export type ReviewFormatter = (schedule: ReviewSchedule, ctx: { colors: ChalkInstance }) => string;

export const REVIEW_FORMATTERS = {
  text: formatReviewText,
  json: formatReviewJson,
} satisfies Record<string, ReviewFormatter>;

export type ReviewFormat = keyof typeof REVIEW_FORMATTERS;
