import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempDir, tempRepo } from "../helpers/cli.js";

/**
 * SPEC §21, issue 20 "done when": an SLA written out in full and the same SLA built from
 * templates give byte-identical reports, coverage and JSON. The two repositories differ only in
 * how the agreement is written; every output is compared byte for byte, except the list of input
 * files and their hashes (the templated one has a template file, and its SLA file differs).
 */
const SHARED = {
  "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: ops, dependsOn: [mail-platform] }
---
apiVersion: slm/v1
kind: Service
metadata: { name: mail-platform }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: OLA
metadata: { name: mail-ops }
spec:
  service: mail-platform
  provider: ops
  customer: it
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-10 }
  targets:
    - { name: availability, metric: availability, objective: 99.95% }
    - { name: p1-response, metric: response-time, priority: P1, threshold: 10m, objective: 95% }
---
apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { service: service, start: start, end: end, planned: planned }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: data/tickets.csv
  columns: { id: id, service: service, priority: priority, opened: opened, responded: responded, resolved: resolved }
`,
  "data/outages.csv": `service,start,end,planned
email,2024-05-06T09:00:00Z,2024-05-06T10:30:00Z,no
email,2024-05-12T02:00:00Z,2024-05-12T04:00:00Z,yes
email,2024-06-03T11:00:00Z,2024-06-03T11:20:00Z,no
`,
  "data/tickets.csv": `id,service,priority,opened,responded,resolved
1,email,P1,2024-05-06T09:05:00Z,2024-05-06T09:12:00Z,2024-05-06T10:40:00Z
2,email,P1,2024-05-07T14:00:00Z,2024-05-07T14:25:00Z,2024-05-07T19:00:00Z
3,email,P2,2024-05-08T10:00:00Z,2024-05-08T10:30:00Z,2024-05-08T12:00:00Z
4,email,P1,2024-06-04T08:30:00Z,2024-06-04T08:40:00Z,2024-06-04T09:00:00Z
`,
};

const FULL = `apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email, labels: { tier: gold } }
spec:
  service: email
  provider: ops
  customer: acme
  term: { start: 2024-01-01, end: 2025-12-31 }
  review: { every: 1y, last: 2024-01-15 }
  calendar: office
  fee: { amount: 12000, currency: EUR, per: month }
  creditCap: 50%
  targets:
    - name: availability
      metric: availability
      objective: 99.9%
      calendar: 24x7
      exclusions: [planned]
      credits: [{ below: 99.9%, credit: 10% }, { below: 99%, credit: 25% }]
    - { name: p1-response, metric: response-time, priority: P1, threshold: 10m, objective: 95% }
    - { name: p1-resolution, metric: resolution-time, priority: P1, threshold: 4h, objective: 95% }
    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 8h, objective: 90% }
`;

const TEMPLATES = `apiVersion: slm/v1
kind: Template
metadata: { name: corporate }
spec:
  provider: ops
  term: { start: 2024-01-01 }
  review: { every: 1y }
  fee: { currency: EUR, per: month }
---
apiVersion: slm/v1
kind: Template
metadata: { name: gold }
spec:
  applies: [SLA]
  extends: [corporate]
  calendar: office
  creditCap: 50%
  targets:
    - { name: availability, metric: availability, objective: 99.9%, credits: [{ below: 99.9%, credit: 5% }] }
    - { name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 95% }
    - { name: p1-resolution, metric: resolution-time, priority: P1, threshold: 4h, objective: 95% }
    - { name: p2-response, metric: response-time, priority: P2, threshold: 1h, objective: 90% }
    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 8h, objective: 90% }
`;

// The same agreement: override (threshold, credits list replaced), remove, mapping merges of
// review and fee and term, fields from a chain of two templates.
const BUILT = `apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email, labels: { tier: gold } }
spec:
  extends: [gold]
  service: email
  customer: acme
  term: { end: 2025-12-31 }
  review: { last: 2024-01-15 }
  fee: { amount: 12000 }
  targets:
    - name: availability
      calendar: 24x7
      exclusions: [planned]
      credits: [{ below: 99.9%, credit: 10% }, { below: 99%, credit: 25% }]
    - { name: p1-response, threshold: 10m }
    - { name: p2-response, remove: true }
