import { createHash } from "node:crypto";

/** go-sdk's limit on names and display names, counted in runes (Unicode code points). */
export const MAX_NAME_RUNES = 63;

/** OpenSLO names are DNS labels (≤ 63 characters); long ones keep a hash suffix to stay unique. */
export function dnsLabel(name: string): string {
  if (name.length <= MAX_NAME_RUNES) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, 54).replace(/-+$/, "")}-${hash}`;
}

/**
 * The first candidate that fits in 63 code points (go-sdk counts runes, as `[...s].length` does);
 * when none does, the last one cut with an ellipsis. Candidates run from the most to the least
 * telling, so a long agreement display name gives way to its short name before anything is cut.
 */
export function fitDisplayName(...candidates: string[]): string {
  for (const c of candidates) if ([...c].length <= MAX_NAME_RUNES) return c;
  const last = [...candidates[candidates.length - 1]!];
  return `${last.slice(0, MAX_NAME_RUNES - 1).join("")}…`;
}

/**
 * An IANA zone as both OpenSLO checkers accept it: the v1 schema wants `Area/Location`, so UTC is
 * written `Etc/UTC`, and an alias without an area (`Japan`) becomes its canonical zone
 * (`Asia/Tokyo`, as ICU resolves it), which Go's time.LoadLocation also finds.
 */
export function openSloTimeZone(zone: string): string {
  const canonical = new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  return canonical === "UTC" ? "Etc/UTC" : canonical;
}
