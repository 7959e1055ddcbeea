import { describe, expect, it } from "vitest";
import { BASE, brief, sla, validateFiles } from "../helpers/validate-harness.js";

const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec:\n${spec}`;
const ola = (spec: string, name = "ops") =>
  doc(
    "OLA",
    name,
    `  service: mail-platform\n  provider: it-services\n  customer: it-services\n  term: { start: 2024-01-01 }\n${spec}`,
  );

describe("semantic checks", () => {
  it("duplicate names per kind, with the first definition as related location", () => {
    const diagnostics = validateFiles({
      ...BASE,
      "more.yaml":
        doc("Service", "email", "  owner: it-services\n") + "---\n" + doc("Party", "email", "  type: team\n"),
    });
    expect(brief(diagnostics)).toEqual([
      'name/duplicate 3:19 Service "email" is already defined in catalogue.yaml',
    ]);
    expect(diagnostics[0]!.related).toEqual([
      {
        file: "catalogue.yaml",
        line: 3,
        column: 19,
        pointer: "/metadata/name",
        message: "first defined here",
      },
    ]);
  });

  it("duplicate target names", () => {
    const text = sla(`  targets:
    - { name: a, metric: availability, objective: 99% }
    - { name: a, metric: success-rate, objective: 99% }
`);
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text }))).toEqual([
      'target/duplicate-name 12:15 target "a" is already defined (targets[0])',
    ]);
  });

  it("unknown service, calendar (24x7 is built in), party (warning), data source", () => {
    const text = `apiVersion: slm/v1
kind: SLA
metadata: { name: x }
spec:
  service: mail
  provider: it-services
  customer: globex
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  calendar: office
  targets:
    - { name: a, metric: availability, objective: 99%, calendar: 24x7, source: uptime }
`;
    const diagnostics = validateFiles({ ...BASE, "sla.yaml": text });
    expect(brief(diagnostics)).toEqual([
      'ref/unknown-service 5:12 service "mail" is not a known Service (did you mean "email"?)',
      'ref/unknown-party 7:13 customer "globex" is not a known Party',
      'ref/unknown-calendar 10:13 calendar "office" is not a known Calendar (24x7 is built in)',
      'ref/unknown-data-source 12:80 source "uptime" is not a known DataSource',
    ]);
    expect(diagnostics.map((d) => d.severity)).toEqual(["error", "warning", "error", "error"]);
  });

  it("breach severity tiers in the wrong order", () => {
    const text = sla(
      "  severity: { minor: 300%, major: 150% }\n  targets:\n    - { name: a, metric: availability, objective: 99% }\n",
    );
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text }))).toEqual([
      "severity/order 10:22 severity minor (300%) is above major (150%): a breach could never be major",
    ]);
    const fine = sla(
      "  severity: { minor: 100%, major: 200% }\n  targets:\n    - { name: a, metric: availability, objective: 99% }\n",
    );
    expect(brief(validateFiles({ ...BASE, "sla.yaml": fine }))).toEqual([]);
  });

  it("does not warn about parties while the repository has no Party document at all", () => {
    const catalogue = BASE["catalogue.yaml"]
      .split("---\n")
      .filter((d) => !d.includes("kind: Party"))
      .join("---\n");
    const text = sla("  targets:\n    - { name: a, metric: availability, objective: 99% }\n").replace(
      "customer: acme",
      "customer: nobody-yet",
    );
    const found = validateFiles({ ...BASE, "catalogue.yaml": catalogue, "sla.yaml": text });
    expect(found.filter((d) => d.code === "ref/unknown-party")).toEqual([]);
  });

  it("a source whose type cannot measure the metric", () => {
    const ds = doc(
      "DataSource",
      "desk",
      "  type: tickets\n  columns: { id: a, service: b, priority: c, opened: d }\n",
    );
    const text = sla("  targets:\n    - { name: a, metric: availability, objective: 99%, source: desk }\n");
    expect(brief(validateFiles({ ...BASE, "ds.yaml": ds, "sla.yaml": text }))).toEqual([
      'ref/data-source-type 11:64 source "desk" has type tickets; availability is measured from outages or checks or metrics',
    ]);
  });

  it("supports: unknown SLA, unknown target (related: the SLA), and supports on an SLA target", () => {
    const slaText = sla(`  targets:
    - { name: availability, metric: availability, objective: 99%, supports: [other/x] }
