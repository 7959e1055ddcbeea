import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";

// SPEC §6 — Reports.

const SERVICE_WEB = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: web }\nspec: { owner: ops }\n";
const TICKETS = `apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: tickets.csv
  service: web
  columns: { id: id, priority: prio, opened: opened, responded: responded }
`;
const P1_RESPONSE =
  "    - { name: p1-response, metric: response-time, priority: P1, threshold: 1h, objective: 80% }\n";

function agreement(kind: string, name: string, body: string, term = "{ start: 2024-01-01 }"): string {
  return `apiVersion: slm/v1
kind: ${kind}
metadata: { name: ${name} }
spec:
  service: web
  provider: ops
  customer: ${kind === "SLA" ? "acme" : "it"}
  term: ${term}
  review: { every: 1y, last: 2024-01-15 }
${body}`;
}

const ticketRow = (id: string, opened: string, minutes: number) =>
  `${id},P1,${opened},${new Date(Date.parse(opened) + minutes * 60_000).toISOString()}\n`;

interface Report {
  sla: string;
  kind: string;
  period: { label: string; start: string; end: string };
  targets: {
    name: string;
    value: number | null;
    status: string;
    severity: string | null;
    count: number | null;
    good: number | null;
    budget: { allowed: number | null; consumed: number | null };
  }[];
  trend: { period: { label: string } }[];
}

