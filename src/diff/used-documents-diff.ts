import { compareStrings } from "../core/compare.js";
import {
  type Agreement,
  CALENDAR_24X7,
  CLOCK_METRICS,
  type DataSource,
  type Metric,
  type Model,
  type Target,
  WEEKDAYS,
} from "../core/model.js";
import { formatTimeOfDay } from "../core/values/time-of-day.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { agreementZone } from "../time/agreement-zone.js";
import { type AgreementChange, change, type Direction } from "./agreement-change.js";
import { type HoursChange, hoursChange } from "./hours-change.js";

/**
 * Changes to the documents an agreement uses — its calendars, the DataSources its targets read,
 * the dependencies of its service — are changes to that agreement's terms (issue 9): they are
 * listed under the agreement, per target where they act per target.
 *
 * Service hours: a clock (response, resolution, recovery) runs only in service hours, so fewer
 * hours loosen a clock target and more tighten it. Availability, latency and success-rate are
 * shares of service time: more hours bring outages in the new hours into the figure, but the
 * downtime budget grows with the service time too, so a change of hours alone is neither tighter
 * nor looser for them (`changed`, with the hours named; README, `slm diff`).
 */
export function usedDocumentChanges(base: Model, head: Model, a: Agreement, b: Agreement): AgreementChange[] {
  const out: AgreementChange[] = [];
  const before = new Map(a.targets.map((t) => [t.name, t]));
  const sources = new Map<string, { from: DataSource; to: DataSource }>();
  for (const y of b.targets) {
    const x = before.get(y.name);
    if (!x) continue;
    const hours = calendarChange(base, head, a, b, x, y);
    if (hours) out.push(hours);
    const from = sourceForTarget(base, a, x).source;
    const to = sourceForTarget(head, b, y).source;
    if (from?.metadata.name !== to?.metadata.name) {
      out.push(
        change(b, y.name, "source", from?.metadata.name ?? null, to?.metadata.name ?? null, "changed", {
          kind: "DataSource",
          name: to?.metadata.name ?? from!.metadata.name,
        }),
      );
    } else if (from && to) {
      sources.set(to.metadata.name, { from, to });
    }
  }
  for (const [name, { from, to }] of [...sources].sort(([p], [q]) => compareStrings(p, q))) {
    const fields = dataSourceFields(from, to);
    if (fields.length === 0) continue;
    out.push(
      change(
        b,
        null,
        "data source",
        fields.map((f) => `${f.field}: ${f.from}`).join("; "),
        fields.map((f) => `${f.field}: ${f.to}`).join("; "),
        "changed",
        { kind: "DataSource", name },
      ),
    );
  }
  if (b.kind === "SLA") out.push(...dependencyChanges(base, head, b));
  return out;
}

/** The target's service hours: another calendar, or the same calendar with other hours. */
function calendarChange(
  base: Model,
  head: Model,
  a: Agreement,
  b: Agreement,
  x: Target,
  y: Target,
): AgreementChange | null {
  const sameName = x.calendar === y.calendar;
  // The same document in the same zone has the same hours: most targets end here, cheaply.
  if (sameName && calendarText(base, x.calendar) === calendarText(head, y.calendar)) {
    if (agreementZone(base, a) === agreementZone(head, b)) return null;
  }
  const hours = hoursChange(base, a, x.calendar, head, b, y.calendar);
  if (!hours && sameName) return null;
  const from = describeCalendar(base, x.calendar);
  const to = describeCalendar(head, y.calendar);
  const via = { kind: "Calendar" as const, name: y.calendar };
  const fromText = sameName ? from : `${x.calendar}: ${from}`;
  const toText = sameName ? to : `${y.calendar}: ${to}`;
  return {
    ...change(
      b,
      y.name,
      sameName ? "service hours" : "calendar",
      fromText,
      toText,
      hoursDirection(y.metric, hours),
      via,
    ),
    ...(hours ? { detail: describeHours(hours) } : { detail: "the same service hours" }),
  };
}

function hoursDirection(metric: Metric, hours: HoursChange | null): Direction {
  if (!hours || !CLOCK_METRICS.includes(metric)) return "changed";
  if (hours.added && !hours.removed) return "tightened";
  if (hours.removed && !hours.added) return "loosened";
  return "changed";
}

