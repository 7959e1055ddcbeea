import { formatNames } from "../formatters/formatter.js";
import { REVIEW_FORMATTERS } from "../formatters/review/index.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { runOnModel } from "./run-command.js";

/** `slm review`: the lifecycle calendar; exit 1 when a review or an improvement action is overdue (SPEC §7, §15). */
export const registerReview: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("review")
    .description(
      "list reviews overdue or due, terms ending, UC notice deadlines and overdue improvement actions; exit 1 if a review or an action is overdue",
    )
    .option("--within <interval>", "how far ahead to look (1y, 6mo, 90d, …)", "60d")
    .option("--as-of <date>", "the day to look from (YYYY-MM-DD, default today in UTC)")
    .addOption(formatOption(formatNames(REVIEW_FORMATTERS), "text", "output format"))
    .action(async (opts: { within: string; asOf?: string; format: string }) => {
      const [{ UsageError }, { parseCalendarInterval }, { parseDate }] = await Promise.all([
        import("../core/errors.js"),
        import("../core/values/calendar-interval.js"),
        import("../core/values/date.js"),
      ]);
      const within = parseCalendarInterval(opts.within);
      if (!within.ok) throw new UsageError(`--within: ${within.error}`);
      const asOf = parseDate(opts.asOf ?? ctx.io.now().toISOString().slice(0, 10));
      if (!asOf.ok) throw new UsageError(`--as-of: ${asOf.error}`);
      setExit(
        await runOnModel(ctx, { formatters: REVIEW_FORMATTERS, format: opts.format }, async ({ model }) => {
          const { reviewSchedule, hasOverdue } = await import("../lifecycle/review-schedule.js");
          const schedule = reviewSchedule(model, asOf.value, within.value);
          return { result: schedule, exit: hasOverdue(schedule) ? 1 : 0 };
        }),
      );
    });
};
