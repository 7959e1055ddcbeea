export * from "./calendar-interval.js";
export * from "./date.js";
export * from "./duration.js";
export * from "./percentage.js";
export * from "./result.js";
export * from "./threshold.js";
export * from "./time-of-day.js";
export * from "./timezone.js";
