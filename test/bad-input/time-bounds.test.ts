import { afterAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, spawnCli, tempRepo } from "../helpers/cli.js";

// Issue 10 items 6 and 7: far-future timestamps and huge periods must neither hang nor exhaust
// memory. Every case runs in-process and by exec of the built CLI; a run past 10 s is a failure
// (the spawn is killed), not a timing measurement.

const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec:\n${spec}`;

function repository(tickets: string, outages: string): string {
  return tempRepo({
    "slm.config.yaml": "reports: { out: reports, format: json, trend: 6 }\n",
    "catalogue.yaml": doc("Service", "web", "  owner: ops\n"),
    "calendar.yaml": doc(
      "Calendar",
      "office",
      `  timezone: Europe/Berlin\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]\n  holidaysFrom: { country: DE, region: BY }\n`,
    ),
    "sla.yaml": doc(
      "SLA",
      "web",
      `  service: web
  provider: ops
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-01 }
  calendar: office
  targets:
    - { name: p1-resolution, metric: resolution-time, priority: P1, threshold: 8h, objective: 90% }
    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 2bd, objective: 90% }
    - { name: restore, metric: recovery-time, threshold: 4h, objective: 90% }
`,
    ),
    "sources.yaml": `${doc(
      "DataSource",
      "desk",
      "  type: tickets\n  path: tickets.csv\n  service: web\n  columns: { id: id, priority: priority, opened: opened, resolved: resolved }\n",
    )}---\n${doc(
      "DataSource",
      "outages",
      "  type: outages\n  path: outages.csv\n  service: web\n  columns: { id: id, start: start, end: end }\n",
    )}`,
    "tickets.csv": tickets,
    "outages.csv": outages,
  });
}

const NEVER = "9999-12-31T10:30:00Z";
/** Five tickets "resolved" 9999-12-31 (a common "never" in exports), one normal ticket. */
const FAR_RESOLVED = [
  "id,priority,opened,resolved",
  ...[1, 2, 3, 4, 5].map(
    (i) => `F${i},P${i % 2 === 0 ? 2 : 1},2024-05-${String(i + 5).padStart(2, "0")}T09:00:00Z,${NEVER}`,
  ),
  "N1,P1,2024-05-13T08:00:00Z,2024-05-13T10:00:00Z",
  "",
].join("\n");
/** An open ticket opened in 9999 makes the default as-of 9999: every open ticket runs to it. */
const FAR_OPEN = [
  "id,priority,opened,resolved",
  "O1,P1,2024-05-06T09:00:00Z,",
  "O2,P2,2024-05-07T09:00:00Z,",
  "X,P1,9999-12-30T09:00:00Z,",
  "",
].join("\n");
const OUTAGES = `id,start,end\nOUT1,2024-05-06T09:00:00Z,${NEVER}\n`;

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) removeDir(r);
});
function repo(tickets: string): string {
  const root = repository(tickets, OUTAGES);
  roots.push(root);
  return root;
}

const REPORT = ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "web"];

interface Case {
  name: string;
  files: string;
  args: string[];
  exit: number;
  check: (stdout: string, stderr: string) => void;
}

const CASES: Case[] = [
  {
    name: "tickets resolved 9999-12-31 on business hours are breached with a capped clock",
    files: FAR_RESOLVED,
    args: REPORT,
    exit: 0,
    check: (stdout) => {
      const r = JSON.parse(stdout) as ReportModel;
      const p1 = r.targets.find((t) => t.name === "p1-resolution")!;
      // F1, F3, F5 (P1) breached; N1 (2 h) met.
      expect([p1.count, p1.good]).toEqual([4, 1]);
      const capped = r.worst.tickets.filter((t) => t.id.startsWith("F"));
      expect(capped.map((t) => t.id).sort()).toEqual(["F1", "F2", "F3", "F4", "F5"]);
      expect(capped.every((t) => t.clockCapped)).toBe(true);
      // A year of Bavarian office hours is more than 2,000 h: the clock shown is that lower bound.
      expect(capped.every((t) => t.clock > 2000 * 3600)).toBe(true);
      const restore = r.targets.find((t) => t.name === "restore")!;
      expect([restore.count, restore.good]).toEqual([1, 0]);
    },
  },
  {
    name: "an open ticket dated 9999 (as-of 9999) breaches every open ticket, without walking to it",
    files: FAR_OPEN,
    args: REPORT,
    exit: 0,
    check: (stdout) => {
      const r = JSON.parse(stdout) as ReportModel;
      // The latest timestamp of the sources (the outage's "never" end).
      expect(r.asOf).toBe("9999-12-31T10:30:00.000Z");
      expect(r.worst.tickets.map((t) => [t.id, t.clockCapped])).toEqual([
        ["O1", true],
        ["O2", true],
      ]);
    },
  },
  {
    name: "--period 1000-01-01..9999-12-31 is refused with a usage message",
    files: FAR_RESOLVED,
    args: ["report", "--period", "1000-01-01..9999-12-31"],
    exit: 2,
    check: (_stdout, stderr) => {
      expect(stderr).toBe(
        "slm: --period 1000-01-01..9999-12-31: a range may cover at most 10 years (3653 days); report longer stretches year by year (--period 2024)\n",
      );
    },
  },
  {
    name: "a trend reaching back a thousand years is refused with a usage message",
    files: FAR_RESOLVED,
    args: ["report", "--period", "2024", "--trend", "999"],
    exit: 2,
    check: (_stdout, stderr) => {
      expect(stderr).toBe(
        "slm: --trend 999 with --period 2024 would measure 1000 periods (366,000 days); the period and its trend may cover at most 100 years (36,525 days): use --trend 98 or less\n",
      );
    },
  },
  {
    name: "a ten-year range with a six-period trend runs",
    files: FAR_RESOLVED,
    args: ["report", "--period", "2020-01-01..2029-12-31", "--format", "json", "--out", "-", "--sla", "web"],
    exit: 0,
    check: (stdout) => {
      const r = JSON.parse(stdout) as ReportModel;
      expect(r.period.label).toBe("2020-01-01..2029-12-31");
    },
  },
];

describe("far-future timestamps and huge periods (issue 10 items 6, 7)", () => {
  for (const c of CASES) {
    it(`${c.name} (in-process)`, async () => {
      const r = await runCli(c.args, { cwd: repo(c.files), env: { SOURCE_DATE_EPOCH: "1717200000" } });
      expect(r.code).toBe(c.exit);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      c.check(r.stdout, r.stderr);
    });
    it(`${c.name} (exec)`, () => {
      const r = spawnCli(c.args, {
        cwd: repo(c.files),
        env: { SOURCE_DATE_EPOCH: "1717200000" },
        timeout: 10_000,
      });
      expect(r.code).toBe(c.exit);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      c.check(r.stdout, r.stderr);
    });
  }
});
