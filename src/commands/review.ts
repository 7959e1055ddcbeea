import type { RegisterCommand } from "./index.js";
import { formatOption } from "./format-option.js";

const FORMATS = ["text", "json"] as const;

export const registerReview: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("review")
    .description(
      "list reviews overdue or due, terms ending and UC notice deadlines; exit 1 if a review is overdue",
    )
    .option("--within <interval>", "how far ahead to look (1y, 6mo, 90d, …)", "60d")
    .option("--as-of <date>", "the day to look from (YYYY-MM-DD, default today in UTC)")
    .addOption(formatOption(FORMATS, "text", "output format"))
    .action(async (opts: { within: string; asOf?: string; format: (typeof FORMATS)[number] }) => {
      const [
        { UsageError },
        { parseCalendarInterval },
        { parseDate },
        { loadModel },
        { reviewSchedule, hasOverdue },
      ] = await Promise.all([
        import("../core/errors.js"),
        import("../core/values/calendar-interval.js"),
        import("../core/values/date.js"),
        import("../model/load-model.js"),
        import("../lifecycle/review-schedule.js"),
      ]);
      const within = parseCalendarInterval(opts.within);
      if (!within.ok) throw new UsageError(`--within: ${within.error}`);
      const asOf = parseDate(opts.asOf ?? ctx.io.now().toISOString().slice(0, 10));
      if (!asOf.ok) throw new UsageError(`--as-of: ${asOf.error}`);
      const loaded = await loadModel({ cwd: ctx.io.cwd, dir: ctx.globals().dir, now: ctx.io.now() });
      if (!loaded.model) {
        const { printInvalidRepository } = await import("./invalid-repository.js");
        setExit(printInvalidRepository(ctx.io, loaded.diagnostics));
        return;
      }
      const { REVIEW_FORMATTERS } = await import("../formatters/review/index.js");
      const schedule = reviewSchedule(loaded.model, asOf.value, within.value);
      ctx.io.stdout(REVIEW_FORMATTERS[opts.format](schedule, { colors: await ctx.colors() }));
      setExit(hasOverdue(schedule) ? 1 : 0);
    });
};
