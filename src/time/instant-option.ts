import { UsageError } from "../core/errors.js";
import { isValidDate } from "./civil-date.js";

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An instant given on the command line (`--as-of`): ISO 8601, UTC unless it names an offset; a
 * bare date is its midnight UTC. Kept apart from the CSV timestamp reader, whose formats and
 * zones are a DataSource's business.
 */
export function parseInstant(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = "0", mi = "0", s = "0", frac = ""] = m.slice(1, 8) as string[];
  if (!isValidDate(Number(y), Number(mo), Number(d))) return undefined;
  if (
    Number(h) > 24 ||
    Number(mi) > 59 ||
    Number(s) > 59 ||
    (Number(h) === 24 && mi !== "0" && Number(mi) > 0)
  )
    return undefined;
  const ms = Number(frac.padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const zone = m[8];
  if (zone === undefined || zone.toUpperCase() === "Z") return utc;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/** `--as-of` and its kin: undefined when not given, a usage error when it is not an instant. */
export function parseInstantOption(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = parseInstant(text);
  if (t === undefined)
    throw new UsageError(`${flag} ${text}: expected an ISO 8601 instant like 2024-06-01T00:00:00Z`);
  return t;
}
