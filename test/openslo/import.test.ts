import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseThreshold } from "../../src/core/values/threshold.js";
import { parsePercentage } from "../../src/core/values/percentage.js";
import { runCli, tempDir, tempRepo } from "../helpers/cli.js";
import { DATASETS, EXAMPLES } from "../helpers/paths.js";

const OPENSLO = join(DATASETS, "openslo");
// biome-ignore lint/suspicious/noExplicitAny: documents of any shape, read field by field as each test needs
type Yaml = any;

/** Every YAML document of every file below `dir` (but not below a nested repository), naively. */
/**
 * Agreements with their templates merged in, as SPEC §21 words it and independently of slm's
 * merge: mappings key by key (later wins), targets by name (`remove: true` drops), the rest replaced.
 */
function withTemplates(docs: Record<string, Yaml>[]): Record<string, Yaml>[] {
  const isMap = (v: Yaml) => v !== null && typeof v === "object" && !Array.isArray(v);
  const merge = (a: Yaml, b: Yaml): Yaml =>
    isMap(a) && isMap(b)
      ? Object.fromEntries(
          [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [
            k,
            k in b ? (k in a ? merge(a[k], b[k]) : b[k]) : a[k],
          ]),
        )
      : b;
  const templates = new Map(docs.filter((d) => d.kind === "Template").map((d) => [d.metadata.name, d.spec]));
  const layer = (acc: Yaml, spec: Yaml): Yaml => {
    const { applies: _applies, targets = [], ...rest } = spec;
    const merged = [...(acc.targets ?? [])];
    for (const t of targets) {
      const i = merged.findIndex((x: Yaml) => x.name === t.name);
      if (t.remove) merged.splice(i, 1);
      else if (i >= 0) merged[i] = merge(merged[i], t);
      else merged.push(t);
    }
    return { ...merge(acc, rest), targets: merged };
  };
  const resolve = (spec: Yaml): Yaml =>
    layer(
      (spec.extends ?? []).reduce((acc: Yaml, name: string) => layer(acc, resolve(templates.get(name))), {}),
      spec,
    );
  return docs.map((d) => (d.spec?.extends ? { ...d, spec: resolve(d.spec) } : d));
}

function yamlDocuments(dir: string): Record<string, Yaml>[] {
  const out: Record<string, Yaml>[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (!existsSync(join(path, "slm.config.yaml"))) out.push(...yamlDocuments(path));
    } else if (/\.ya?ml$/.test(entry))
      for (const d of parseAllDocuments(readFileSync(path, "utf8"))) {
        const v = d.toJS();
        if (v) out.push(...(Array.isArray(v) ? v : [v]));
      }
  }
  return out;
}

