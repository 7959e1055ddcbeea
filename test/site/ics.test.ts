import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldLine, icsText } from "../../src/formatters/site/ics.js";
import { removeDir, runCli, tempDir, tempRepo } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

// The .ics feed of `slm site`, parsed back by ical.js (Mozilla's maintained iCalendar parser).
// The oracle for which events exist is `slm review --format json` over the same window (SPEC §7,
// §9): the feed must carry every one of them, on its date, as an all-day date without a zone.

const EPOCH = 1_719_748_800; // 2024-06-30T12:00:00Z
let out: string;
let feed: string;
type ReviewItem = { kind: string; name: string; event: string; date: string; days: number };
let review: { items: ReviewItem[] };
let reviewActions: ReviewItem[];

beforeAll(async () => {
  out = tempDir("slm-site-ics-");
  const env = { SOURCE_DATE_EPOCH: String(EPOCH) };
  const site = await runCli(["site", "--period", "2024-05", "--out", out, "--as-of", "2024-06-30"], {
    cwd: EXAMPLES,
    env,
  });
  expect(site.stderr).toContain("wrote the site");
  expect(site.code).toBe(0);
  feed = readFileSync(join(out, "calendar.ics"), "utf8");
  const r = await runCli(["review", "--as-of", "2024-06-30", "--within", "1y", "--format", "json"], {
    cwd: EXAMPLES,
  });
  // Review's agreement dates; its overdue Improvement actions are checked apart (their UIDs name
  // the action, not the event, so that an action keeps its UID when it becomes overdue).
  const all = JSON.parse(r.stdout) as typeof review;
  review = { items: all.items.filter((i) => i.kind !== "Improvement") };
  reviewActions = all.items.filter((i) => i.kind === "Improvement");
});
afterAll(() => removeDir(out));

