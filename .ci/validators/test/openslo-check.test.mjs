// node --test test/  — checks that openslo-check.mjs reports each transcribed go-sdk rule
// (and the schema's view of the same documents) on small hand-written documents.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const checker = join(here, "..", "openslo-check.mjs");
const dir = mkdtempSync(join(tmpdir(), "openslo-check-"));
let n = 0;

function check(yaml, ...extra) {
	const f = join(dir, `case-${++n}.yaml`);
	writeFileSync(f, yaml);
	const r = spawnSync(process.execPath, [checker, ...extra, f], { encoding: "utf8" });
	return { code: r.status, out: r.stdout, err: r.stderr, rules: [...r.stdout.matchAll(/\): ([a-z0-9-]+:[^:]*|yaml): /g)].map((m) => m[1]) };
}

const slo = ({ name = "web-availability", displayName = "Web availability", objective = "target: 0.99", window = null, budgeting = "Occurrences", indicator = null, extraSpec = "" } = {}) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${name}
  displayName: ${displayName}
spec:
  service: web
${
	indicator ??
	`  indicator:
    metadata:
      name: web-latency
    spec:
      thresholdMetric:
        metricSource:
          type: Prometheus
          spec:
            query: latency`
}
  timeWindow:
${
	window ??
	`    - duration: 1M
      isRolling: false
      calendar:
        startTime: "2024-01-01 00:00:00"
        timeZone: Europe/Berlin`
}
  budgetingMethod: ${budgeting}
  objectives:
    - ${objective.split("\n").join("\n      ")}
      op: lte
      value: 300