describe("slm import openslo", () => {
  it("turns OpenSLO's own examples and oslo's test inputs into agreements that validate, and says what it left out", async (context) => {
    if (!existsSync(OPENSLO)) {
      context.skip(`OpenSLO datasets not found at ${OPENSLO}`);
      return;
    }
    const out = tempDir("slm-import-");
    const result = await runCli(["import", "openslo", OPENSLO, "--out", out, "--start", "2024-01-01"], {
      cwd: tempDir(),
    });
    expect(result.code).toBe(0);
    // Independently: every objective of every openslo/v1 SLO, except those slm cannot express:
    // a threshold indicator (inline, by reference, or unknown with an `op`) asking for values
    // above something (`gt`/`gte`). An `op` on a ratio indicator means nothing and is ignored.
    const v1 = yamlDocuments(OPENSLO).filter((d) => d.apiVersion === "openslo/v1");
    const slis = new Map(v1.filter((d) => d.kind === "SLI").map((d) => [d.metadata.name, d]));
    const carried = v1
      .filter((d) => d.kind === "SLO")
      .flatMap((s) =>
        (s.spec.objectives as Record<string, Yaml>[]).filter((o) => {
          const indicator =
            o.indicator ?? s.spec.indicator ?? slis.get(o.indicatorRef ?? s.spec.indicatorRef);
          const threshold = indicator ? indicator.spec?.thresholdMetric !== undefined : o.op !== undefined;
          return !(threshold && (o.op === "gt" || o.op === "gte"));
        }),
      );
    expect(carried.length).toBeGreaterThan(10);
    expect(result.stderr).toMatch(
      new RegExp(`^imported ${carried.length} targets into \\d+ agreements; \\d+ notes`, "m"),
    );

    const validate = await runCli(["-C", out, "validate", "--format", "json"], { cwd: out });
    const json = JSON.parse(validate.stdout);
    expect(json.diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([]);
    expect(validate.code).toBe(0);
    const written = yamlDocuments(out);
    const targets = written
      .filter((d) => ["SLA", "OLA", "UC"].includes(d.kind))
      .flatMap((d) => d.spec.targets);
    expect(targets).toHaveLength(carried.length);

    // What could not be carried is named, per document.
    for (const expected of [
      /alert-policy\.yaml: doc 1 \(AlertPolicy\/my-policy\): AlertPolicy is not carried/,
      /occurences-slo\.yaml: doc 1 \(SLO\/search-slo\): rolling window 2w assessed as calendar months/,
      /occurences-slo\.yaml: doc 1 \(SLO\/search-slo\): threshold metric read as latency with the value 500 in milliseconds/,
      /timeslices-slo\.yaml: doc 1 \(SLO\/service-availability\): Timeslices \(timeSliceWindow 1m, timeSliceTarget 0\.99\) measured as exact service time/,
      /multi\.yaml: doc 1 \(SLO\/foo-slo\): not carried: objective "Test Objective" asks for values gte 10/,
      /multi\.yaml: doc 3 \(DataSource\/foo-cloudwatch\): DataSource of type CloudWatch is not carried/,
      /slo-no-indicatorref-rolling-alerts\.yaml: doc 1 \(SLO\/test-slo\): alertPolicies are not carried \(1\)/,
      /metric source not carried \(Datadog datadog-datasource; query: sum:trace\.http\.request\.hits/,
      /valid-service\.yaml: doc 1 \(Service\/my-rad-service\): not read: apiVersion "openslo\/v1alpha" is not openslo\/v1/,
    ])
      expect(result.stderr).toMatch(expected);
    // A Timeslices SLO is time-based availability; an Occurrences ratio is a success rate.
    const byService = new Map(
      written.filter((d) => d.kind === "SLA").map((d) => [d.spec.service, d.spec.targets]),
    );
    expect(byService.get("web-availability")[0]).toMatchObject({
      metric: "availability",
      objective: "99.5%",
    });
    expect(byService.get("web-shop")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "search-slo",
          metric: "latency",
          threshold: "500ms",
          objective: "99%",
        }),
      ]),
    );
  });

  it.each([
    ["Northwind", EXAMPLES],
    ["China (make-up days, part-day holidays, business days, a holiday library)", join(EXAMPLES, "china")],
  ])(
    "gives back the %s examples' targets from slm's own export: metric, objective, threshold, window, priority, zone, hours, exclusions, source",
    async (_, examples) => {
      const exported = tempDir("slm-export-");
      expect((await runCli(["export", "openslo", "--out", exported], { cwd: examples })).code).toBe(0);
      const out = tempDir("slm-import-");
      const result = await runCli(["import", "openslo", exported, "--out", out], { cwd: exported });
      // The examples as written, read naively (templates merged naively too, SPEC §21).
      const original = withTemplates(yamlDocuments(examples));
      const agreements = original.filter((d) => ["SLA", "OLA", "UC"].includes(d.kind));
      const targets = agreements.flatMap((a) => a.spec.targets).length;
      expect(result.stderr).toBe(
        `imported ${targets} targets into ${agreements.length} agreements; 0 notes on what was not carried or only approximated\n`,
      );
      const validate = await runCli(["-C", out, "validate", "--as-of", "2024-06-30", "--format", "json"], {
        cwd: out,
      });
      expect(JSON.parse(validate.stdout).summary.errors).toBe(0);

      const imported = yamlDocuments(out);
      const calendar = (docs: Record<string, Yaml>[], name: string | undefined) =>
        docs.find((d) => d.kind === "Calendar" && d.metadata.name === name);
      const hours = (docs: Record<string, Yaml>[], name: string) => {
        if (name === "24x7") return "24x7";
        const {
          timezone = "UTC",
          hours,
          holidays = [],
          workdays = [],
          workdayAs,
          holidaysFrom,
        } = calendar(docs, name)!.spec;
        // A part-day holiday closes until 24:00 unless it says otherwise (SPEC §11).
        const closed = (h: Yaml) => (typeof h === "string" ? h : { to: "24:00", ...h });
        return JSON.stringify({
          timezone,
          hours,
          holidays: holidays.map(closed),
          workdays,
          workdayAs: workdays.length ? (workdayAs ?? "mon") : null,
          holidaysFrom,
        });
      };
      const summary = (docs: Record<string, Yaml>[], sources: Map<string, string>) =>
        docs
          .filter((d) => ["SLA", "OLA", "UC"].includes(d.kind))
          .flatMap((a) =>
            a.spec.targets.map((t: Record<string, Yaml>) => ({
              target: `${a.kind}/${a.metadata.name}/${t.name}`,
              service: a.spec.service,
              parties: `${a.spec.provider}→${a.spec.customer}`,
              start: String(a.spec.term.start),
              // SPEC §11: the agreement's zone is its own, else its calendar's, else UTC.
              zone: a.spec.timezone ?? calendar(docs, a.spec.calendar)?.spec.timezone ?? "UTC",
              metric: t.metric,
              objective: (parsePercentage(t.objective) as { value: { ppb: number } }).value.ppb,
              threshold: t.threshold === undefined ? null : parseThreshold(t.threshold),
              window: t.window ?? "month",
              priority: t.priority === undefined ? null : String(t.priority),
              hours: hours(docs, t.calendar ?? a.spec.calendar ?? "24x7"),
              exclusions: t.exclusions ?? [],
              source: t.source ?? sources.get(`${a.metadata.name}/${t.name}`) ?? null,
            })),
          )
          .sort((x, y) => (x.target < y.target ? -1 : 1));
      // Targets without `source` resolve to the one DataSource of their type; the export names it.
      const resolved = new Map<string, string>();
      for (const d of yamlDocuments(exported).filter((x) => x.kind === "SLO")) {
        const [, agreement] = d.metadata.annotations["slm.dev/agreement"].split("/");
        const spec = d.spec.indicator.spec;
        const ref = (spec.thresholdMetric ?? spec.ratioMetric.good).metricSource.metricSourceRef;
        if (ref) resolved.set(`${agreement}/${d.metadata.annotations["slm.dev/target"]}`, ref);
      }
      expect(summary(imported, new Map())).toEqual(summary(original, resolved));
    },
  );

  it("reads a foreign SLO: objectives, parties from options, the zone, and the notes", async () => {
    const dir = tempRepo({
      "slo.yaml": `apiVersion: openslo/v1
kind: SLO
metadata:
  name: Checkout-Availability
  labels: { team: [payments] }
spec:
  description: Checkout must be up
  service: Checkout
  indicator:
    metadata: { name: checkout-up }
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: 'sum(up{job="checkout"})' } } }
        total: { metricSource: { type: Prometheus, spec: { query: 'count(up{job="checkout"})' } } }
  timeWindow:
    - duration: 1Q
      isRolling: false
      calendar: { startTime: 2024-04-01 00:00:00, timeZone: Europe/Berlin }
  budgetingMethod: Timeslices
  objectives:
    - { displayName: SLA, target: 0.9995, timeSliceTarget: 0.9, timeSliceWindow: 5m }
  alertPolicies:
    - { alertPolicyRef: page-oncall }
`,
    });
    const result = await runCli(
      ["import", "openslo", "slo.yaml", "--kind", "ola", "--provider", "payments-team", "--customer", "it"],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const docs = parseAllDocuments(result.stdout).map((d) => d.toJS());
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(["Service/checkout", "OLA/checkout"]);
    expect(docs[1].spec).toEqual({
      service: "checkout",
      provider: "payments-team",
      customer: "it",
      term: { start: "2024-04-01" },
      // The window's zone is the agreement's (SPEC §11).
      timezone: "Europe/Berlin",
      targets: [
        {
          name: "checkout-availability",
          metric: "availability",
          objective: "99.95%",
          window: "quarter",
          description: "Checkout must be up",
        },
      ],
    });
    expect(docs[1].metadata.labels).toEqual({ team: "payments" });
    expect(result.stderr.split("\n")).toEqual([
      "slo.yaml: doc 1 (SLO/Checkout-Availability): service Checkout is named checkout (slm names are lowercase letters, digits and '-')",
      "slo.yaml: doc 1 (SLO/Checkout-Availability): alertPolicies are not carried (1): slm reports, it does not alert",
      "slo.yaml: doc 1 (SLO/Checkout-Availability): Timeslices (timeSliceWindow 5m, timeSliceTarget 0.9) measured as exact service time: slm has no time slices",
      `slo.yaml: doc 1 (SLO/Checkout-Availability): metric source not carried (Prometheus; query: sum(up{job="checkout"})): slm measures from CSV exports; add a DataSource for the export and name it in the target's source`,
      "imported 1 target into 1 agreement; 4 notes on what was not carried or only approximated",
      "",
    ]);
  });

  it("keeps each note on one line whatever a value in it holds", async () => {
    const dir = tempRepo({
      "slo.yaml": `apiVersion: openslo/v1
kind: SLO
metadata: { name: "x\\n::warning::forged" }
spec:
  service: svc
  indicatorRef: nowhere
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`,
    });
    const r = await runCli(["import", "openslo", "slo.yaml"], { cwd: dir });
    expect(r.stderr).not.toMatch(/^::warning/m);
    expect(r.stderr).toContain("(SLO/x\\n::warning::forged)");
  });

  it("exits 1 when nothing could be carried, 2 when a path does not exist", async () => {
    const dir = tempRepo({
      "policy.yaml": "apiVersion: openslo/v1\nkind: AlertPolicy\nmetadata: { name: p }\nspec: {}\n",
    });
    const none = await runCli(["import", "openslo", "policy.yaml"], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("imported 0 targets into 0 agreements; 1 note");
    const missing = await runCli(["import", "openslo", "nope.yaml"], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stderr: "slm: no such file or directory: nope.yaml\n" });
  });
});