describe("calendar.ics (RFC 5545) parsed by ical.js", () => {
  it("is one VCALENDAR 2.0 with CRLF line ends", () => {
    expect(feed.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(feed.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(feed.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const cal = new ICAL.Component(ICAL.parse(feed));
    expect(cal.name).toBe("vcalendar");
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
  });

  it("has a VEVENT for every review, term end and notice deadline, on its date, as a date without a zone", () => {
    const cal = new ICAL.Component(ICAL.parse(feed));
    const events = cal
      .getAllSubcomponents("vevent")
      .map((c) => new ICAL.Event(c))
      .filter((e) => !e.uid.startsWith("action."));
    // The examples as of 2024-06-30 within a year (examples/README.md): globex-portal's review
    // overdue since 2024-05-20, edgewave-cdn's due 2024-09-15, and more — as many as review lists.
    // No claim deadline: no UC credit falls due in May.
    expect(review.items.length).toBeGreaterThan(3);
    expect(events).toHaveLength(review.items.length);
    for (const item of review.items) {
      const e = events.find(
        (x) => x.uid === `${item.event}.${item.kind.toLowerCase()}.${item.name}.${item.date}@slm`,
      );
      expect(e, `${item.event} ${item.name}`).toBeDefined();
      expect(e!.startDate.isDate).toBe(true);
      expect(e!.startDate.toString()).toBe(item.date);
      // A floating date: no zone, the same day wherever the subscriber is.
      expect(e!.startDate.zone?.tzid ?? "floating").toBe("floating");
      const next = new Date(`${item.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(e!.endDate.toString()).toBe(next.toISOString().slice(0, 10));
      expect(e!.summary).toContain(`${item.kind} ${item.name}`);
    }
    const overdue = events.find((e) => e.uid === "review-overdue.sla.globex-portal.2024-05-20@slm")!;
    expect(overdue.summary).toBe("review overdue: SLA globex-portal");
    // The semicolon of the detail was escaped in the file and comes back as written.
    expect(overdue.description).toBe("review every 6mo; last review 2023-11-20");
  });

  it("has a VEVENT for the due date of every open Improvement action not done: overdue ones and those within the year", () => {
    const cal = new ICAL.Component(ICAL.parse(feed));
    const actions = cal
      .getAllSubcomponents("vevent")
      .map((c) => new ICAL.Event(c))
      .filter((e) => e.uid.startsWith("action."))
      .map((e) => [e.uid, e.startDate.toString(), e.summary]);
    // examples/improvements/ as of 2024-06-30, by hand: acme-crm-2024-05-p2 is done (nothing);
    // acme-email-2024-05-upgrade (in progress): action 1 done, action 2 due 06-21 not done
    // (overdue), action 3 due 07-31; acme-email-2024-05-p1-desk (open): action 1 due 07-15;
    // acme-email-p2-backlog (in progress): action 1 done, action 2 due 09-30.
    expect(actions).toEqual([
      [
        "action.improvement.acme-email-2024-05-upgrade.2.2024-06-21@slm",
        "2024-06-21",
        "action overdue: Improvement acme-email-2024-05-upgrade",
      ],
      [
        "action.improvement.acme-email-2024-05-p1-desk.1.2024-07-15@slm",
        "2024-07-15",
        "action due: Improvement acme-email-2024-05-p1-desk",
      ],
      [
        "action.improvement.acme-email-2024-05-upgrade.3.2024-07-31@slm",
        "2024-07-31",
        "action due: Improvement acme-email-2024-05-upgrade",
      ],
      [
        "action.improvement.acme-email-p2-backlog.2.2024-09-30@slm",
        "2024-09-30",
        "action due: Improvement acme-email-p2-backlog",
      ],
    ]);
    // The overdue one is the one review lists.
    expect(reviewActions.map((i) => [i.name, i.date])).toEqual([
      ["acme-email-2024-05-upgrade", "2024-06-21"],
    ]);
    const overdue = cal
      .getAllSubcomponents("vevent")
      .map((c) => new ICAL.Event(c))
      .find((e) => e.uid.startsWith("action.improvement.acme-email-2024-05-upgrade.2."))!;
    expect(overdue.description).toBe(
      "Keep a tested rollback plan with every change record (owner messaging-team); improvement of SLA acme-email",
    );
  });

  it("has a VEVENT for each credit's claim deadline: the window's last day + the UC's claimWithin", async () => {
    const june = tempDir("slm-site-ics-june-");
    try {
      const r = await runCli(["site", "--period", "2024-06", "--out", june, "--as-of", "2024-06-30"], {
        cwd: EXAMPLES,
        env: { SOURCE_DATE_EPOCH: String(EPOCH) },
      });
      expect(r.code).toBe(0);
      const cal = new ICAL.Component(ICAL.parse(readFileSync(join(june, "calendar.ics"), "utf8")));
      const claims = cal
        .getAllSubcomponents("vevent")
        .map((c) => new ICAL.Event(c))
        .filter((e) => e.uid.startsWith("claim-deadline."));
      // By hand: EdgeWave's Q2 window ends 2024-06-30; claimWithin 60d → July's 31 days bring
      // 2024-07-31 (+31), then 29 more → 2024-08-29. Credit: 10% of the quarter's fee GBP 7,500 =
      // GBP 750 (examples/README.md).
      expect(claims).toHaveLength(1);
      const claim = claims[0]!;
      expect(claim.uid).toBe("claim-deadline.uc.edgewave-cdn.2024-Q2.2024-08-29@slm");
      expect(claim.startDate.isDate).toBe(true);
      expect(claim.startDate.toString()).toBe("2024-08-29");
      expect(claim.endDate.toString()).toBe("2024-08-30");
      expect(claim.summary).toBe("claim deadline: UC edgewave-cdn");
      expect(claim.description).toBe(
        "claim GBP 750.00 for Q2 2024 from the supplier (within 60d of the window's last day)",
      );
      // The calendar page lists it too, linked to the UC's page.
      const page = readFileSync(join(june, "calendar.html"), "utf8");
      expect(page).toContain("claim deadline");
      expect(page).toContain('href="agreements/uc-edgewave-cdn.html"');
    } finally {
      removeDir(june);
    }
  });

  it("stamps every event with SOURCE_DATE_EPOCH and rebuilds to the same bytes", async () => {
    const cal = new ICAL.Component(ICAL.parse(feed));
    for (const c of cal.getAllSubcomponents("vevent")) {
      const stamp = c.getFirstPropertyValue("dtstamp") as ICAL.Time;
      expect(stamp.toUnixTime()).toBe(EPOCH);
      expect(stamp.zone?.tzid).toBe("UTC");
    }
    const again = tempDir("slm-site-ics-");
    try {
      await runCli(["site", "--period", "2024-05", "--out", again, "--as-of", "2024-06-30"], {
        cwd: EXAMPLES,
        env: { SOURCE_DATE_EPOCH: String(EPOCH) },
      });
      expect(readFileSync(join(again, "calendar.ics"), "utf8")).toBe(feed);
    } finally {
      removeDir(again);
    }
  });
});

describe("iCalendar text: escaping and folding", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(icsText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
  });

  it("folds at 75 octets without splitting a UTF-8 character; ical.js unfolds it back", () => {
    // 30 CJK characters of 3 octets: "SUMMARY:" (8) + 22 × 3 = 74 fits, the 23rd would be 77.
    const text = "服务级别协议审查到期".repeat(3);
    const folded = foldLine(`SUMMARY:${text}`);
    const lines = folded.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe(`SUMMARY:${text.slice(0, 22)}`);
    expect(lines[1]).toBe(` ${text.slice(22)}`);
    const cal = ICAL.parse(
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20240101T000000Z\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
    );
    const event = new ICAL.Event(new ICAL.Component(cal).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe(text);
  });

  it("an agreement with a 63-character name gets a folded, parseable summary", async () => {
    const name = `a${"b".repeat(61)}c`;
    const root = tempRepo({
      "repo.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: mail }
spec: { owner: it }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: mail
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 6mo, last: 2024-01-10 }
  targets: [{ name: availability, metric: availability, objective: 99% }]
`,
    });
    const site = join(root, "site");
    try {
      const r = await runCli(["site", "--period", "2024-05", "--out", site, "--as-of", "2024-06-30"], {
        cwd: root,
      });
      expect(r.code).toBe(0);
      const text = readFileSync(join(site, "calendar.ics"), "utf8");
      expect(text).toContain("\r\n ");
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
      // Due 2024-07-10 = last review + 6 months, within the default year ahead.
      expect(event.summary).toBe(`review due: SLA ${name}`);
      expect(event.startDate.toString()).toBe("2024-07-10");
    } finally {
      removeDir(root);
    }
  });
});