function describeHours(h: HoursChange): string {
  return [h.removed && `fewer service hours: ${h.removed}`, h.added && `more service hours: ${h.added}`]
    .filter(Boolean)
    .join("; ");
}

/** A Calendar document's content, to tell whether it changed (its file position does not count). */
function calendarText(model: Model, name: string): string {
  const c = model.calendars.get(name);
  if (!c) return name;
  const { origin: _origin, metadata: _metadata, ...content } = c;
  return JSON.stringify(content);
}

/** `mon-fri 08:00-18:00, sat 09:00-13:00 (Europe/Berlin), 3 holidays`; `always open` for the built-in 24x7. */
function describeCalendar(model: Model, name: string): string {
  const c = model.calendars.get(name);
  if (!c) return name === CALENDAR_24X7 ? "always open" : "(missing)";
  const rules = c.hours.map(
    (h) => `${dayRanges(h.days)} ${formatTimeOfDay(h.from)}-${formatTimeOfDay(h.to)}`,
  );
  const count = (n: number, word: string) => (n === 0 ? "" : `, ${n} ${word}${n === 1 ? "" : "s"}`);
  const library = c.holidaysFrom
    ? `, holidays from ${c.holidaysFrom.country}${c.holidaysFrom.region ? `-${c.holidaysFrom.region}` : ""}`
    : "";
  return `${rules.join(", ")} (${c.timezone})${count(c.holidays.length, "holiday")}${count(c.workdays.length, "working day")}${library}`;
}

/** Weekdays (0 = Sunday) as runs from Monday: `mon-fri`, `sat-sun`, `mon,wed`. */
function dayRanges(days: readonly number[]): string {
  const order = [...new Set(days)].map((d) => (d + 6) % 7).sort((a, b) => a - b);
  const name = (i: number) => WEEKDAYS[(i + 1) % 7]!;
  const runs: string[] = [];
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && order[end + 1] === order[end]! + 1) end++;
    runs.push(
      end - k >= 2
        ? `${name(order[k]!)}-${name(order[end]!)}`
        : order
            .slice(k, end + 1)
            .map(name)
            .join(","),
    );
    k = end + 1;
  }
  return runs.join(",");
}

/** The fields of a DataSource that change how rows are read, as text, where they differ. */
function dataSourceFields(from: DataSource, to: DataSource): { field: string; from: string; to: string }[] {
  const flat = (s: DataSource): Map<string, string> => {
    const { kind: _kind, metadata: _metadata, origin: _origin, columns, values, ...rest } = s;
    const out = new Map<string, string>();
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) out.set(k, JSON.stringify(v));
    for (const [k, v] of Object.entries(columns)) out.set(`columns.${k}`, JSON.stringify(v));
    for (const [k, v] of Object.entries(values)) out.set(`values.${k}`, JSON.stringify(v));
    return out;
  };
  const x = flat(from);
  const y = flat(to);
  const keys = [...new Set([...x.keys(), ...y.keys()])].sort();
  return keys
    .filter((k) => x.get(k) !== y.get(k))
    .map((k) => ({ field: k, from: x.get(k) ?? "(none)", to: y.get(k) ?? "(none)" }));
}

/**
 * `dependsOn` of every service the SLA's service rests on, transitively, where it differs: what
 * coverage takes for the SLA's components. The coverage verdicts it changes are listed with it.
 */
function dependencyChanges(base: Model, head: Model, sla: Agreement): AgreementChange[] {
  const out: AgreementChange[] = [];
  const seen = new Set<string>();
  const queue = [sla.service];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const x = base.services.get(name)?.dependsOn ?? [];
    const y = head.services.get(name)?.dependsOn ?? [];
    const from = describeDependencies(x);
    const to = describeDependencies(y);
    if (from !== to) {
      out.push(
        change(sla, null, "dependsOn", from || "(none)", to || "(none)", "changed", {
          kind: "Service",
          name,
        }),
      );
    }
    for (const d of [...x, ...y]) queue.push(...("service" in d ? [d.service] : d.anyOf));
  }
  return out;
}

function describeDependencies(deps: readonly ({ service: string } | { anyOf: string[] })[]): string {
  return deps.map((d) => ("service" in d ? d.service : `anyOf(${d.anyOf.join(", ")})`)).join(", ");
}