async function json(cwd: string, sla: string, extra: string[] = []): Promise<Report> {
  const r = await runCli(
    ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", sla, ...extra],
    { cwd },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe("SPEC §6 Reports", () => {
  it("Period … in the SLA's timezone (its calendar's, else UTC)", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE_WEB,
        'apiVersion: slm/v1\nkind: Calendar\nmetadata: { name: berlin }\nspec:\n  timezone: Europe/Berlin\n  hours: [{ days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00" }]\n',
        agreement("SLA", "in-berlin", `  calendar: berlin\n  targets:\n${P1_RESPONSE}`),
        agreement("SLA", "in-utc", `  targets:\n${P1_RESPONSE}`),
        TICKETS,
      ].join("---\n"),
      "tickets.csv": `id,prio,opened,responded\n${ticketRow("T1", "2024-05-02T09:00:00Z", 30)}`,
    });
    // May in Berlin (CEST, UTC+2): 2024-05-01 00:00 local = 2024-04-30T22:00Z, 2024-06-01 00:00 local = 2024-05-31T22:00Z.
    expect((await json(cwd, "in-berlin")).period).toEqual({
      label: "2024-05",
      start: "2024-04-30T22:00:00.000Z",
      end: "2024-05-31T22:00:00.000Z",
    });
    expect((await json(cwd, "in-utc")).period).toEqual({
      label: "2024-05",
      start: "2024-05-01T00:00:00.000Z",
      end: "2024-06-01T00:00:00.000Z",
    });
  });

  it("Every SLA whose term overlaps the period gets a report", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE_WEB,
        agreement("SLA", "running", `  targets:\n${P1_RESPONSE}`),
        agreement(
          "SLA",
          "ended-april",
          `  targets:\n${P1_RESPONSE}`,
          "{ start: 2023-01-01, end: 2024-04-30 }",
        ),
        agreement("SLA", "starts-last-day", `  targets:\n${P1_RESPONSE}`, "{ start: 2024-05-31 }"),
        agreement("SLA", "starts-june", `  targets:\n${P1_RESPONSE}`, "{ start: 2024-06-01 }"),
        TICKETS,
      ].join("---\n"),
      "tickets.csv": `id,prio,opened,responded\n${ticketRow("T1", "2024-05-02T09:00:00Z", 30)}`,
    });
    const r = await runCli(["report", "--period", "2024-05", "--format", "json", "--out", "out"], { cwd });
    expect(r.code).toBe(0);
    // May 1–31: "running" and "starts-last-day" (31 May) overlap; April's end and June's start do not.
    expect(readdirSync(join(cwd, "out", "2024-05")).sort()).toEqual(["running.json", "starts-last-day.json"]);
  });

  it("A ticket belongs to the period in which it was opened", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [SERVICE_WEB, agreement("SLA", "acme-web", `  targets:\n${P1_RESPONSE}`), TICKETS].join(
        "---\n",
      ),
      "tickets.csv":
        "id,prio,opened,responded\n" +
        ticketRow("APRIL", "2024-04-30T23:30:00Z", 120) + // opened in April, answered in May (2 h: bad)
        ticketRow("MAY-1", "2024-05-10T10:00:00Z", 30) + // good
        ticketRow("MAY-2", "2024-05-31T23:00:00Z", 90), // opened in May, answered in June (1.5 h: bad)
    });
    const may = (await json(cwd, "acme-web")).targets[0]!;
    // May holds MAY-1 (good) and MAY-2 (bad): 1 of 2.
    expect(may).toMatchObject({ count: 2, good: 1, value: 0.5 });
    const aprilRun = await runCli(
      ["report", "--period", "2024-04", "--format", "json", "--out", "-", "--sla", "acme-web"],
      { cwd },
    );
    expect(aprilRun.code).toBe(0);
    expect((JSON.parse(aprilRun.stdout) as Report).targets[0]).toMatchObject({ count: 1, good: 0, value: 0 });
  });

  it("Breach severity by budget consumed: ≤ 150% minor, ≤ 300% major, above critical (overridable per SLA: `severity: { minor: 150%, major: 300% }`)", async () => {
    // 10 tickets, 6 answered in 30 min (good), 4 in 2 h (bad, threshold 1 h); objective 80%.
    // value 6/10 = 60%; budget = (1 − 0.8) × 10 = 2 tickets; consumed = 4 / 2 = 200%.
    let csv = "id,prio,opened,responded\n";
    for (let i = 0; i < 10; i++)
      csv += ticketRow(`T${i}`, `2024-05-${String(i + 1).padStart(2, "0")}T09:00:00Z`, i < 6 ? 30 : 120);
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE_WEB,
        agreement("SLA", "default-tiers", `  targets:\n${P1_RESPONSE}`),
        agreement("SLA", "own-tiers", `  severity: { minor: 200%, major: 400% }\n  targets:\n${P1_RESPONSE}`),
        TICKETS,
      ].join("---\n"),
      "tickets.csv": csv,
    });
    const byDefault = (await json(cwd, "default-tiers")).targets[0]!;
    expect(byDefault).toMatchObject({ value: 0.6, status: "breached", count: 10, good: 6 });
    expect(byDefault.budget.allowed).toBeCloseTo(2, 12);
    expect(byDefault.budget.consumed).toBeCloseTo(2, 12);
    // 200%: above 150%, at most 300% → major.
    expect(byDefault.severity).toBe("major");
    // 200% is at most the SLA's own minor tier (200%) → minor.
    expect((await json(cwd, "own-tiers")).targets[0]!.severity).toBe("minor");
  });

  it("Formats: `md` (default); Output: `reports/<period>/<sla-name>.<ext>` under `--out` (default from config, else `reports`)", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [SERVICE_WEB, agreement("SLA", "acme-web", `  targets:\n${P1_RESPONSE}`), TICKETS].join(
        "---\n",
      ),
      "tickets.csv": `id,prio,opened,responded\n${ticketRow("T1", "2024-05-02T09:00:00Z", 30)}`,
    });
    const r = await runCli(["report", "--period", "2024-05"], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, "reports", "2024-05"))).toEqual(["acme-web.md"]);
    expect(readFileSync(join(cwd, "reports", "2024-05", "acme-web.md"), "utf8")).toContain("p1-response");

    // The config's reports.out and reports.format replace the defaults.
    const configured = tempRepo({
      "slm.config.yaml": "reports: { out: published, format: html }\n",
      "repo.yaml": [SERVICE_WEB, agreement("SLA", "acme-web", `  targets:\n${P1_RESPONSE}`), TICKETS].join(
        "---\n",
      ),
      "tickets.csv": `id,prio,opened,responded\n${ticketRow("T1", "2024-05-02T09:00:00Z", 30)}`,
    });
    expect((await runCli(["report", "--period", "2024-05"], { cwd: configured })).code).toBe(0);
    expect(readdirSync(join(configured, "published", "2024-05"))).toEqual(["acme-web.html"]);
    expect(existsSync(join(configured, "reports"))).toBe(false);
  });

  it("a trend of the last N periods (`--trend`, default 6) where data exists", async () => {
    // One ticket per month from 2023-10 to 2024-05, except 2024-02 (no data that month).
    const months = ["2023-10", "2023-11", "2023-12", "2024-01", "2024-03", "2024-04", "2024-05"];
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE_WEB,
        agreement("SLA", "acme-web", `  targets:\n${P1_RESPONSE}`, "{ start: 2023-01-01 }"),
        TICKETS,
      ].join("---\n"),
      "tickets.csv": `id,prio,opened,responded\n${months.map((m) => ticketRow(m, `${m}-10T09:00:00Z`, 30)).join("")}`,
    });
    // The 6 periods before 2024-05 are 2023-11 … 2024-04; 2024-02 has no data, 2023-10 is the 7th.
    expect((await json(cwd, "acme-web")).trend.map((p) => p.period.label)).toEqual([
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-03",
      "2024-04",
    ]);
    expect((await json(cwd, "acme-web", ["--trend", "2"])).trend.map((p) => p.period.label)).toEqual([
      "2024-03",
      "2024-04",
    ]);
  });

  it("`--kind sla|ola|uc|all` (default `sla`): OLAs and UCs are measured and reported exactly like SLAs", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE_WEB,
        agreement("SLA", "acme-web", `  targets:\n${P1_RESPONSE}`),
        agreement("OLA", "web-ops", `  targets:\n${P1_RESPONSE}`),
        agreement("UC", "hoster", `  targets:\n${P1_RESPONSE}`),
        TICKETS,
      ].join("---\n"),
      "tickets.csv": `id,prio,opened,responded\n${ticketRow("T1", "2024-05-02T09:00:00Z", 30)}${ticketRow("T2", "2024-05-03T09:00:00Z", 120)}`,
    });
    const written = async (out: string, extra: string[]) => {
      const r = await runCli(["report", "--period", "2024-05", "--format", "json", "--out", out, ...extra], {
        cwd,
      });
      expect(r.code).toBe(0);
      return readdirSync(join(cwd, out, "2024-05")).sort();
    };
    expect(await written("default", [])).toEqual(["acme-web.json"]);
    expect(await written("ola", ["--kind", "ola"])).toEqual(["web-ops.json"]);
    expect(await written("uc", ["--kind", "uc"])).toEqual(["hoster.json"]);
    expect(await written("all", ["--kind", "all"])).toEqual(["acme-web.json", "hoster.json", "web-ops.json"]);
    // The same data measured the same way: T1 30 min (good), T2 2 h (bad) → 1 of 2 for each kind.
    for (const name of ["acme-web", "web-ops", "hoster"]) {
      const report = JSON.parse(readFileSync(join(cwd, "all", "2024-05", `${name}.json`), "utf8")) as Report;
      expect(report.targets[0]).toMatchObject({ count: 2, good: 1, value: 0.5, status: "breached" });
    }
  });
});
