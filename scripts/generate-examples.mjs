#!/usr/bin/env node
// Generates the measurement exports of the example repository (examples/data/**) for
// 2024-01 … 2024-06. Plain Node, no dependencies. A seeded PRNG makes the output byte-identical
// on every run: change SEED or a scenario below, re-run, and commit the CSV files.
//
//   node scripts/generate-examples.mjs          (or: npm run examples:generate)
//
// What the data is designed to show (see examples/README.md, "What the data shows"):
// - 2024-01, 2024-02, 2024-04: every SLA target met.
// - 2024-03: planned maintenance (excluded), a monitor gap (unknown time), a CDN slowdown that
//   breaches globex-portal/latency.
// - 2024-05: an e-mail upgrade that overran into a 4h30m unplanned outage: acme-email
//   availability, P1 response/resolution and recovery-time breached, credits capped at 50%;
//   P2 e-mail and P2 CRM tickets breached; two overlapping CRM outage rows (merged, not counted
//   twice) leave acme-crm availability just met.
// - 2024-06: a CDN incident breaches globex-portal availability (5% credit); the export was
//   taken on 2024-07-01 07:30, so late-June tickets are still open (pending).
// Every file also holds a few malformed rows (unparseable timestamp, end before start, missing
// required field), listed on stdout, so that data-quality notes have something to show.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SEED = 20240630;
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "data");
const MONTHS = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"];
const BERLIN = "Europe/Berlin";
const LONDON = "Europe/London";
const MINUTE = 60_000;
const HOUR = 3_600_000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness: one independent stream per label, so that changing one scenario does not
// reshuffle every other file.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stream(label) {
  let h = 2166136261 ^ SEED;
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  const next = mulberry32(h);
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    weighted: (weights) => {
      const total = weights.reduce((s, w) => s + w, 0);
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
    /** k distinct indices out of 0..n-1 */
    sample: (n, k) => {
      const idx = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      return new Set(idx.slice(0, Math.min(k, n)));
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Time zones (via Intl) and service-hours calendars (mirrors examples/calendars/*.yaml).

const formatters = new Map();
function localParts(ms, tz) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(tz, f);
  }
  const p = {};
  for (const { type, value } of f.formatToParts(new Date(ms))) p[type] = value;
  return { y: +p.year, m: +p.month, d: +p.day, hh: +p.hour, mm: +p.minute, ss: +p.second };
}

function offsetMs(ms, tz) {
  const p = localParts(ms, tz);
  return Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mm, p.ss) - Math.floor(ms / 1000) * 1000;
}

function localToUtc(y, m, d, hh, mm, ss, tz) {
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss);
  const guess = wall - offsetMs(wall, tz);
  const second = wall - offsetMs(guess, tz);
  return second;
}

/** "2024-05-12 02:00" (local wall-clock time in tz) → epoch ms */
function at(text, tz = BERLIN) {
  const [date, time = "00:00"] = text.split(" ");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm, ss = 0] = time.split(":").map(Number);
  return localToUtc(y, m, d, hh, mm, ss, tz);
}

const pad = (n, w = 2) => String(n).padStart(w, "0");
const ymd = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

function localText(ms, tz) {
  const p = localParts(ms, tz);
  return `${ymd(p.y, p.m, p.d)} ${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}`;
}

function isoWithOffset(ms, tz) {
  const p = localParts(ms, tz);
  const off = offsetMs(ms, tz) / MINUTE;
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  return `${ymd(p.y, p.m, p.d)}T${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const isoUtc = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");

const HOLIDAYS_DE = [
  "2024-01-01",
  "2024-03-29",
  "2024-04-01",
  "2024-05-01",
  "2024-05-09",
  "2024-05-20",
  "2024-10-03",
  "2024-12-25",
  "2024-12-26",
];
const HOLIDAYS_UK = [
  "2024-01-01",
  "2024-03-29",
  "2024-04-01",
  "2024-05-06",
  "2024-05-27",
  "2024-08-26",
  "2024-12-25",
  "2024-12-26",
];
const WEEKDAYS = [1, 2, 3, 4, 5];
function hoursOf(days, from, to, extra = {}) {
  const hours = { ...extra };
  for (const d of days) hours[d] = [...(hours[d] ?? []), [from, to]];
  return hours;
}
const CALENDARS = {
  "24x7": null,
  "business-hours-de": {
    tz: BERLIN,
    hours: hoursOf(WEEKDAYS, 8 * 60, 18 * 60),
    holidays: new Set(HOLIDAYS_DE),
  },
  "extended-hours-de": {
    tz: BERLIN,
    hours: hoursOf(WEEKDAYS, 8 * 60, 18 * 60, { 6: [[8 * 60, 14 * 60]] }),
    holidays: new Set(HOLIDAYS_DE),
  },
  "business-hours-uk": {
    tz: LONDON,
    hours: hoursOf(WEEKDAYS, 9 * 60, 17 * 60 + 30),
    holidays: new Set(HOLIDAYS_UK),
  },
};

const weekday = (y, m, d) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
function nextDay(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

function openIntervals(cal, y, m, d) {
  if (cal.holidays.has(ymd(y, m, d))) return [];
  const rules = cal.hours[weekday(y, m, d)] ?? [];
  return rules.map(([from, to]) => [
    localToUtc(y, m, d, Math.floor(from / 60), from % 60, 0, cal.tz),
    localToUtc(y, m, d, Math.floor(to / 60), to % 60, 0, cal.tz),
  ]);
}

/** The instant at which a clock started at `start` reaches `duration` of the calendar's hours. */
function addCalendarTime(start, duration, calendarName) {
  const cal = CALENDARS[calendarName];
  if (!cal) return start + duration;
  const p = localParts(start, cal.tz);
  let day = [p.y, p.m, p.d];
  let rest = duration;
  for (let i = 0; i < 800; i++) {
    for (const [a, b] of openIntervals(cal, ...day)) {
      if (b <= start) continue;
      const s = Math.max(a, start);
      if (rest <= b - s) return s + rest;
      rest -= b - s;
    }
    day = nextDay(...day);
  }
  throw new Error(`calendar ${calendarName}: clock does not end`);
}

// ---------------------------------------------------------------------------------------------
// CSV

function csvCell(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
const csvLine = (cells) => cells.map(csvCell).join(",");

const written = [];
const malformedReport = [];
function writeCsv(relPath, header, rows, malformed = []) {
  // rows: arrays of cells; malformed: [{ at: index into rows, cells, reason }]
  const lines = [csvLine(header)];
  const sortedBad = [...malformed].sort((a, b) => a.at - b.at);
  let k = 0;
  for (let i = 0; i <= rows.length; i++) {
    while (k < sortedBad.length && sortedBad[k].at === i) {
      lines.push(csvLine(sortedBad[k].cells));
      malformedReport.push({ file: relPath, line: lines.length, reason: sortedBad[k].reason });
      k++;
    }
    if (i < rows.length) lines.push(csvLine(rows[i]));
  }
  const file = join(OUT, relPath);
  mkdirSync(dirname(file), { recursive: true });
  const text = lines.join("\n") + "\n";
  writeFileSync(file, text);
  written.push({ file: relPath, rows: lines.length - 1, bytes: Buffer.byteLength(text) });
}

function monthBounds(month, tz) {
  const [y, m] = month.split("-").map(Number);
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return { y, m, start: localToUtc(y, m, 1, 0, 0, 0, tz), end: localToUtc(ny, nm, 1, 0, 0, 0, tz) };
}
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ---------------------------------------------------------------------------------------------
// Tickets (ServiceNow export)

const PRIORITY_LABEL = { P1: "1 - Critical", P2: "2 - High", P3: "3 - Moderate", P4: "4 - Low" };
const EXPORTED_AT = at("2024-07-01 07:30");

const M = MINUTE;
const H = HOUR;
// Per configuration item: volumes per month and, per priority, the calendar and the
// [response, resolution] thresholds the tickets are generated against — the SLA target's where
// one exists (email, crm, service-desk), else the OLA's, else a nominal one.
const PROFILES = [
  {
    service: "email",
    ci: "E-Mail ACME",
    group: "Messaging",
    tz: BERLIN,
    volume: { P2: 8, P3: 38, P4: 26 },
    calendar: { P1: "24x7", P2: "business-hours-de", P3: "business-hours-de", P4: "business-hours-de" },
    thresholds: { P1: [15 * M, 4 * H], P2: [1 * H, 8 * H], P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: [
      "Outlook keeps asking for password",
      "Shared mailbox not visible in Outlook",
      "Cannot send to external domain, NDR 5.7.1",
      "Mailbox full, please increase quota",
      "Out-of-office not working",
      "Calendar invites arrive late",
      'Mobile mail "Cannot get mail" on iPhone',
      "Distribution list change request",
      "Spam filter blocks customer invoices",
      "Web mail very slow",
    ],
  },
  {
    service: "crm",
    ci: "CRM ACME",
    group: "Business Apps",
    tz: BERLIN,
    volume: { P2: 7, P3: 22, P4: 15 },
    calendar: {
      P1: "extended-hours-de",
      P2: "extended-hours-de",
      P3: "extended-hours-de",
      P4: "extended-hours-de",
    },
    thresholds: { P1: [30 * M, 4 * H], P2: [2 * H, 8 * H], P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: [
      "Opportunity report shows wrong totals",
      "CRM login fails for field sales user",
      "Quote PDF export fails",
      "Duplicate accounts after import",
      "CRM search returns no results",
      "Sync with Outlook contacts broken",
      "New user needs CRM licence",
      "Dashboard widget empty, error 500",
    ],
  },
  {
    service: "service-desk",
    ci: "Globex Workplace",
    group: "Service Desk UK",
    tz: LONDON,
    volume: { P1: 3, P2: 24, P3: 140, P4: 75 },
    calendar: {
      P1: "business-hours-uk",
      P2: "business-hours-uk",
      P3: "business-hours-uk",
      P4: "business-hours-uk",
    },
    thresholds: { P1: [30 * M, 8 * H], P2: [2 * H, 16 * H], P3: [8 * H, 40 * H], P4: [16 * H, 80 * H] },
    texts: [
      "Laptop does not boot",
      "Printer on 3rd floor jams, Manchester office",
      "VPN disconnects every few minutes",
      "Password reset",
      "New starter: laptop, phone and accounts",
      "Monitor flickering",
      "Teams audio not working in meeting room B",
      "Software request: Visio",
      "Docking station not recognised",
      "Cannot access shared drive",
      "Phone handset broken",
      "Board room projector shows no signal",
    ],
  },
  {
    service: "customer-portal",
    ci: "Globex Customer Portal",
    group: "Web Platforms",
    tz: BERLIN,
    volume: { P2: 3, P3: 8, P4: 6 },
    calendar: { P2: "business-hours-de", P3: "business-hours-de", P4: "business-hours-de" },
    thresholds: { P2: [1 * H, 8 * H], P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: [
      "Invoice download shows error",
      "Order status not updated",
      "Portal login loop",
      "Typo on FAQ page",
    ],
  },
  {
    service: "mail-platform",
    ci: "Exchange Cluster HH",
    group: "Messaging",
    tz: BERLIN,
    volume: { P2: 2, P3: 5, P4: 3 },
    calendar: { P1: "24x7", P2: "business-hours-de", P3: "business-hours-de", P4: "business-hours-de" },
    thresholds: { P1: [10 * M, 3 * H], P2: [30 * M, 6 * H], P3: [2 * H, 16 * H], P4: [8 * H, 40 * H] },
    texts: ["DAG copy queue length high", "Certificate expires in 14 days", "Disk space on EXCH02 low"],
  },
  {
    service: "network",
    ci: "Core Network HH",
    group: "Network Operations",
    tz: BERLIN,
    volume: { P2: 2, P3: 6, P4: 4 },
    calendar: { P1: "24x7", P2: "24x7", P3: "24x7", P4: "24x7" },
    thresholds: { P1: [15 * M, 4 * H], P2: [1 * H, 8 * H], P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: ["Packet loss on uplink core-sw-02", "Firewall rule change request", "Switch port flapping"],
  },
  {
    service: "isp-a",
    ci: "Internet Uplink FibreNet",
    group: "Network Operations",
    tz: BERLIN,
    volume: { P3: 1 },
    calendar: { P3: "24x7" },
    thresholds: { P3: [4 * H, 24 * H] },
    texts: ["BGP session reset by carrier", "Latency to carrier edge increased"],
  },
  {
    service: "isp-b",
    ci: "Internet Uplink MetroLink",
    group: "Network Operations",
    tz: BERLIN,
    volume: { P3: 1 },
    calendar: { P3: "24x7" },
    thresholds: { P3: [4 * H, 24 * H] },
    texts: ["Backup line: CRC errors on handover", "Backup line: router alarm"],
  },
  {
    service: "database",
    ci: "PostgreSQL Cluster PG01",
    group: "Database Administration",
    tz: BERLIN,
    volume: { P2: 2, P3: 4, P4: 3 },
    calendar: { P1: "24x7", P2: "extended-hours-de", P3: "extended-hours-de", P4: "extended-hours-de" },
    thresholds: { P1: [15 * M, 4 * H], P2: [1 * H, 8 * H], P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: ["Replication lag above 60s", "Slow query on crm.accounts", "Vacuum not running on portal db"],
  },
  {
    service: "crm-app",
    ci: "Skyline CRM App",
    group: "Business Apps",
    tz: BERLIN,
    volume: { P2: 2, P3: 4, P4: 3 },
    calendar: { P2: "business-hours-de", P3: "business-hours-de", P4: "business-hours-de" },
    thresholds: { P2: [1 * H, 8 * H], P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: ["App server heap usage high", "Batch job import_leads failed", "Vendor hotfix to install"],
  },
  {
    service: "portal-app",
    ci: "Portal App Cluster",
    group: "Web Platforms",
    tz: BERLIN,
    volume: { P3: 3, P4: 2 },
    calendar: { P3: "24x7", P4: "24x7" },
    thresholds: { P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: ["Pod restarts in portal namespace", "TLS certificate renewal", "Container image vulnerability"],
  },
  {
    service: "file-share",
    ci: "File Services",
    group: "Network Operations",
    tz: BERLIN,
    volume: { P3: 8, P4: 10 },
    calendar: { P3: "business-hours-de", P4: "business-hours-de" },
    thresholds: { P3: [4 * H, 24 * H], P4: [8 * H, 40 * H] },
    texts: ["Restore deleted folder", "Access rights for project share", "Drive letter not mapped"],
  },
];
const PROFILE = Object.fromEntries(PROFILES.map((p) => [p.service, p]));

// The company of each configuration item's users (the export's `company` column, the `customer`
// dimension of the servicenow DataSource): a customer's own services, else Northwind itself.
const COMPANY = { "E-Mail ACME": "ACME Corp", "CRM ACME": "ACME Corp", "Globex Workplace": "Globex Ltd" };
COMPANY["Globex Customer Portal"] = "Globex Ltd";
const companyOf = (ci) => COMPANY[ci] ?? "Northwind IT Services";

// The service desk is shared: it also takes ACME's workplace calls (no SLA covers them), which its
// second assignment group exports separately and which are appended to each month's file. Their
// own random stream and number range leave every other row of the export as it was; Globex's SLA
// counts only Globex's tickets (spec.scope, SPEC §13).
const ACME_DESK = {
  service: "service-desk",
  ci: "ACME Workplace",
  group: "Service Desk DE",
  tz: BERLIN,
  volume: { P2: 4, P3: 30, P4: 18 },
  calendar: { P2: "business-hours-de", P3: "business-hours-de", P4: "business-hours-de" },
  thresholds: { P2: [2 * H, 16 * H], P3: [8 * H, 40 * H], P4: [16 * H, 80 * H] },
  texts: ["Laptop docking station", "Password reset", "Printer driver missing", "New monitor request"],
};
COMPANY[ACME_DESK.ci] = "ACME Corp";

// Breached tickets planned beyond the normal background (2024-05 only):
// [service, priority] → { response, resolution } number of breached tickets.
const MAY_BREACHES = {
  "email/P2": { response: 2, resolution: 3 },
  "crm/P2": { response: 0, resolution: 3 },
};

// P1 incidents tied to outages (local Berlin time); clocks in the SLA target's calendar.
const P1_INCIDENTS = [
  ["email", "2024-01-17 09:44:12", 6 * M, 15 * M, "Users cannot send or receive e-mail"],
  ["crm", "2024-02-14 16:25:40", 12 * M, 40 * M, "CRM hangs when searching accounts"],
  ["email", "2024-03-17 01:08:05", 9 * M, 25 * M, "Mail queue stuck after storage migration"],
  ["network", "2024-04-03 14:12:30", 3 * M, 20 * M, "Core network outage, several services down"],
  ["email", "2024-04-24 11:08:51", 5 * M, 26 * M, "Certificate warning in Outlook, mail flow interrupted"],
  ["email", "2024-05-12 02:14:09", 27 * M, 4 * H + 27 * M, "All mailboxes unavailable after upgrade"],
  [
    "email",
    "2024-05-12 08:35:44",
    22 * M,
    4 * H + 40 * M,
    "Mail delivery delayed for all users after rollback",
  ],
  ["crm", "2024-05-15 10:06:18", 9 * M, 1 * H + 5 * M, "CRM down: database failover"],
  ["email", "2024-05-23 14:05:27", 7 * M, 20 * M, "Web mail unreachable"],
  ["email", "2024-06-19 07:53:02", 4 * M, 12 * M, "Outlook cannot connect, certificate error"],
];

// Arrival shape: weight per local hour of day, and per day type.
const HOUR_WEIGHTS = [
  0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 1.0, 2.5, 3.5, 3.2, 2.8, 1.8, 2.6, 3.0, 2.6, 2.0, 1.2, 0.6, 0.4, 0.3,
  0.2, 0.15, 0.1,
];
const UK_HOUR_WEIGHTS = HOUR_WEIGHTS.map((w, h) => (h < 6 || h > 21 ? 0 : w));

function metClock(r, threshold) {
  const share = Math.min(0.85, Math.max(0.04, Math.exp(Math.log(0.28) + 0.6 * r.normal())));
  return Math.round((threshold * share) / 1000) * 1000;
}
function breachedClock(r, threshold) {
  const share = 1.25 + Math.min(3, -Math.log(1 - r.next()) * 0.8);
  return Math.round((threshold * share) / 1000) * 1000;
}

function arrival(r, profile, month, lastMonth, urgent) {
  const [y, m] = month.split("-").map(Number);
  const holidays = profile.tz === LONDON ? HOLIDAYS_UK : HOLIDAYS_DE;
  // Urgent tickets in the last month stay clear of the export cut-off, so they are closed.
  const lastDay = lastMonth && urgent ? 26 : daysIn(y, m);
  const dayWeights = [];
  for (let d = 1; d <= lastDay; d++) {
    const wd = weekday(y, m, d);
    let w = wd === 0 ? 0.06 : wd === 6 ? 0.12 : 1;
    if (holidays.includes(ymd(y, m, d))) w = 0.08;
    dayWeights.push(w);
  }
  const d = r.weighted(dayWeights) + 1;
  const hh = r.weighted(profile.tz === LONDON ? UK_HOUR_WEIGHTS : HOUR_WEIGHTS);
  return localToUtc(y, m, d, hh, r.int(0, 59), r.int(0, 59), profile.tz);
}

let ticketNumber = 10_240;
let acmeDeskNumber = 30_000;

/** The rows of ACME's service desk calls in a month (appended to the export; see ACME_DESK). */
function acmeDeskRows(month, lastMonth) {
  const r = stream(`tickets/${month}/acme-desk`);
  const rows = [];
  const tickets = [];
  for (const [priority, base] of Object.entries(ACME_DESK.volume)) {
    const count = Math.max(1, Math.round(base * (0.85 + 0.3 * r.next())));
    for (let k = 0; k < count; k++) {
      const opened = arrival(r, ACME_DESK, month, lastMonth, priority === "P2");
      const [respThr, resThr] = ACME_DESK.thresholds[priority];
      const response = metClock(r, respThr);
      const resolution = Math.max(metClock(r, resThr), response + 5 * M);
      tickets.push({ priority, opened, response, resolution, text: r.pick(ACME_DESK.texts) });
    }
  }
  tickets.sort((a, b) => a.opened - b.opened);
  for (const t of tickets) {
    const cal = ACME_DESK.calendar[t.priority];
    let responded = addCalendarTime(t.opened, t.response, cal);
    let resolved = addCalendarTime(t.opened, t.resolution, cal);
    if (responded > EXPORTED_AT) responded = null;
    if (resolved > EXPORTED_AT) resolved = null;
    rows.push([
      `INC00${acmeDeskNumber++}`,
      t.text,
      ACME_DESK.ci,
      PRIORITY_LABEL[t.priority],
      resolved === null ? "In Progress" : "Closed",
      ACME_DESK.group,
      localText(t.opened, BERLIN),
      responded === null ? "" : localText(responded, BERLIN),
      resolved === null ? "" : localText(resolved, BERLIN),
      "",
      companyOf(ACME_DESK.ci),
    ]);
  }
  return rows;
}
function generateTickets() {
  for (const [i, month] of MONTHS.entries()) {
    const r = stream(`tickets/${month}`);
    const lastMonth = i === MONTHS.length - 1;
    const tickets = [];
    for (const profile of PROFILES) {
      for (const [priority, base] of Object.entries(profile.volume)) {
        const count = Math.max(priority === "P1" ? base : 1, Math.round(base * (0.85 + 0.3 * r.next())));
        const planned = month === "2024-05" ? MAY_BREACHES[`${profile.service}/${priority}`] : undefined;
        const background = (share) =>
          priority === "P4" ? Math.floor(count * 0.05) : count >= 20 ? Math.floor(count * share) : 0;
        const respBad = r.sample(count, planned ? planned.response : background(0.03));
        const resBad = r.sample(count, planned ? planned.resolution : background(0.04));
        for (let k = 0; k < count; k++) {
          const opened = arrival(r, profile, month, lastMonth, priority === "P1" || priority === "P2");
          const [respThr, resThr] = profile.thresholds[priority];
          const response = respBad.has(k) ? breachedClock(r, respThr) : metClock(r, respThr);
          let resolution = resBad.has(k) ? breachedClock(r, resThr) : metClock(r, resThr);
          resolution = Math.max(resolution, response + 5 * M);
          const paused = (priority === "P3" || priority === "P4") && r.chance(0.2) ? r.int(1, 48) * 1800 : 0;
          tickets.push({
            profile,
            priority,
            opened,
            response,
            resolution,
            paused,
            text: r.pick(profile.texts),
          });
        }
      }
    }
    for (const [service, when, response, resolution, text] of P1_INCIDENTS) {
      if (!when.startsWith(month)) continue;
      tickets.push({
        profile: PROFILE[service],
        priority: "P1",
        opened: at(when),
        response,
        resolution,
        paused: 0,
        text,
      });
    }
    tickets.sort((a, b) => a.opened - b.opened);

    const rows = [];
    const finals = [];
    for (const t of tickets) {
      const cal = t.profile.calendar[t.priority];
      let responded = addCalendarTime(t.opened, t.response, cal);
      let resolved = addCalendarTime(t.opened, t.resolution + t.paused * 1000, cal);
      let paused = t.paused;
      if (responded > EXPORTED_AT) responded = null;
      if (resolved > EXPORTED_AT) {
        resolved = null;
        paused = 0;
      }
      const number = `INC00${ticketNumber++}`;
      const state =
        resolved === null
          ? responded === null
            ? "New"
            : "In Progress"
          : EXPORTED_AT - resolved > 3 * 24 * H
            ? "Closed"
            : "Resolved";
      const row = (st, resp, res, pausedSeconds) => [
        number,
        t.text,
        t.profile.ci,
        PRIORITY_LABEL[t.priority],
        st,
        t.profile.group,
        localText(t.opened, BERLIN),
        resp === null ? "" : localText(resp, BERLIN),
        res === null ? "" : localText(res, BERLIN),
        pausedSeconds ? pausedSeconds : "",
        companyOf(t.profile.ci),
      ];
      // About 4% of resolved incidents were exported once while still in progress; the delta
      // export appended their final state at the end of the file (dedupe: last).
      if (resolved !== null && responded !== null && r.chance(0.04)) {
        rows.push(row("In Progress", responded, null, 0));
        finals.push(row(state, responded, resolved, paused));
      } else {
        rows.push(row(state, responded, resolved, paused));
      }
    }
    rows.push(...finals);
    const acmeDesk = acmeDeskRows(month, lastMonth);

    const [y, m] = month.split("-").map(Number);
    const bad = (day, hh) => localText(localToUtc(y, m, day, hh, 12, 0, BERLIN), BERLIN);
    const malformed = [
      {
        at: Math.floor(rows.length * 0.2),
        reason: "unparseable opened_at",
        cells: [
          `INC00${ticketNumber++}`,
          "Mailbox migration question",
          "E-Mail ACME",
          PRIORITY_LABEL.P3,
          "Closed",
          "Messaging",
          `14.${pad(m)}.${y} 09:12`,
          "",
          "",
          "",
          "ACME Corp",
        ],
      },
      {
        at: Math.floor(rows.length * 0.55),
        reason: "resolved_at before opened_at",
        cells: [
          `INC00${ticketNumber++}`,
          "Signature template update",
          "E-Mail ACME",
          PRIORITY_LABEL.P4,
          "Closed",
          "Messaging",
          bad(16, 10),
          bad(16, 10).replace(" 10:", " 11:"),
          bad(15, 16),
          "",
          "ACME Corp",
        ],
      },
      {
        at: Math.floor(rows.length * 0.8),
        reason: i % 2 === 0 ? "missing priority" : "missing cmdb_ci (NULL)",
        cells: [
          `INC00${ticketNumber++}`,
          "Ticket created by e-mail parser",
          i % 2 === 0 ? "E-Mail ACME" : "NULL",
          i % 2 === 0 ? "" : PRIORITY_LABEL.P3,
          "Closed",
          "Messaging",
          bad(21, 9),
          bad(21, 10),
          bad(21, 15),
          "",
          "ACME Corp",
        ],
      },
    ];
    writeCsv(
      `servicenow/${month}.csv`,
      [
        "number",
        "short_description",
        "cmdb_ci",
        "priority",
        "state",
        "assignment_group",
        "opened_at",
        "first_response_at",
        "resolved_at",
        "paused_seconds",
        "company",
      ],
      [...rows, ...acmeDesk],
      malformed,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Outage log (local time with offset)

// [service, start, end (null = still down), planned, cause] in Europe/Berlin wall-clock time.
const OUTAGES = [
  ["isp-a", "2024-01-09 03:12", "2024-01-09 03:41", false, "Carrier maintenance overran (not announced)"],
  ["email", "2024-01-17 09:41", "2024-01-17 09:53", false, "Mailbox server failover after memory leak"],
  [
    "mail-platform",
    "2024-01-17 09:41",
    "2024-01-17 09:53",
    false,
    "Mailbox server failover after memory leak",
  ],
  ["crm", "2024-01-21 06:00", "2024-01-21 08:00", true, "Quarterly patching (Sunday window)"],
  ["crm-app", "2024-01-21 06:00", "2024-01-21 08:00", true, "Quarterly patching (Sunday window)"],
  ["isp-b", "2024-02-06 13:00", "2024-02-06 13:35", false, "Router replaced at carrier POP"],
  ["email", "2024-02-10 22:00", "2024-02-11 00:00", true, "Exchange cumulative update"],
  ["mail-platform", "2024-02-10 22:00", "2024-02-11 00:00", true, "Exchange cumulative update"],
  ["crm", "2024-02-14 16:20", "2024-02-14 16:50", false, "Search index rebuild locked CRM tables"],
  ["crm-app", "2024-02-14 16:20", "2024-02-14 16:50", false, "Search index rebuild locked CRM tables"],
  ["network", "2024-02-25 03:00", "2024-02-25 03:30", true, "Core switch firmware upgrade"],
  ["database", "2024-03-10 05:00", "2024-03-10 07:00", true, "PostgreSQL minor version upgrade"],
  ["email", "2024-03-16 21:00", "2024-03-17 01:00", true, "Mail platform storage migration"],
  ["mail-platform", "2024-03-16 21:00", "2024-03-17 01:00", true, "Mail platform storage migration"],
  ["email", "2024-03-17 01:00", "2024-03-17 01:20", false, "Mail queue stuck after storage migration"],
  [
    "mail-platform",
    "2024-03-17 01:00",
    "2024-03-17 01:20",
    false,
    "Mail queue stuck after storage migration",
  ],
  [
    "network",
    "2024-04-03 14:10",
    "2024-04-03 14:14",
    false,
    "Spanning-tree reconvergence after link failure",
  ],
  ["email", "2024-04-03 14:10", "2024-04-03 14:14", false, "Core network outage (spanning tree)"],
  ["crm", "2024-04-03 14:10", "2024-04-03 14:14", false, "Core network outage (spanning tree)"],
  ["isp-a", "2024-04-16 10:20", "2024-04-16 11:02", false, "Fibre damaged by construction work"],
  ["crm", "2024-04-21 06:00", "2024-04-21 09:00", true, "CRM release 24.2 (Sunday window)"],
  ["crm-app", "2024-04-21 06:00", "2024-04-21 09:00", true, "CRM release 24.2 (Sunday window)"],
  ["email", "2024-04-24 11:05", "2024-04-24 11:30", false, "Anti-spam gateway certificate expired"],
  ["mail-platform", "2024-04-24 11:05", "2024-04-24 11:30", false, "Anti-spam gateway certificate expired"],
  ["isp-b", "2024-05-03 19:10", "2024-05-03 20:55", false, "Power outage at carrier exchange"],
  [
    "customer-portal",
    "2024-05-08 05:10",
    "2024-05-08 05:25",
    false,
    "Container node drained during peak batch",
  ],
  ["portal-app", "2024-05-08 05:10", "2024-05-08 05:25", false, "Container node drained during peak batch"],
  ["email", "2024-05-11 22:00", "2024-05-12 02:00", true, "Mail platform major version upgrade"],
  ["mail-platform", "2024-05-11 22:00", "2024-05-12 02:00", true, "Mail platform major version upgrade"],
  [
    "email",
    "2024-05-12 02:00",
    "2024-05-12 06:30",
    false,
    "Upgrade overran: rollback after mailbox database corruption",
  ],
  [
    "mail-platform",
    "2024-05-12 02:00",
    "2024-05-12 06:30",
    false,
    "Upgrade overran: rollback after mailbox database corruption",
  ],
  ["database", "2024-05-15 10:02", "2024-05-15 10:47", false, "Primary disk failure, failover to standby"],
  ["crm", "2024-05-15 10:02", "2024-05-15 10:47", false, "Database failover (primary disk failure)"],
  ["crm", "2024-05-15 10:30", "2024-05-15 11:05", false, "CRM application servers restarted after failover"],
  [
    "crm-app",
    "2024-05-15 10:30",
    "2024-05-15 11:05",
    false,
    "Application servers restarted after database failover",
  ],
  ["email", "2024-05-23 14:02", "2024-05-23 14:20", false, "Load balancer misconfiguration"],
  ["mail-platform", "2024-05-23 14:02", "2024-05-23 14:20", false, "Load balancer misconfiguration"],
  ["isp-a", "2024-05-28 01:00", "2024-05-28 03:00", true, "Carrier maintenance (announced)"],
  [
    "customer-portal",
    "2024-06-12 15:00",
    "2024-06-12 16:10",
    false,
    "CDN configuration push broke origin routing",
  ],
  ["cdn", "2024-06-12 15:00", "2024-06-12 16:10", false, "Faulty configuration push at EdgeWave"],
  ["email", "2024-06-19 07:50", "2024-06-19 08:00", false, "TLS certificate rotation restarted front ends"],
  [
    "mail-platform",
    "2024-06-19 07:50",
    "2024-06-19 08:00",
    false,
    "TLS certificate rotation restarted front ends",
  ],
  ["isp-b", "2024-06-30 18:20", null, false, "Fibre cut on backup route, carrier investigating"],
  ["file-share", "2024-06-30 22:00", "2024-06-30 23:30", true, "Storage firmware upgrade"],
];

function generateOutages() {
  let ref = 1;
  const byMonth = new Map(MONTHS.map((mo) => [mo, []]));
  for (const [service, start, end, planned, cause] of OUTAGES) {
    const s = at(start);
    byMonth.get(start.slice(0, 7)).push({
      s,
      cells: [
        `OUT-24-${pad(ref++, 4)}`,
        service,
        isoWithOffset(s, BERLIN),
        end === null ? "" : isoWithOffset(at(end), BERLIN),
        planned ? "yes" : "no",
        cause,
      ],
    });
  }
  for (const [i, month] of MONTHS.entries()) {
    const rows = byMonth
      .get(month)
      .sort((a, b) => a.s - b.s)
      .map((o) => o.cells);
    const [y, m] = month.split("-").map(Number);
    const iso = (d, hh) => isoWithOffset(localToUtc(y, m, d, hh, 0, 0, BERLIN), BERLIN);
    const kinds = [
      {
        reason: "end before start",
        cells: [`OUT-24-X${i}1`, "file-share", iso(9, 11), iso(9, 10), "no", "Entered in wrong order"],
      },
      {
        reason: "unparseable start",
        cells: [
          `OUT-24-X${i}2`,
          "file-share",
          `${y}-${pad(m)}-32T10:00:00+01:00`,
          iso(12, 11),
          "no",
          "Typo in date",
        ],
      },
      {
        reason: "missing service",
        cells: [`OUT-24-X${i}3`, "", iso(18, 14), iso(18, 15), "no", "Service not recorded"],
      },
    ];
    const malformed = [kinds[i % 3], kinds[(i + 1) % 3]].map((k, j) => ({
      ...k,
      at: Math.floor(((j + 1) * rows.length) / 3),
    }));
    writeCsv(
      `outage-log/${month}.csv`,
      ["Ref", "Service", "Start", "End", "Planned", "Cause"],
      rows,
      malformed,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Uptime checks (HTTPS monitor of the customer portal, every 5 minutes, UTC)

const CHECK_EVERY = 5 * MINUTE;
const utc = (text) => Date.parse(`${text.replace(" ", "T")}:00Z`);
// [from, to) in UTC: samples starting inside are down.
const PORTAL_DOWN = [
  [utc("2024-01-23 02:35"), utc("2024-01-23 02:40"), "TIMEOUT"],
  [utc("2024-04-11 19:20"), utc("2024-04-11 19:25"), "FAIL"],
  [utc("2024-05-08 03:10"), utc("2024-05-08 03:25"), "FAIL"],
  [utc("2024-06-12 13:00"), utc("2024-06-12 14:10"), "TIMEOUT"],
];
// The monitor itself was down (agent upgrade): no samples at all.
const MONITOR_GAP = [utc("2024-03-05 13:00"), utc("2024-03-05 15:10")];
// CDN slowdown: the portal is up but slow.
const PORTAL_SLOW = [utc("2024-03-20 08:00"), utc("2024-03-20 16:00")];

function generateChecks() {
  for (const [i, month] of MONTHS.entries()) {
    const r = stream(`checks/${month}`);
    const { start, end } = monthBounds(month, "UTC");
    const rows = [];
    for (let slot = start; slot < end; slot += CHECK_EVERY) {
      if (slot >= MONITOR_GAP[0] && slot < MONITOR_GAP[1]) continue;
      const t = i === 0 && slot === start ? slot : slot + r.int(0, 4) * 1000;
      const down = PORTAL_DOWN.find(([a, b]) => slot >= a && slot < b);
      if (down) {
        rows.push([isoUtc(t), "portal-https", down[2], "", down[2] === "FAIL" ? 503 : ""]);
        continue;
      }
      const hour = new Date(slot).getUTCHours();
      const busy = hour >= 7 && hour <= 18 ? 25 : 0;
      let latency = Math.round(115 + busy + 70 * Math.exp(0.3 * r.normal()));
      if (slot >= PORTAL_SLOW[0] && slot < PORTAL_SLOW[1]) latency = r.int(550, 1400);
      else if (r.chance(0.001)) latency = r.int(520, 2500);
      rows.push([isoUtc(t), "portal-https", "OK", latency, 200]);
    }
    const [y, m] = month.split("-").map(Number);
    const ts = (d, hh, mm) => isoUtc(Date.UTC(y, m - 1, d, hh, mm, 30));
    const malformed = [
      {
        at: Math.floor(rows.length * 0.25),
        reason: "unparseable checked_at",
        cells: [`${y}-${pad(m)}-07T25:61:00Z`, "portal-https", "OK", 180, 200],
      },
      {
        at: Math.floor(rows.length * 0.5),
        reason: "missing result",
        cells: [ts(14, 9, 2), "portal-https", "", "", ""],
      },
      {
        at: Math.floor(rows.length * 0.75),
        reason: "missing monitor",
        cells: [ts(22, 16, 7), "", "OK", 201, 200],
      },
    ];
    writeCsv(
      `uptime/${month}.csv`,
      ["checked_at", "monitor", "result", "response_ms", "http_code"],
      rows,
      malformed,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// API gateway request counts (hourly buckets, UTC)

// [app, bucket start UTC, share of failed requests in that bucket]
const ERROR_BURSTS = [
  ["crm-api", utc("2024-05-15 08:00"), 0.12],
  ["crm-api", utc("2024-05-15 09:00"), 0.05],
  ["portal-web", utc("2024-06-12 13:00"), 0.35],
  ["portal-web", utc("2024-06-12 14:00"), 0.08],
];

function generateMetrics() {
  for (const [i, month] of MONTHS.entries()) {
    const r = stream(`metrics/${month}`);
    const { start, end } = monthBounds(month, "UTC");
    const rows = [];
    for (let bucket = start; bucket < end; bucket += HOUR) {
      const uk = localParts(bucket, LONDON);
      const de = localParts(bucket, BERLIN);
      const ukWd = weekday(uk.y, uk.m, uk.d);
      const deWd = weekday(de.y, de.m, de.d);
      const portalShape = (ukWd === 0 || ukWd === 6 ? 0.6 : 1) * (uk.hh >= 8 && uk.hh <= 20 ? 1.6 : 0.35);
      const crmShape =
        deWd === 0
          ? 0.03
          : deWd === 6
            ? de.hh >= 8 && de.hh < 14
              ? 0.3
              : 0.03
            : de.hh >= 8 && de.hh < 18
              ? 1
              : 0.06;
      for (const [app, base, shape, errorRate] of [
        ["portal-web", 9000, portalShape, 0.0009],
        ["crm-api", 2500, crmShape, 0.0012],
      ]) {
        const total = Math.max(5, Math.round(base * shape * (0.9 + 0.2 * r.next())));
        const burst = ERROR_BURSTS.find(([a, b]) => a === app && b === bucket);
        const rate = burst ? burst[2] : errorRate * Math.exp(0.5 * r.normal());
        const failed = Math.min(total, Math.round(total * rate));
        rows.push([isoUtc(bucket), app, "http_requests", total - failed, total]);
      }
    }
    const [y, m] = month.split("-").map(Number);
    const malformed = [
      {
        at: Math.floor(rows.length * 0.3),
        reason: "unparseable bucket_start",
        cells: [`${pad(m)}/10/${y} 14:00`, "crm-api", "http_requests", 2311, 2315],
      },
      {
        at: Math.floor(rows.length * 0.7 + i),
        reason: "missing total",
        cells: [isoUtc(Date.UTC(y, m - 1, 20, 11)), "portal-web", "http_requests", 14020, ""],
      },
    ];
    writeCsv(`api-gateway/${month}.csv`, ["bucket_start", "app", "series", "ok", "total"], rows, malformed);
  }
}

/**
 * SPEC §22 (dba-backups, May 2024 only): the backup job log — a snapshot every hour, the runs of
 * May 8 03:00 and May 21 14:00 and 15:00 failed (3 h stale of 744 h) — and free disk every six
 * hours, one sample below 50 GB (48) and one exactly at it (50, which meets `>=`).
 */
function generateSliMenu() {
  const iso = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");
  const start = Date.UTC(2024, 4, 1);
  const end = Date.UTC(2024, 5, 1);
  const failed = new Set([Date.UTC(2024, 4, 8, 3), Date.UTC(2024, 4, 21, 14), Date.UTC(2024, 4, 21, 15)]);
  const runs = [];
  for (let t = start; t < end; t += 3_600_000) {
    runs.push([
      iso(t),
      "db-snapshot",
      failed.has(t) ? "Failed" : "Completed",
      String(412 + (new Date(t).getUTCDate() % 7)),
    ]);
  }
  writeCsv("backups/2024-05.csv", ["finished_at", "job", "outcome", "size_gb"], runs);
  const samples = [];
  let i = 0;
  for (let t = start; t < end; t += 6 * 3_600_000, i++) {
    samples.push([iso(t), "pg-cluster", String(i === 77 ? 48 : i === 78 ? 50 : 120 - i * 0.5)]);
  }
  writeCsv("capacity/2024-05.csv", ["sampled_at", "host", "free_gb"], samples);
}

// ---------------------------------------------------------------------------------------------
// Customer satisfaction survey (one row per response, SPEC §15): ACME's e-mail users rate each
// closed ticket 1–5. Most months about 90% score 4 or more; in 2024-05, during the upgrade that
// overran, scores drop (the target is excused there: three P1 tickets exceeded the agreed
// workload of two). One response per month is corrected by a later row with the same id (dedupe).

function generateSurveys() {
  let number = 5000;
  for (const month of MONTHS) {
    const r = stream(`surveys/${month}`);
    const { y, m } = monthBounds(month, BERLIN);
    const bad = month === "2024-05" ? 0.35 : 0.08;
    const rows = [];
    const count = r.int(24, 32);
    for (let k = 0; k < count; k++) {
      const day = 1 + Math.floor((k * daysIn(y, m)) / count);
      const when = localToUtc(y, m, day, r.int(8, 17), r.int(0, 59), 0, BERLIN);
      const score = r.chance(bad) ? r.int(1, 3) : r.int(4, 5);
      rows.push([
        `CS-${number++}`,
        isoUtc(when),
        "E-Mail ACME",
        score,
        r.chance(0.8) ? `INC00${r.int(10000, 39999)}` : "",
      ]);
    }
    // A respondent corrects the answer later: the last row of that id counts.
    const corrected = rows[Math.floor(count / 2)];
    rows.push([corrected[0], isoUtc(Date.parse(corrected[1]) + 2 * HOUR), corrected[2], 5, corrected[4]]);
    const malformed = [
      {
        at: Math.floor(count / 3),
        reason: "missing score",
        cells: [`CS-${number++}`, isoUtc(localToUtc(y, m, 15, 10, 0, 0, BERLIN)), "E-Mail ACME", "", ""],
      },
    ];
    writeCsv(
      `csat-survey/${month}.csv`,
      ["response_id", "submitted_at", "service", "rating", "ticket"],
      rows,
      malformed,
    );
  }
}

// ---------------------------------------------------------------------------------------------

rmSync(OUT, { recursive: true, force: true });
generateTickets();
generateOutages();
generateChecks();
generateMetrics();
generateSurveys();
generateSliMenu();

let bytes = 0;
for (const w of written) {
  bytes += w.bytes;
  console.log(
    `${`data/${w.file}`.padEnd(30)} ${String(w.rows).padStart(6)} rows ${String(w.bytes).padStart(9)} bytes`,
  );
}
console.log(`total ${written.length} files, ${bytes} bytes`);
console.log("\nmalformed rows (line numbers count the header as line 1):");
for (const b of malformedReport) console.log(`  data/${b.file}:${b.line}  ${b.reason}`);