${extraSpec}`;

test("a valid threshold SLO passes both checks", () => {
	const r = check(slo());
	assert.equal(r.code, 0, r.out + r.err);
});

test("metadata.name must be an RFC 1123 DNS label of at most 63 characters", () => {
	assert.deepEqual(check(slo({ name: "Web-Availability" })).rules, ["schema:/metadata/name", "go-sdk:metadata.name"]);
	assert.deepEqual(check(slo({ name: "a".repeat(64) })).rules, ["go-sdk:metadata.name"]);
	assert.deepEqual(check(slo({ name: "web.availability" })).rules, ["go-sdk:metadata.name"]); // the schema allows dots
});

test("displayName: at most 63 runes (an em dash counts once)", () => {
	assert.equal(check(slo({ displayName: `${"x".repeat(61)} —` })).code, 0);
	assert.deepEqual(check(slo({ displayName: "x".repeat(64) })).rules, ["go-sdk:metadata.displayName"]);
});

test("target: 0 <= target < 1; target and targetPercent exclusive; one required", () => {
	assert.deepEqual(check(slo({ objective: "target: 1" })).rules, ["schema:/spec/objectives/0/target", "go-sdk:spec.objectives[0].target"]);
	assert.equal(check(slo({ objective: "target: 0" })).code, 0);
	assert.deepEqual(check(slo({ objective: "targetPercent: 100" })).rules, ["schema:/spec/objectives/0", "go-sdk:spec.objectives[0].targetPercent"]);
	assert.ok(check(slo({ objective: "target: 0.9\ntargetPercent: 90" })).rules.includes("go-sdk:spec.objectives[0]"));
	assert.ok(check(slo({ objective: "displayName: x" })).rules.includes("go-sdk:spec.objectives[0]"));
});

test("timeWindow: exactly one; calendar iff not rolling; startTime layout; IANA zone", () => {
	assert.deepEqual(check(slo({ window: "    - duration: 28d\n      isRolling: false" })).rules, ["schema:/spec/timeWindow/0", "go-sdk:spec.timeWindow[0]"]);
	assert.deepEqual(
		check(slo({ window: "    - duration: 28d\n      isRolling: true\n      calendar:\n        startTime: 2024-01-01 00:00:00\n        timeZone: UTC" })).rules,
		["go-sdk:spec.timeWindow[0]"],
	);
	assert.deepEqual(check(slo({ window: "    - duration: 28d\n      isRolling: true\n    - duration: 7d\n      isRolling: true" })).rules, ["schema:/spec/timeWindow", "go-sdk:spec.timeWindow"]);
	const cal = (start, tz) => `    - duration: 1M\n      isRolling: false\n      calendar:\n        startTime: ${start}\n        timeZone: ${tz}`;
	assert.deepEqual(check(slo({ window: cal("2024-02-30 00:00:00", "Europe/Berlin") })).rules, ["go-sdk:spec.timeWindow[0].calendar.startTime"]);
	assert.deepEqual(check(slo({ window: cal("2024-01-01T00:00:00", "Europe/Berlin") })).rules, ["schema:/spec/timeWindow/0/calendar/startTime", "go-sdk:spec.timeWindow[0].calendar.startTime"]);
	assert.deepEqual(check(slo({ window: cal("2024-01-01 9:00:00", "Europe/Berlin") })).rules, ["schema:/spec/timeWindow/0/calendar/startTime"]); // Go's "15" takes one digit
	assert.deepEqual(check(slo({ window: cal("2024-01-01 00:00:00", "Europe/Nowhere") })).rules, ["go-sdk:spec.timeWindow[0].calendar.timeZone"]);
	assert.deepEqual(check(slo({ window: cal("2024-01-01 00:00:00", "UTC") })).rules, ["schema:/spec/timeWindow/0/calendar/timeZone"]);
	assert.deepEqual(check(slo({ window: cal("2024-01-01 00:00:00", "Local") })).rules, ["schema:/spec/timeWindow/0/calendar/timeZone", "go-sdk:spec.timeWindow[0].calendar.timeZone"]);
});

test("durations: [0-9]+ then one of m h d w M Q Y", () => {
	const w = (d) => `    - duration: ${d}\n      isRolling: true`;
	assert.deepEqual(check(slo({ window: w("30s") })).rules, ["schema:/spec/timeWindow/0/duration", "go-sdk:spec.timeWindow[0].duration.unit"]);
	assert.deepEqual(check(slo({ window: w("1.5h") })).rules, ["schema:/spec/timeWindow/0/duration", "go-sdk:spec.timeWindow[0].duration.unit"]);
	assert.deepEqual(check(slo({ window: w("30") })).rules, ["schema:/spec/timeWindow/0/duration", "decode:timeWindow[0].duration".replace("timeWindow", "spec.timeWindow")]);
	assert.deepEqual(check(slo({ window: w("h") })).rules, ["schema:/spec/timeWindow/0/duration", "decode:spec.timeWindow[0].duration"]);
});

test("budgetingMethod: Occurrences | Timeslices (timeSliceTarget, timeSliceWindow) | RatioTimeslices (timeSliceWindow)", () => {
	assert.deepEqual(check(slo({ budgeting: "Timeslices" })).rules, ["schema:/spec/objectives/0", "schema:/spec/objectives/0", "go-sdk:spec.objectives[0].timeSliceTarget", "go-sdk:spec.objectives[0].timeSliceWindow"]);
	assert.equal(check(slo({ budgeting: "Timeslices", objective: "target: 0.99\ntimeSliceTarget: 0.95\ntimeSliceWindow: 5m" })).code, 0);
	assert.deepEqual(check(slo({ budgeting: "RatioTimeslices" })).rules, ["schema:/spec/budgetingMethod", "go-sdk:spec.objectives[0].timeSliceWindow"]);
	assert.deepEqual(check(slo({ budgeting: "Timeslice" })).rules, ["schema:/spec/budgetingMethod", "go-sdk:spec.budgetingMethod"]);
});

test("inlined ratio SLI forbids op/value; indicator and indicatorRef are exclusive", () => {
	const ratio = `  indicator:
    metadata:
      name: ok-ratio
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { spec: { q: good } } }
        total: { metricSource: { spec: { q: total } } }`;
	assert.deepEqual(check(slo({ indicator: ratio })).rules, ["go-sdk:spec.objectives[0].value", "go-sdk:spec.objectives[0].op"]);
	assert.ok(check(slo({ extraSpec: "  indicatorRef: other" })).rules.includes("go-sdk:spec"));
});

test("unknown fields fail go-sdk's strict decode; YAML 1.1 booleans are read as Go reads them", () => {
	assert.deepEqual(check(slo({ extraSpec: "  owner: team-a" })).rules, ["decode:spec.owner"]);
	assert.equal(check(slo({ window: "    - duration: 28d\n      isRolling: yes" })).rules.includes("go-sdk:spec.timeWindow[0]"), false);
});

test("label and annotation keys", () => {
	const doc = `apiVersion: openslo/v1
kind: Service
metadata:
  name: web
  labels: { "-team": a, ok: [b, c] }
  annotations: { "openslo.com/x": "1", "bad key": "2" }
