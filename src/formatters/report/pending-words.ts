import type { HelperOptions } from "handlebars";

/**
 * The words of the report's "Service improvement" section, in one place until the message
 * catalogues (locales/) land: the templates already call `{{t "key" name=value}}`, and this
 * table answers those keys in English with `{name}` placeholders.
 */
export const PENDING_MESSAGES: Record<string, string> = {
  "report.heading.improvement": "Service improvement",
  "report.improvement.intro":
    "Each breach with the Improvements of the register that address it (this agreement; the target listed, or no target list; the period {period}, or none).",
  "report.improvement.breach": "Breach",
  "report.improvement.item": "Improvement",
  "report.improvement.status": "Status",
  "report.improvement.raised": "Raised",
  "report.improvement.cause": "Cause",
  "report.improvement.owner": "Owner",
  "report.improvement.actionsDone": "Actions done",
  "report.improvement.none": "no improvement recorded",
  "report.improvement.soFar": "so far",
  "report.improvement.noBreaches": "No breach in {period}: no improvement is needed for this report.",
  "report.improvement.overdueHeading": "Open Improvements with overdue actions (as of {date})",
  "report.improvement.action": "Action",
  "report.improvement.due": "Due",
  "report.improvement.daysOverdue": "Days overdue",
  "report.improvement.noOverdue":
    "No open Improvement of this agreement has an overdue action (as of {date}).",
  "report.improvement.status.open": "open",
  "report.improvement.status.in-progress": "in progress",
  "report.improvement.status.done": "done",
  "report.improvement.status.cancelled": "cancelled",
};

/** `{{t "key" name=value}}` over PENDING_MESSAGES: each `{name}` takes the hash value of that name. */
export function pendingT(...args: unknown[]): string {
  const key = String(args[0]);
  const options = args[args.length - 1] as HelperOptions;
  const message = PENDING_MESSAGES[key];
  if (message === undefined) throw new Error(`no message "${key}"`);
  return message.replace(/\{(\w+)\}/g, (_m, name: string) => String(options.hash?.[name] ?? ""));
}
