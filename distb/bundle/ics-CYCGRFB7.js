import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  detailText
} from "./chunk-J7JDNNBV.js";
import {
  siteText
} from "./chunk-DPJWOEM6.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/site/ics.js
function icsText(text) {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}
function foldLine(line) {
  const parts = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, "utf8");
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
var compact = (date) => date.replace(/-/g, "");
function nextDay(date) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
function formatIcs(site, ctx) {
  const text = siteText(site);
  const stamp = `${site.generatedAt.slice(0, 19).replace(/[-:]/g, "")}Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//slm//slm ${ctx.version}//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icsText(text.t("site.ics.name"))}`
  ];
  for (const e of site.calendar) {
    lines.push("BEGIN:VEVENT", `UID:${icsText(e.uid)}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`, `SUMMARY:${icsText(text.t("site.ics.summary", { event: text.t(`site.event.${e.event}`), kind: e.kind, name: e.name }))}`, `DESCRIPTION:${icsText(detailText(e, text))}`, `CATEGORIES:${icsText(e.event)}`, "TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r
`;
}
export {
  foldLine,
  formatIcs,
  icsText
};
