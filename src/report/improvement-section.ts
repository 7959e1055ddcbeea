import type { Agreement, Improvement } from "../core/model.js";
import { DAY_MS } from "../core/units.js";
import { dateFromEpochDay } from "../core/values/date.js";
import {
  addressesBreach,
  improvementsOf,
  isOpen,
  overdueActions,
} from "../lifecycle/improvement-register.js";
import type { ReportContext } from "./report-context.js";
import type { BreachReport, ImprovementItem, ImprovementSection } from "./report-model.js";

/**
 * The report's "Service improvement" section (SPEC §15): for every breach, the Improvements of the
 * register that address it; and the agreement's open Improvements whose actions are overdue.
 */
export function improvementSection(
  ctx: ReportContext,
  agreement: Agreement,
  breaches: readonly BreachReport[],
): ImprovementSection {
  const asOf = dateFromEpochDay(Math.floor((ctx.asOf ?? ctx.generatedAt.getTime()) / DAY_MS));
  const register = improvementsOf(ctx.model, agreement);
  return {
    asOf: asOf.text,
    breaches: breaches.map((b) => ({
      target: b.target,
      provisional: b.provisional,
      improvements: register.filter((i) => addressesBreach(i, b.target, ctx.period.label)).map(item),
    })),
    overdue: register
      .filter(isOpen)
      .map((i) => ({
        ...item(i),
        overdueActions: overdueActions(i, asOf).map((a) => ({
          text: a.text,
          owner: a.owner ?? null,
          due: a.due?.text ?? "",
          daysOverdue: asOf.day - (a.due?.day ?? asOf.day),
        })),
      }))
      .filter((i) => i.overdueActions.length > 0),
  };
}

function item(i: Improvement): ImprovementItem {
  return {
    name: i.metadata.name,
    status: i.status,
    period: i.period ?? null,
    raised: i.raised.text,
    cause: i.cause ?? null,
    owner: i.owner ?? null,
    actions: i.actions.length,
    actionsDone: i.actions.filter((a) => a.done !== undefined).length,
  };
}