spec: {}
`;
	assert.deepEqual(check(doc).rules.filter((r) => r.startsWith("go-sdk")), ["go-sdk:metadata.labels.-team", "go-sdk:metadata.annotations.bad key"]);
});

test("SLI ratioMetric rules", () => {
	const sli = (ratio) => `apiVersion: openslo/v1
kind: SLI
metadata: { name: s }
spec:
  ratioMetric:
${ratio}
`;
	const ms = (q) => `{ metricSource: { spec: { q: ${q} } } }`;
	assert.deepEqual(check(sli(`    good: ${ms(1)}\n    bad: ${ms(2)}\n    total: ${ms(3)}`)).rules.filter((r) => r.startsWith("go-sdk")), ["go-sdk:spec.ratioMetric"]);
	assert.deepEqual(check(sli(`    raw: ${ms(1)}`)).rules.filter((r) => r.startsWith("go-sdk")), ["go-sdk:spec.ratioMetric.rawType"]);
	// (the schema also wants ratioMetric.counter, which go-sdk reads as false when absent)
	assert.deepEqual(check(sli(`    good: ${ms(1)}\n    total: { metricSource: { spec: {} } }`)).rules, ["schema:/spec/ratioMetric", "go-sdk:spec.ratioMetric.total.metricSource.spec"]);
	assert.deepEqual(check(sli(`    counter: true\n    good: { metricSource: { metricSourceRef: My_DS, spec: { q: 1 } } }\n    total: ${ms(3)}`)).rules, [
		"schema:/spec/ratioMetric/good/metricSource/metricSourceRef",
		"go-sdk:spec.ratioMetric.good.metricSource.metricSourceRef",
	]);
});

test("alert policies, conditions, targets", () => {
	assert.deepEqual(check(slo({ extraSpec: "  alertPolicies: [my-policy]" })).rules, ["decode:spec.alertPolicies[0]"]);
	assert.deepEqual(check(slo({ extraSpec: "  alertPolicies:\n    - alertPolicyRef: My_Policy" })).rules.filter((r) => !r.startsWith("schema")), ["go-sdk:spec.alertPolicies[0].alertPolicyRef"]);
	const policy = (conds, targets) => `apiVersion: openslo/v1
kind: AlertPolicy
metadata: { name: p }
spec:
  alertWhenNoData: false
  alertWhenResolved: false
  alertWhenBreaching: true
  conditions: ${conds}
  notificationTargets: ${targets}
`;
	assert.equal(check(policy("[{ conditionRef: c }]", "[{ targetRef: t }]")).code, 0);
	assert.deepEqual(check(policy("[{ conditionRef: c }, { conditionRef: d }]", "[{ targetRef: t }]")).rules, ["schema:/spec/conditions", "go-sdk:spec.conditions"]);
	assert.deepEqual(check(policy("[{ conditionRef: c }]", "[]")).rules, ["schema:/spec/notificationTargets", "go-sdk:spec.notificationTargets"]);
	const cond = (c) => `apiVersion: openslo/v1
kind: AlertCondition
metadata: { name: c }
spec:
  severity: page
  condition: ${c}
`;
	assert.equal(check(cond("{ kind: burnrate, op: gt, threshold: 2, lookbackWindow: 1h, alertAfter: 5m }")).code, 0);
	assert.deepEqual(check(cond("{ kind: burnrate, threshold: 2, lookbackWindow: 1h, alertAfter: 5m }")).rules, ["schema:/spec/condition", "go-sdk:spec.condition.op"]);
	assert.deepEqual(check(cond("{ kind: burnrate, op: eq, threshold: 2, lookbackWindow: 1h }")).rules, ["schema:/spec/condition", "schema:/spec/condition/op", "go-sdk:spec.condition.op"]);
});

test("DataSource, Service, comment-only documents", () => {
	const ds = (cd) => `apiVersion: openslo/v1\nkind: DataSource\nmetadata: { name: d }\nspec:\n  type: Prometheus\n${cd}`;
	assert.deepEqual(check(ds("")).rules, ["schema:/spec", "go-sdk:spec.connectionDetails"]);
	assert.deepEqual(check(ds("  connectionDetails:\n")).rules, ["schema:/spec/connectionDetails"]); // null is a RawMessage "null" for Go
	assert.deepEqual(check(`apiVersion: openslo/v1\nkind: Service\nmetadata: { name: s }\nspec:\n  description: ${"x".repeat(1051)}\n`).rules, ["schema:/spec/description", "go-sdk:spec.description"]);
	assert.deepEqual(check(`${slo()}---\n# only a comment\n`).rules, ["decode:"]);
});