`);
    const olaText = ola(`  targets:
    - { name: a, metric: availability, objective: 99.9%, supports: [acme-email/uptime, nobody/a] }
`);
    const diagnostics = validateFiles({ ...BASE, "sla.yaml": slaText, "ola.yaml": olaText });
    expect(brief(diagnostics)).toEqual([
      'ref/unknown-target 10:69 "acme-email/uptime": SLA "acme-email" has no target "uptime" (it has: availability)',
      'ref/unknown-target 10:88 "nobody/a": there is no SLA "nobody"',
      "target/supports-on-sla 11:67 supports is for OLA and UC targets (they underpin SLA targets); remove it from this SLA target",
    ]);
    expect(diagnostics[0]!.related).toEqual([
      {
        file: "sla.yaml",
        line: 11,
        column: 5,
        pointer: "/spec/targets",
        message: 'targets of SLA "acme-email"',
      },
    ]);
  });

  it("dependency cycles are named once, from the first service name", () => {
    const text = [
      doc("Service", "c", "  owner: it-services\n  dependsOn: [a]\n"),
      doc("Service", "a", "  owner: it-services\n  dependsOn: [b]\n"),
      doc("Service", "b", "  owner: it-services\n  dependsOn: [{ anyOf: [c, a] }]\n"),
      doc("Service", "self", "  owner: it-services\n  dependsOn: [self]\n"),
    ].join("---\n");
    expect(brief(validateFiles({ ...BASE, "graph.yaml": text }))).toEqual([
      "graph/cycle 13:15 dependency cycle: a → b → a",
      "graph/cycle 13:15 dependency cycle: a → b → c → a",
      "graph/cycle 27:15 dependency cycle: self → self",
    ]);
  });

  it("term order, objective 0%, threshold missing/unexpected, priority on a non-ticket metric", () => {
    const text = `apiVersion: slm/v1
kind: SLA
metadata: { name: x }
spec:
  service: email
  provider: it-services
  customer: acme
  term: { start: 2024-06-01, end: 2024-05-31 }
  review: { every: 1y }
  targets:
    - { name: a, metric: availability, objective: 0%, threshold: 5m, priority: P1 }
    - { name: b, metric: resolution-time, objective: 95%, priority: P1 }
`;
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text }))).toEqual([
      "term/end-before-start 8:35 term ends (2024-05-31) before it starts (2024-06-01)",
      'term/ended 8:35 SLA "x" ended on 2024-05-31',
      "target/objective-range 11:51 objective 0% promises nothing: it must be above 0% and at most 100%",
      'target/threshold-unexpected 11:55 target "a" (availability) takes no threshold',
      "target/priority-not-applicable 11:70 priority applies only to ticket metrics (response-time, resolution-time), not availability",
      'target/threshold-missing 12:7 target "b" (resolution-time) needs a threshold, e.g. threshold: 4h',
    ]);
  });

  it("credit tiers must strictly decrease", () => {
    const text = sla(`  targets:
    - name: a
      metric: availability
      objective: 99.9%
      credits:
        - { below: 99.9%, credit: 10% }
        - { below: 99.9, credit: 20% }
`);
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text }))).toEqual([
      'credits/not-decreasing 16:20 credit tier 2 (below 99.9%) must be below the previous tier (99.9%): list tiers from the highest "below" down',
    ]);
  });

  it("calendar windows: empty and overlapping", () => {
    const text = doc(
      "Calendar",
      "hours",
      `  hours:
    - { days: [mon, tue], from: "08:00", to: "18:00" }
    - { days: [tue, wed], from: "17:00", to: "20:00" }
    - { days: [sat], from: "18:00", to: "08:00" }
    - { days: [sun], from: "00:00", to: "24:00" }
