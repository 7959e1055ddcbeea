import {
  type Agreement,
  type Improvement,
  type ImprovementAction,
  type Model,
  OPEN_IMPROVEMENT_STATUSES,
} from "../core/model.js";
import type { CalendarDate } from "../core/values/date.js";

/**
 * The rules of the improvement register (SPEC §15), in one place for the report, `review` and
 * `kpi`: which agreement an Improvement is about, which breaches it addresses, which of its
 * actions are overdue.
 */

/** Whether an Improvement's `agreement` reference means this agreement (`KIND/` when it names a kind). */
export function isAbout(improvement: Improvement, agreement: Agreement): boolean {
  const ref = improvement.agreement;
  return ref.name === agreement.metadata.name && (ref.kind === undefined || ref.kind === agreement.kind);
}

/** The register's Improvements about one agreement, in file order. */
export function improvementsOf(model: Model, agreement: Agreement): Improvement[] {
  return model.improvements.filter((i) => isAbout(i, agreement));
}

/**
 * Whether an Improvement about the agreement addresses a breach of `target` in the period labelled
 * `period`: the target is listed, or there is no `targets` list; its `period` is that period, or it
 * names none. The raised date does not matter (an item raised before the breach, still open, counts).
 */
export function addressesBreach(improvement: Improvement, target: string, period: string): boolean {
  const targetMatches = improvement.targets === undefined || improvement.targets.includes(target);
  const periodMatches = improvement.period === undefined || improvement.period === period;
  return targetMatches && periodMatches;
}

/** `open` or `in-progress`, whatever its dates. */
export function isOpen(improvement: Improvement): boolean {
  return OPEN_IMPROVEMENT_STATUSES.includes(improvement.status);
}

/**
 * The actions due before `asOf` and not done, of an open Improvement. A `done` or `cancelled`
 * Improvement closes its actions: nothing of it is overdue. An action due on the as-of day is not
 * overdue yet.
 */
export function overdueActions(improvement: Improvement, asOf: CalendarDate): ImprovementAction[] {
  if (!isOpen(improvement)) return [];
  return improvement.actions.filter(
    (a) => a.due !== undefined && a.done === undefined && a.due.day < asOf.day,
  );
}
