import type { JsonSchema } from "./definitions.js";

/**
 * What the published schemas say to people and editors beyond the definitions: a title for every
 * definition (editors name a mismatch by it — `Incorrect type. Expected "date (YYYY-MM-DD)"` —
 * and fall back to the internal name without one) and the defaults slm applies. Kept out of
 * definitions.ts so that a new field there is one entry, and checked by the schema tests.
 */
export const DEF_TITLES: Record<string, string> = {
  name: "name (lowercase letters, digits and '-', 1–63 characters)",
  percentage: "percentage (99.9% or a number 0–100)",
  budgetPercentage: "share of the error budget (150% or 150)",
  duration: "duration (30s, 15m, 4h, 1h30m, 2d, 1w, 500ms or ISO 8601 PT15M)",
  threshold:
    "threshold (a duration such as 15m, 4h, 500ms, business days such as 2bd, or a satisfaction score such as 4)",
  calendarInterval: "calendar interval (1y, 6mo, 90d, 2w or ISO 8601 P1Y)",
  date: "date (YYYY-MM-DD)",
  timeOfDay: "time of day (HH:MM, 24 h)",
  timeOfDayEnd: "end time of day (HH:MM, 24 h, or 24:00)",
  timezone: "IANA time zone (Europe/Berlin, UTC)",
  metadata: "metadata (name, displayName, labels)",
  creditTier: "credit tier (below, credit)",
  target: "target (name, metric, objective, …)",
  agreementSpec: "agreement spec (service, provider, customer, term, targets, …)",
  serviceSpec: "service spec (owner, dependsOn, …)",
  calendarSpec: "calendar spec (timezone, hours, holidays)",
  partySpec: "party spec (type, contact)",
  dataSourceSpec: "data source spec (type, path, columns, …)",
};

/** A readable title for a definition without one in DEF_TITLES: `dataSourceSpec` → `data source spec`. */
export function titleOf(defName: string): string {
  return (
    DEF_TITLES[defName] ??
    defName
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/Document$/, " document")
      .toLowerCase()
  );
}

/**
 * Defaults slm applies when a field is left out, by definition and property path. Only fixed
 * values: a default that depends on another field (a target's calendar is its agreement's) is
 * said in the description instead.
 */
export const DEFAULTS: [string, unknown][] = [
  ["target/window", "month"],
  ["agreementSpec/calendar", "24x7"],
  ["agreementSpec/creditCap", "100%"],
  ["agreementSpec/fee/per", "month"],
  ["agreementSpec/severity/minor", "150%"],
  ["agreementSpec/severity/major", "300%"],
  ["calendarSpec/timezone", "UTC"],
  ["dataSourceSpec/delimiter", ","],
  ["dataSourceSpec/timezone", "UTC"],
  ["dataSourceSpec/missing", [""]],
  ["dataSourceSpec/dedupe", "none"],
];

/** Sets each default on its property; a path that no longer exists is a programming error. */
export function withDefaults(defs: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const out = structuredClone(defs);
  for (const [path, value] of DEFAULTS) {
    const [def, ...properties] = path.split("/");
    let node: JsonSchema | undefined = out[def!];
    for (const p of properties) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[p];
    if (!node) throw new Error(`default for ${path}: no such property in the schema definitions`);
    node.default = value;
  }
  return out;
}