`,
    );
    const diagnostics = validateFiles({ "cal.yaml": text });
    expect(brief(diagnostics)).toEqual([
      "calendar/overlapping-hours 7:7 window 17:00–20:00 overlaps window 08:00–18:00 (hours[0]) on tue",
      'calendar/empty-hours 8:41 window 18:00–08:00 is empty: "from" must be before "to" (write a window across midnight as two: …–24:00 and 00:00–…)',
    ]);
  });

  it("review missing (SLA only), review overdue (warning), term ended (info, no overdue review)", () => {
    const noReview = doc(
      "SLA",
      "a",
      "  service: email\n  provider: it-services\n  customer: acme\n  term: { start: 2024-01-01 }\n  targets: [{ name: a, metric: availability, objective: 99% }]\n",
    );
    const overdue = ola(
      "  review: { every: 6mo, last: 2023-11-30 }\n  targets: [{ name: a, metric: availability, objective: 99% }]\n",
    );
    const ended = ola(
      "  review: { every: 1y, last: 2020-01-01 }\n  targets: [{ name: a, metric: availability, objective: 99% }]\n",
      "old",
    ).replace("term: { start: 2024-01-01 }", "term: { start: 2020-01-01, end: 2024-06-14 }");
    const diagnostics = validateFiles({ ...BASE, "a.yaml": noReview, "b.yaml": overdue, "c.yaml": ended });
    expect(brief(diagnostics)).toEqual([
      'review/missing 4:1 SLA "a" has no review cycle (add e.g. review: { every: 1y, last: 2024-01-01 })',
      "review/overdue 9:31 review overdue since 2024-05-30 (last review 2023-11-30, every 6mo)",
      'term/ended 8:35 OLA "old" ended on 2024-06-14',
    ]);
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning", "warning", "info"]);
  });

  it("a review is due at term start + every when there is no last review", () => {
    const text = ola(
      "  review: { every: 3mo }\n  targets: [{ name: a, metric: availability, objective: 99% }]\n",
    );
    expect(brief(validateFiles({ ...BASE, "ola.yaml": text }))).toEqual([
      "review/overdue 9:3 review overdue since 2024-04-01 (term start 2024-01-01, every 3mo)",
    ]);
  });

  it("DataSource columns: required fields per type, spec-level service, fields the type does not read", () => {
    const text = [
      doc(
        "DataSource",
        "desk",
        "  type: tickets\n  columns: { id: number, opened: opened_at, latency: ms }\n",
      ),
      doc("DataSource", "up", "  type: outages\n  service: email\n  columns: { start: s, end: e }\n"),
    ].join("---\n");
    expect(brief(validateFiles({ ...BASE, "ds.yaml": text }))).toEqual([
      'datasource/missing-column 6:3 a tickets source must map "service", "priority" in columns (or set spec.service for a single-service export)',
      'datasource/unknown-field 6:45 a tickets source does not read "latency" (it reads: id, service, priority, opened, responded, resolved, paused, state, updated)',
    ]);
  });

  it("checks skip documents that failed the schema, but references to them are not unknown", () => {
    const broken = doc("Service", "mail-platform-2", "  owner: 42\n");
    const text = sla("  targets:\n    - { name: a, metric: availability, objective: 0% }\n").replace(
      "service: email",
      "service: mail-platform-2",
    );
    expect(brief(validateFiles({ ...BASE, "broken.yaml": broken, "sla.yaml": text }))).toEqual([
      "schema/invalid-value 5:10 a name is a string of lowercase letters, digits and '-'",
      "target/objective-range 11:51 objective 0% promises nothing: it must be above 0% and at most 100%",
    ]);
  });
});
