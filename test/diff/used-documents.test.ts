import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffAgreements } from "../../src/diff/agreement-diff.js";
import { coverageChanges } from "../../src/diff/coverage-diff.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { removeDir, runCli, tempGitRepo } from "../helpers/cli.js";

// Issue 9, items 8–9: changes to the Calendars, DataSources and service dependencies an agreement
// uses are changes to its terms, listed under it, tightened or loosened, with the coverage verdicts
// they change.

const CALENDARS = `apiVersion: slm/v1
kind: Calendar
metadata: { name: cn-business }
spec:
  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidays: [2024-10-01]
---
apiVersion: slm/v1
kind: Calendar
metadata: { name: ops-hours }
spec:
  timezone: Asia/Shanghai
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "18:00" }]
  holidays: [2024-10-01]
`;

const REST = `apiVersion: slm/v1
kind: Service
metadata: { name: erp }
spec: { owner: it, dependsOn: [database] }
---
apiVersion: slm/v1
kind: Service
metadata: { name: database }
spec: { owner: dba }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: acme-erp }
spec:
  service: erp
  provider: it
  customer: acme
  term: { start: 2024-01-01, end: 2024-12-31 }
  review: { every: 1y, last: 2024-01-15 }
  calendar: cn-business
  targets:
    - { name: availability, metric: availability, objective: 99.5%, source: tickets-and-outages }
    - { name: p1-resolution, metric: resolution-time, priority: P1, threshold: 8h, objective: 90% }
    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 2d, objective: 90% }
---
apiVersion: slm/v1
kind: OLA
metadata: { name: db-ops }
spec:
  service: database
  provider: dba
  customer: it
  term: { start: 2024-01-01, end: 2024-12-31 }
  calendar: ops-hours
  targets:
    - { name: availability, metric: availability, objective: 99.9% }
    - { name: p1-resolution, metric: resolution-time, priority: P1, threshold: 4h, objective: 95% }
    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 1d, objective: 95% }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets }
spec:
  type: tickets
  path: tickets.csv
  timezone: Asia/Shanghai
  columns: { id: number, service: ci, priority: priority, opened: opened_at, resolved: resolved_at }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets-and-outages }
spec:
  type: outages
  path: outages.csv
  columns: { service: ci, start: start, end: end }
`;

const model = (calendars: string, rest = REST) =>
  buildModel(parseYamlFile("repo.yaml", `${calendars}---\n${rest}`).documents);

describe("Calendar changes an agreement uses", () => {
  it("an hour less a day loosens ticket targets; availability is changed; the OLA's gap changes coverage", () => {
    const base = model(CALENDARS);
    const head = model(CALENDARS.replace(/to: "18:00"/g, 'to: "17:00"'));
    const changes = diffAgreements(base, head);
    const hours = "fewer service hours: mon-fri 17:00-18:00";
    expect(
      changes.map((c) => [c.kind, c.name, c.target, c.field, c.direction, c.via?.name, c.detail]),
    ).toEqual([
      ["OLA", "db-ops", "availability", "service hours", "changed", "ops-hours", hours],
      ["OLA", "db-ops", "p1-resolution", "service hours", "loosened", "ops-hours", hours],
      ["OLA", "db-ops", "p2-resolution", "service hours", "loosened", "ops-hours", hours],
      ["SLA", "acme-erp", "availability", "service hours", "changed", "cn-business", hours],
      ["SLA", "acme-erp", "p1-resolution", "service hours", "loosened", "cn-business", hours],
      ["SLA", "acme-erp", "p2-resolution", "service hours", "loosened", "cn-business", hours],
    ]);
    expect(changes[1]).toMatchObject({
      from: "mon-fri 09:00-18:00 (Asia/Shanghai), 1 holiday",
      to: "mon-fri 09:00-17:00 (Asia/Shanghai), 1 holiday",
    });
    // Both calendars shrank alike: coverage is unchanged. Cut only the OLA's and it no longer
    // holds the SLA's hours.
    expect(coverageChanges(base, head)).toEqual([]);
    const olaOnly = model(CALENDARS.replace(/(ops-hours[\s\S]*)to: "18:00"/, '$1to: "17:00"'));
    expect(coverageChanges(base, olaOnly).map((c) => [c.target, c.from, c.to])).toEqual([
      ["availability", "covered", "at-risk"],
      ["p1-resolution", "covered", "at-risk"],
      ["p2-resolution", "covered", "at-risk"],
    ]);
    expect(coverageChanges(base, olaOnly)[1]!.reasons).toEqual([
      "database: SLA hours (calendar cn-business, Asia/Shanghai) not covered by OLA db-ops/p1-resolution (calendar ops-hours): mon-fri 17:00-18:00",
    ]);
  });

  it("a holiday added loosens ticket targets, a holiday removed tightens them", () => {
    const base = model(CALENDARS);
    const added = diffAgreements(
      base,
      model(CALENDARS.replace(/holidays: \[2024-10-01\]/g, "holidays: [2024-10-01, 2024-10-02]")),
    );
    expect(added.filter((c) => c.name === "acme-erp").map((c) => [c.target, c.direction, c.detail])).toEqual([
      ["availability", "changed", "fewer service hours: 2024-10-02 all day"],
      ["p1-resolution", "loosened", "fewer service hours: 2024-10-02 all day"],
      ["p2-resolution", "loosened", "fewer service hours: 2024-10-02 all day"],
    ]);
    const removed = diffAgreements(
      base,
      model(CALENDARS.replace(/holidays: \[2024-10-01\]/g, "holidays: []")),
    );
    expect(
      removed.filter((c) => c.name === "acme-erp").map((c) => [c.target, c.direction, c.detail]),
    ).toEqual([
      ["availability", "changed", "more service hours: 2024-10-01 all day"],
      ["p1-resolution", "tightened", "more service hours: 2024-10-01 all day"],
      ["p2-resolution", "tightened", "more service hours: 2024-10-01 all day"],
    ]);
  });

  it("moving the hours is changed; a target moved to 24x7 is tightened", () => {
    const base = model(CALENDARS);
    const shifted = diffAgreements(
      base,
      model(CALENDARS.replace(/from: "09:00", to: "18:00"/g, 'from: "08:00", to: "17:00"')),
    );
    expect(shifted.find((c) => c.target === "p1-resolution" && c.name === "acme-erp")).toMatchObject({
      direction: "changed",
      detail: "fewer service hours: mon-fri 17:00-18:00; more service hours: mon-fri 08:00-09:00",
    });
    const allDay = diffAgreements(
      base,
      model(
        CALENDARS,
        REST.replace("priority: P1, threshold: 8h", "priority: P1, calendar: 24x7, threshold: 8h"),
      ),
    );
    expect(allDay.find((c) => c.target === "p1-resolution" && c.name === "acme-erp")).toMatchObject({
      field: "calendar",
      from: "cn-business: mon-fri 09:00-18:00 (Asia/Shanghai), 1 holiday",
      to: "24x7: always open",
      direction: "tightened",
    });
  });
});

