import { type Agreement, CALENDAR_24X7, type Model } from "../core/model.js";

/**
 * The agreement's time zone (SPEC §11): its `spec.timezone`, else its calendar's, else UTC.
 * Periods, assessment windows, "opened in the period", business days on the built-in 24x7 and
 * every local time a report shows use it. `report/report-context.ts` asks here for reports;
 * coverage and export ask here too, so the rule is written once.
 */
export function agreementZone(model: Model, agreement: Agreement): string {
  if (agreement.timezone !== undefined) return agreement.timezone;
  if (agreement.calendar === CALENDAR_24X7 && !model.calendars.has(CALENDAR_24X7)) return "UTC";
  return model.calendars.get(agreement.calendar)?.timezone ?? "UTC";
}