`;

const full = tempRepo({ ...SHARED, "agreements.yaml": FULL });
const built = tempRepo({ ...SHARED, "templates.yaml": TEMPLATES, "agreements.yaml": BUILT });
afterAll(() => {
  removeDir(full);
  removeDir(built);
});

const run = (cwd: string, argv: string[]) =>
  runCli(argv, { cwd, env: { SOURCE_DATE_EPOCH: "1719748800" }, now: new Date("2024-06-30T12:00:00Z") });

/** Outputs with the inputs section (file names and hashes) cut out, in each format's shape. */
function withoutInputs(text: string): string {
  return text
    .replace(/"inputs": \[[\s\S]*?\n {2}\]/g, '"inputs": "…"')
    .replace(/\d+ files, SHA-256/g, "N files, SHA-256")
    .replace(/^\| [^|\n]+\.(yaml|csv) \| [0-9a-f]{64} \|\n/gm, "")
    .replace(/<tr><th scope="row">[^<]+<\/th><td class="hash">[0-9a-f]{64}<\/td><\/tr>\s*/g, "");
}

describe("an SLA written out in full and the same SLA built from templates (SPEC §21)", () => {
  for (const format of ["json", "md", "html"]) {
    it(`give byte-identical ${format} reports, apart from the input list`, async () => {
      for (const period of ["2024-05", "2024-06", "2024-Q2"]) {
        const argv = ["report", "--period", period, "--format", format, "--out", "-", "--sla", "acme-email"];
        const [a, b] = [await run(full, argv), await run(built, argv)];
        expect(a.code).toBe(0);
        expect(b.code).toBe(0);
        expect(a.stdout.length).toBeGreaterThan(500);
        expect(withoutInputs(b.stdout)).toBe(withoutInputs(a.stdout));
        // The input lists differ exactly by the template file.
        if (format === "json") {
          const files = (s: string) =>
            (JSON.parse(s) as { inputs: { file: string }[] }).inputs.map((i) => i.file);
          expect(files(b.stdout)).toEqual([...files(a.stdout), "templates.yaml"].sort());
        }
      }
    });
  }

  for (const format of ["json", "table", "markdown"]) {
    it(`give byte-identical coverage (${format})`, async () => {
      const argv = ["coverage", "--fail-on", "never", "--format", format];
      const [a, b] = [await run(full, argv), await run(built, argv)];
      expect(a.code).toBe(0);
      expect(a.stdout).toContain("acme-email");
      expect(b.stdout).toBe(a.stdout);
    });
  }

  it("give byte-identical OpenSLO exports, review and status JSON", async () => {
    for (const argv of [
      ["review", "--as-of", "2024-06-30", "--format", "json"],
      ["status", "--as-of", "2024-06-20T00:00:00Z", "--format", "json"],
      ["credits", "--period", "2024-05", "--format", "json"],
    ]) {
      const [a, b] = [await run(full, argv), await run(built, argv)];
      expect(b.code).toBe(a.code);
      expect(a.stdout.length).toBeGreaterThan(20);
      expect(b.stdout).toBe(a.stdout);
    }
    // Written outside the repositories, which would otherwise read the exported YAML as documents.
    const out = { full: tempDir(), built: tempDir() };
    const [a, b] = [
      await run(full, ["export", "openslo", "--out", out.full]),
      await run(built, ["export", "openslo", "--out", out.built]),
    ];
    expect([a.code, b.code]).toEqual([0, 0]);
    const files = readdirSync(out.full).sort();
    expect(files.length).toBeGreaterThan(0);
    expect(readdirSync(out.built).sort()).toEqual(files);
    for (const f of files)
      expect(readFileSync(join(out.built, f), "utf8")).toBe(readFileSync(join(out.full, f), "utf8"));
    removeDir(out.full);
    removeDir(out.built);
  });

  it("give the same KPIs, the templated one adding its by-template rows", async () => {
    const argv = ["kpi", "--period", "2024-05", "--as-of", "2024-06-30", "--format", "json"];
    const [ra, rb] = [await run(full, argv), await run(built, argv)];
    expect(rb.stderr).toBe("");
    expect([ra.code, rb.code]).toEqual([0, 0]);
    const [a, b] = [JSON.parse(ra.stdout), JSON.parse(rb.stdout)];
    const { templates, ...rest } = b;
    expect(rest).toEqual(a);
    // One SLA in force with four targets, under gold and (through gold) corporate; met and
    // breached as the tier table counts them for the same SLA.
    const tier = a.tiers.find((t: { tier: string | null }) => t.tier === null);
    expect(templates).toEqual([
      { template: "corporate", slas: 1, slaTargets: 4, met: tier.met, breached: tier.breached },
      { template: "gold", slas: 1, slaTargets: 4, met: tier.met, breached: tier.breached },
    ]);
  });
});