describe("DataSource and dependency changes an agreement uses", () => {
  it("lists a DataSource's changed fields under every agreement reading it, and dependsOn under the SLA", () => {
    const base = model(CALENDARS);
    const head = model(
      CALENDARS,
      REST.replace(
        "timezone: Asia/Shanghai\n  columns: { id: number",
        "timezone: UTC\n  columns: { id: number",
      ).replace("dependsOn: [database]", "dependsOn: [database, network]"),
    );
    const changes = diffAgreements(base, head);
    expect(changes.map((c) => [c.kind, c.name, c.target, c.field, c.from, c.to, c.via])).toEqual([
      [
        "OLA",
        "db-ops",
        null,
        "data source",
        'timezone: "Asia/Shanghai"',
        'timezone: "UTC"',
        { kind: "DataSource", name: "tickets" },
      ],
      [
        "SLA",
        "acme-erp",
        null,
        "data source",
        'timezone: "Asia/Shanghai"',
        'timezone: "UTC"',
        { kind: "DataSource", name: "tickets" },
      ],
      [
        "SLA",
        "acme-erp",
        null,
        "dependsOn",
        "database",
        "database, network",
        { kind: "Service", name: "erp" },
      ],
    ]);
    // network has no OLA: every SLA target loses its cover.
    expect(coverageChanges(base, head).map((c) => [c.target, c.to])).toEqual([
      ["availability", "uncovered"],
      ["p1-resolution", "uncovered"],
      ["p2-resolution", "uncovered"],
    ]);
  });
});

describe("slm diff (git)", () => {
  let cwd: string;
  beforeAll(() => {
    cwd = tempGitRepo({ "slm.config.yaml": "", "calendars.yaml": CALENDARS, "repo.yaml": REST });
  });
  afterAll(() => removeDir(cwd));

  it("cutting business hours from 18:00 to 17:00 is no longer 'no agreement changes'; a removed target counts as loosened", async () => {
    const file = join(cwd, "calendars.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/(ops-hours[\s\S]*)to: "18:00"/, '$1to: "17:00"'));
    const repo = join(cwd, "repo.yaml");
    writeFileSync(
      repo,
      readFileSync(repo, "utf8").replace(
        "    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 2d, objective: 90% }\n",
        "",
      ),
    );
    const text = await runCli(["diff", "HEAD"], { cwd });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("no agreement changes");
    expect(text.stdout).toContain(
      "  - p1-resolution: service hours (Calendar ops-hours) loosened, mon-fri 09:00-18:00 (Asia/Shanghai), 1 holiday → mon-fri 09:00-17:00 (Asia/Shanghai), 1 holiday; fewer service hours: mon-fri 17:00-18:00\n",
    );
    expect(text.stdout).toContain(
      "SLA acme-erp\n  - p2-resolution: target removed (was resolution-time P2 ≤ 2d 90%)\n",
    );
    expect(text.stdout).toContain("  coverage p1-resolution: covered → at-risk — database: SLA hours");
    const md = await runCli(["diff", "HEAD", "--format", "markdown"], { cwd });
    // OLA availability is changed, not loosened: p1-resolution and p2-resolution of db-ops, and the removed SLA target.
    expect(md.stdout).toContain("**3 commitments loosened (1 of them removed).**");
    expect(md.stdout).toContain("#### OLA db-ops");
    expect(md.stdout).toContain("| p1-resolution | covered | at-risk |");
    const json = JSON.parse((await runCli(["diff", "HEAD", "--format", "json"], { cwd })).stdout);
    expect(json.changes.filter((c: { direction: string }) => c.direction === "loosened")).toHaveLength(2);
  });
});
