import { utcToWall } from "../time/zone.js";

/** An instant as the customer reads it, in the agreement's zone: "2024-05-12 02:00 CEST". */
export function localTime(ms: number, zone: string): string {
  const wall = new Date(utcToWall(zone, ms)).toISOString().slice(0, 16).replace("T", " ");
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: zone, timeZoneName: "short" })
    .formatToParts(new Date(ms))
    .find((p) => p.type === "timeZoneName")?.value;
  return name ? `${wall} ${name}` : wall;
}

/** An epoch-ms instant as ISO 8601 UTC, the form of every instant in the JSON model. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}
