import { UsageError } from "../core/errors.js";
import { parseTimestampText, timestampParser } from "./timestamp-parser.js";

/** `--as-of`: an ISO 8601 instant (UTC unless it has an offset), as epoch milliseconds. */
export function parseAsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = parseTimestampText(timestampParser(undefined, "UTC"), text);
  if (!Number.isFinite(t)) {
    throw new UsageError(`--as-of ${text}: expected an ISO 8601 instant like 2024-06-01T00:00:00Z`);
  }
  return t;
}
