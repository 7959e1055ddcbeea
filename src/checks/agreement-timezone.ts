import { CALENDAR_24X7 } from "../core/model.js";
import {
  type AgreementDocument,
  agreements,
  type CalendarDocument,
  type Check,
  type CheckContext,
  type DataSourceDocument,
} from "./check.js";
import { targetSource } from "./data-source-shapes.js";

const UTC_NAMES = new Set([
  "UTC",
  "Etc/UTC",
  "Etc/Universal",
  "Universal",
  "Etc/Zulu",
  "Zulu",
  "GMT",
  "Etc/GMT",
]);

/**
 * An agreement without `spec.timezone` whose calendar is the built-in 24x7 (or a UTC calendar)
 * reports in UTC (SPEC §11). When a calendar or DataSource it uses names another zone, the
 * author almost certainly meant that zone: a Shanghai ticket opened 1 May 07:30 would otherwise
 * count for April.
 */
export const agreementTimezone: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.spec.timezone !== undefined) continue;
    const own = a.spec.calendar ?? CALENDAR_24X7;
    const ownZone = calendarZone(ctx, own);
    if (ownZone === undefined || !UTC_NAMES.has(ownZone)) continue;
    const others = new Map<string, string[]>();
    const note = (zone: string | undefined, what: string) => {
      if (zone === undefined || UTC_NAMES.has(zone)) return;
      const list = others.get(zone) ?? [];
      if (!list.includes(what)) list.push(what);
      others.set(zone, list);
    };
    a.spec.targets.forEach((t) => {
      const calendar = t.calendar ?? own;
      note(calendarZone(ctx, calendar), `calendar ${calendar}`);
      for (const source of sourcesOf(ctx, a, t)) note(source.spec.timezone, `DataSource ${source.name}`);
    });
    if (others.size === 0) continue;
    const zones = [...others.keys()].sort();
    const uses = zones.map((z) => `${others.get(z)!.sort().join(", ")} (${z})`).join("; ");
    ctx.report(a, {
      code: "timezone/utc-default",
      message: `${a.kind} ${a.name} has no timezone and ${own === CALENDAR_24X7 ? "the built-in 24x7 calendar" : `calendar ${own}`} is UTC, so its periods and local times are UTC, while it uses ${uses}; set spec.timezone (e.g. timezone: ${zones[0]})`,
      pointer: a.spec.calendar === undefined ? "/spec" : "/spec/calendar",
      onKey: a.spec.calendar === undefined,
    });
  }
};

/** A calendar's zone (UTC for the built-in 24x7 and for a calendar without one); undefined when unknown. */
function calendarZone(ctx: CheckContext, name: string): string | undefined {
  const doc = ctx.names.get("Calendar")?.get(name) as CalendarDocument | undefined;
  if (!doc) return name === CALENDAR_24X7 ? "UTC" : undefined;
  const zone = (doc.spec as { timezone?: unknown } | undefined)?.timezone;
  return typeof zone === "string" ? zone : "UTC";
}

/** The DataSource a target reads, chosen as at report time (`chooseSource`). */
function sourcesOf(
  ctx: CheckContext,
  a: AgreementDocument,
  t: AgreementDocument["spec"]["targets"][number],
): DataSourceDocument[] {
  const chosen = targetSource(ctx, a, t);
  return chosen.source ? [chosen.source.doc] : [];
}
