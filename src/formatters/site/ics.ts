import type { SiteModel } from "../../site/site-model.js";
import { detailText } from "./calendar-words.js";
import { siteText } from "./html-page.js";

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines in TEXT values. */
export function icsText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/**
 * RFC 5545 §3.1: lines of at most 75 octets, continued on the next line after CRLF and a space;
 * never inside a UTF-8 sequence (a character is moved whole to the next line).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const compact = (date: string) => date.replace(/-/g, "");

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The review calendar as an iCalendar feed: one all-day VEVENT per review, term end and notice
 * deadline (DTSTART;VALUE=DATE, DTEND the next day: dates, no time zone), a UID that stays the
 * same for the same event, and DTSTAMP the generation time (SOURCE_DATE_EPOCH when set), so the
 * same repository gives the same bytes.
 */
export function formatIcs(site: SiteModel, ctx: { version: string }): string {
  const text = siteText(site);
  const stamp = `${site.generatedAt.slice(0, 19).replace(/[-:]/g, "")}Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//slm//slm ${ctx.version}//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icsText(text.t("site.ics.name"))}`,
  ];
  for (const e of site.calendar) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${icsText(text.t("site.ics.summary", { event: text.t(`site.event.${e.event}`), kind: e.kind, name: e.name }))}`,
      `DESCRIPTION:${icsText(detailText(e, text))}`,
      `CATEGORIES:${icsText(e.event)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
