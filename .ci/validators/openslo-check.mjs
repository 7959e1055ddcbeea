#!/usr/bin/env node
// openslo-check: validate OpenSLO v1 documents the two ways consumers check them.
//
//   node openslo-check.mjs [options] FILE|DIR [...]
//
//   (a) schema  the OpenSLO v1 JSON Schemas (openslo.schema.json + parts/, draft-07, the last
//               version in the spec repository), validated with ajv;
//   (b) go-sdk  the rules of github.com/OpenSLO/go-sdk pkg/openslo/v1 that `oslo validate` runs
//               today: oslo (HEAD 2f07e92) builds against go-sdk v0.6.2 (ad7bcff) and govy v0.19.1.
//               First the strict decode go-sdk does (encoding/json with DisallowUnknownFields,
//               pkg/openslosdk/encoding.go:219-227), then the govy validators, transcribed below.
//               Every message ends with the go-sdk file and line it comes from.
//
// Prints every violation as
//   FILE: doc N (kind/name): RULE: MESSAGE
// where N counts YAML documents from 1 (a document that is a list gives N[i]) and RULE is
//   yaml | schema:<JSON pointer> | decode:<path> | go-sdk:<property path>.
// Exit status: 0 no violation, 1 any violation, 2 usage error or unreadable input.
//
// Options:
//   --no-schema       skip (a);  --no-go-sdk  skip (b)
//   --schema-dir DIR  the folder holding openslo.schema.json and parts/ (default: $OPENSLO_SCHEMA_DIR,
//                     else shared/datasets/validators/openslo-v1 found from this script's folder upwards)
//   --zoneinfo DIR    where IANA zone files are looked up for timeZone (default: $ZONEINFO, then
//                     /usr/share/zoneinfo, /usr/share/lib/zoneinfo, /usr/lib/locale/TZ, /etc/zoneinfo —
//                     the directories Go's time.LoadLocation reads; oslo embeds no tzdata)
//   --summary         after the violations, print a count per rule
//   --quiet           print nothing for files without violations
//
// Depends on ajv (draft-07 build) and yaml only.
import { existsSync, openSync, readFileSync, readSync, closeSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import YAML from "yaml";

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// command line

const argv = process.argv.slice(2);
const opts = { schema: true, gosdk: true, schemaDir: process.env.OPENSLO_SCHEMA_DIR ?? null, zoneinfo: null, summary: false, quiet: false };
const inputs = [];
for (let i = 0; i < argv.length; i++) {
	const a = argv[i];
	if (a === "--no-schema") opts.schema = false;
	else if (a === "--no-go-sdk") opts.gosdk = false;
	else if (a === "--schema-dir") opts.schemaDir = argv[++i];
	else if (a.startsWith("--schema-dir=")) opts.schemaDir = a.slice(13);
	else if (a === "--zoneinfo") opts.zoneinfo = argv[++i];
	else if (a.startsWith("--zoneinfo=")) opts.zoneinfo = a.slice(11);
	else if (a === "--summary") opts.summary = true;
	else if (a === "--quiet") opts.quiet = true;
	else if (a === "-h" || a === "--help") usage(0);
	else if (a.startsWith("--")) usage(2, `unknown option ${a}`);
	else inputs.push(a);
}
if (!inputs.length) usage(2);

function usage(code, msg) {
	if (msg) console.error(`openslo-check: ${msg}`);
	console.error("usage: node openslo-check.mjs [--no-schema] [--no-go-sdk] [--schema-dir DIR] [--zoneinfo DIR] [--summary] [--quiet] FILE|DIR [...]");
	process.exit(code);
}

// ---------------------------------------------------------------------------------------------
// (a) JSON Schema

function findSchemaDir() {
	const rel = join("shared", "datasets", "validators", "openslo-v1");
	for (let d = here; ; d = dirname(d)) {
		if (existsSync(join(d, rel, "openslo.schema.json"))) return join(d, rel);
		if (dirname(d) === d) break;
	}
	if (existsSync(join("/work", rel, "openslo.schema.json"))) return join("/work", rel);
	return null;
}

let schemaValidate = null;
let kindValidators = null;
if (opts.schema) {
	const dir = opts.schemaDir ?? findSchemaDir();
	if (!dir || !existsSync(join(dir, "openslo.schema.json"))) usage(2, "cannot find openslo.schema.json; pass --schema-dir or set OPENSLO_SCHEMA_DIR");
	// strict: false because the published schemas use keywords ajv's strict mode rejects
	// (e.g. "additionalItems" without an "items" array in metadata.schema.json).
	const ajv = new Ajv({ allErrors: true, strict: false });
	const partsDir = join(dir, "parts");
	for (const f of readdirSync(partsDir).filter((f) => f.endsWith(".json")).sort()) {
		ajv.addSchema(JSON.parse(readFileSync(join(partsDir, f), "utf8")));
	}
	const top = JSON.parse(readFileSync(join(dir, "openslo.schema.json"), "utf8"));
	schemaValidate = ajv.compile(top);
	// Per kind: general + that kind's part, for readable messages when the top-level oneOf fails.
	const base = "https://openslo.com/schemas/v1/parts/";
	const part = {
		AlertCondition: "alertcondition-spec",
		AlertNotificationTarget: "alertnotificationtarget-spec",
		AlertPolicy: "alertpolicy-spec",
		DataSource: "datasource-spec",
		Service: "service-spec",
		SLI: "sli-spec",
		SLO: "slo-spec",
	};
	kindValidators = Object.fromEntries(
		Object.entries(part).map(([k, p]) => [
			k,
			ajv.compile({ allOf: [{ $ref: `${base}general.schema.json` }, { $ref: `${base}${p}.schema.json` }] }),
		]),
	);
}

function schemaErrors(obj) {
	if (schemaValidate(obj)) return [];
	const kv = obj && typeof obj === "object" ? kindValidators[obj.kind] : undefined;
	let errors = schemaValidate.errors;
	if (kv && !kv(obj)) errors = kv.errors;
	else if (kv) {
		// the kind's own part passes; keep the top-level errors, minus the other kinds' branches
		errors = errors.filter((e) => !(e.keyword === "const" && e.instancePath === "/kind"));
	}
	const out = [];
	const seen = new Set();
	for (const e of errors) {
		if (e.keyword === "if") continue; // "must match "then" schema": the failing "then" keyword is reported too
		let msg = e.message;
		if (e.params?.allowedValues) msg += `: ${e.params.allowedValues.join(", ")}`;
		if (e.params?.allowedValue !== undefined) msg += `: ${JSON.stringify(e.params.allowedValue)}`;
		if (e.keyword === "pattern" || e.keyword === "maxLength" || e.keyword === "minimum" || e.keyword === "exclusiveMaximum" || e.keyword === "maximum" || e.keyword === "exclusiveMinimum" || e.keyword === "type" || e.keyword === "const") {
			const v = valueAt(obj, e.instancePath);
			if (v !== undefined) msg += ` (value: ${JSON.stringify(v)})`;
		}
		const key = `${e.instancePath}|${msg}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ rule: `schema:${e.instancePath || "/"}`, msg });
	}
	return out;
}

function valueAt(obj, pointer) {
	if (!pointer) return obj;
	let v = obj;
	for (const raw of pointer.split("/").slice(1)) {
		const k = raw.replace(/~1/g, "/").replace(/~0/g, "~");
		if (v == null || typeof v !== "object") return undefined;
		v = v[k];
	}
	return v;
}

// ---------------------------------------------------------------------------------------------
// (b) go-sdk: strict decode (encoding/json semantics) into the Go types of pkg/openslo/v1

const SDK = "go-sdk@v0.6.2 pkg/openslo/v1/";
const ENC = "go-sdk@v0.6.2 pkg/openslosdk/encoding.go";

// Type descriptors mirroring the structs (file:line of each struct at v0.6.2).
const T = {
	string: { t: "string" },
	bool: { t: "bool" },
	float: { t: "float" }, // float64 or *float64 (both take a JSON number; *float64 keeps nil)
	duration: { t: "duration" }, // DurationShorthand, an encoding.TextUnmarshaler (duration_shorthand.go:51-60)
	kind: { t: "kind" }, // openslo.Kind, TextUnmarshaler that rejects unknown kinds (pkg/openslo/kind.go)
	anyMap: { t: "map", value: { t: "any" } }, // map[string]any
	stringMap: { t: "map", value: { t: "string" } }, // Annotations map[string]string (objects.go:44)
	labels: { t: "labels" }, // Labels map[string]Label, Label = string or []string (objects.go:42-60)
	raw: { t: "raw" }, // json.RawMessage
};
const struct = (name, fields, embedded) => ({ t: "struct", name, fields, embedded });
const ptr = (el) => ({ t: "ptr", el });
const slice = (el) => ({ t: "slice", el });

const Metadata = struct("Metadata", { name: T.string, displayName: T.string, labels: T.labels, annotations: T.stringMap }); // objects.go:35-40
const SLIMetricSource = struct("SLIMetricSource", { metricSourceRef: T.string, type: T.string, spec: T.anyMap }); // sli.go:72-76
const SLIMetricSpec = struct("SLIMetricSpec", { metricSource: SLIMetricSource }); // sli.go:68-70
const SLIRatioMetric = struct("SLIRatioMetric", {
	counter: T.bool,
	good: ptr(SLIMetricSpec),
	bad: ptr(SLIMetricSpec),
	total: ptr(SLIMetricSpec),
	rawType: T.string,
	raw: ptr(SLIMetricSpec),
}); // sli.go:59-66
const SLISpec = struct("SLISpec", { description: T.string, thresholdMetric: ptr(SLIMetricSpec), ratioMetric: ptr(SLIRatioMetric) }); // sli.go:53-57
const SLOIndicatorInline = struct("SLOIndicatorInline", { metadata: Metadata, spec: SLISpec }); // slo.go:94-97
const AlertConditionType = struct("AlertConditionType", {
	kind: T.string,
	op: T.string,
	threshold: T.float,
	lookbackWindow: T.duration,
	alertAfter: ptr(T.duration),
}); // alert_condition.go:59-65
const AlertConditionSpec = struct("AlertConditionSpec", { severity: T.string, condition: AlertConditionType, description: T.string }); // alert_condition.go:53-57
const AlertNotificationTargetSpec = struct("AlertNotificationTargetSpec", { description: T.string, target: T.string }); // alert_notification_target.go:53-56
// Structs with two embedded pointers: a key of either allocates that pointer (encoding/json).
const AlertPolicyCondition = struct("AlertPolicyCondition", {}, {
	ref: { conditionRef: T.string },
	inline: { kind: T.kind, metadata: Metadata, spec: AlertConditionSpec },
}); // alert_policy.go:62-75
const AlertPolicyNotificationTarget = struct("AlertPolicyNotificationTarget", {}, {
	ref: { targetRef: T.string },
	inline: { kind: T.kind, metadata: Metadata, spec: AlertNotificationTargetSpec },
}); // alert_policy.go:77-90
const AlertPolicySpec = struct("AlertPolicySpec", {
	description: T.string,
	alertWhenNoData: T.bool,
	alertWhenBreaching: T.bool,
	alertWhenResolved: T.bool,
	conditions: slice(AlertPolicyCondition),
	notificationTargets: slice(AlertPolicyNotificationTarget),
}); // alert_policy.go:53-60
const SLOAlertPolicy = struct("SLOAlertPolicy", {}, {
	inline: { kind: T.kind, metadata: Metadata, spec: AlertPolicySpec },
	ref: { alertPolicyRef: T.string },
}); // slo.go:123-136
const SLOCalendar = struct("SLOCalendar", { startTime: T.string, timeZone: T.string }); // slo.go:118-121
const SLOTimeWindow = struct("SLOTimeWindow", { duration: T.duration, isRolling: T.bool, calendar: ptr(SLOCalendar) }); // slo.go:112-116
const SLOObjective = struct("SLOObjective", {
	displayName: T.string,
	op: T.string,
	value: T.float,
	target: T.float,
	targetPercent: T.float,
	timeSliceTarget: T.float,
	timeSliceWindow: ptr(T.duration),
	indicator: ptr(SLOIndicatorInline),
	indicatorRef: ptr(T.string),
	compositeWeight: T.float,
}); // slo.go:99-110
const SLOSpec = struct("SLOSpec", {
	description: T.string,
	service: T.string,
	indicator: ptr(SLOIndicatorInline),
	indicatorRef: ptr(T.string),
	budgetingMethod: T.string,
	timeWindow: slice(SLOTimeWindow),
	objectives: slice(SLOObjective),
	alertPolicies: slice(SLOAlertPolicy),
}); // slo.go:60-69
const top = (name, spec) => struct(name, { apiVersion: T.string, kind: T.kind, metadata: Metadata, spec });
const KINDS = {
	SLO: top("SLO", SLOSpec), // slo.go:25-30
	SLI: top("SLI", SLISpec), // sli.go:22-27
	Service: top("Service", struct("ServiceSpec", { description: T.string })), // service.go:22-27, 53-55
	DataSource: top("DataSource", struct("DataSourceSpec", { description: T.string, type: T.string, connectionDetails: T.raw })), // data_source.go:24-29, 55-59
	AlertPolicy: top("AlertPolicy", AlertPolicySpec), // alert_policy.go:22-27
	AlertCondition: top("AlertCondition", AlertConditionSpec), // alert_condition.go:22-27
	AlertNotificationTarget: top("AlertNotificationTarget", AlertNotificationTargetSpec), // alert_notification_target.go:22-27
};
const VALID_KINDS = Object.keys(KINDS);
const MAP = Symbol("go map"); // marks decoded maps: a non-nil map is not a zero value, even when empty
const newMap = () => Object.defineProperty({}, MAP, { value: true });

function jsonType(v) {
	if (v === null) return "null";
	if (Array.isArray(v)) return "array";
	if (typeof v === "number") return "number";
	if (typeof v === "boolean") return "bool";
	if (typeof v === "string") return "string";
	return "object";
}

// Returns the Go value (plain JS) and pushes decode errors. Zero values: "" false null.
function decode(v, type, path, errs) {
	const bad = (goType) => {
		errs.push({ path, msg: `json: cannot unmarshal ${jsonType(v)} into Go value of type ${goType}` });
		return zero(type);
	};
	switch (type.t) {
		case "string":
			if (v === null || v === undefined) return "";
			return typeof v === "string" ? v : bad("string");
		case "bool":
			if (v === null || v === undefined) return false;
			return typeof v === "boolean" ? v : bad("bool");
		case "float":
			if (v === null || v === undefined) return null;
			return typeof v === "number" ? v : bad("float64");
		case "kind":
			if (v === null || v === undefined) return "";
			if (typeof v !== "string") return bad("openslo.Kind");
			if (!VALID_KINDS.includes(v)) errs.push({ path, msg: `unsupported openslo.Kind: ${v}` });
			return v;
		case "duration": {
			if (v === null || v === undefined) return { value: 0, unit: "", set: false };
			if (typeof v !== "string") return bad("v1.DurationShorthand");
			const d = parseDurationShorthand(v);
			if (d === "error") {
				errs.push({ path, msg: `invalid duration shorthand: ${v}, expected [0-9]+[mhdwMQY] [${SDK}duration_shorthand.go:51-60]` });
				return { value: 0, unit: "", set: false };
			}
			return d;
		}
		case "raw":
			return v === undefined ? undefined : JSON.stringify(v);
		case "any":
			return v;
		case "map": {
			if (v === null || v === undefined) return null;
			if (jsonType(v) !== "object") return bad(type.value.t === "string" ? "map[string]string" : "map[string]interface {}");
			const out = newMap();
			for (const [k, x] of Object.entries(v)) out[k] = decode(x, type.value, `${path}.${k}`, errs);
			return out;
		}
		case "labels": {
			if (v === null || v === undefined) return null;
			if (jsonType(v) !== "object") return bad("v1.Labels");
			const out = newMap();
			for (const [k, x] of Object.entries(v)) {
				if (typeof x === "string") out[k] = [x];
				else if (x === null) out[k] = null;
				else if (Array.isArray(x) && x.every((e) => typeof e === "string" || e === null)) out[k] = x.map((e) => e ?? "");
				else errs.push({ path: `${path}.${k}`, msg: `json: cannot unmarshal ${jsonType(x)} into Go value of type v1.Label (a string or a list of strings)` });
			}
			return out;
		}
		case "ptr":
			if (v === null || v === undefined) return null;
			return decode(v, type.el, path, errs);
		case "slice": {
			if (v === null || v === undefined) return null;
			if (!Array.isArray(v)) return bad(`[]v1.${type.el.name ?? type.el.t}`);
			return v.map((x, i) => decode(x, type.el, `${path}[${i}]`, errs));
		}
		case "struct": {
			if (v === null || v === undefined) return zero(type);
			if (jsonType(v) !== "object") return bad(`v1.${type.name}`);
			const out = zero(type);
			const all = { ...type.fields };
			const group = {};
			for (const [g, fs] of Object.entries(type.embedded ?? {})) {
				for (const f of Object.keys(fs)) {
					all[f] = fs[f];
					group[f] = g;
				}
			}
			const names = Object.keys(all);
			for (const [k, x] of Object.entries(v)) {
				// encoding/json: exact name first, else a case-insensitive match
				const f = names.includes(k) ? k : names.find((n) => n.toLowerCase() === k.toLowerCase());
				if (!f) {
					errs.push({ path: path ? `${path}.${k}` : k, msg: `json: unknown field "${k}" [${ENC}:219-227 DisallowUnknownFields]` });
					continue;
				}
				const p = path ? `${path}.${f}` : f;
				if (group[f]) {
					out[group[f]] ??= zeroFields(type.embedded[group[f]]);
					out[group[f]][f] = decode(x, all[f], p, errs);
				} else out[f] = decode(x, all[f], p, errs);
			}
			return out;
		}
	}
	throw new Error(`unknown type ${type.t}`);
}

function zero(type) {
	switch (type.t) {
		case "string":
		case "kind":
			return "";
		case "bool":
			return false;
		case "duration":
			return { value: 0, unit: "", set: false };
		case "struct": {
			const out = zeroFields(type.fields);
			for (const g of Object.keys(type.embedded ?? {})) out[g] = null;
			return out;
		}
		case "raw":
			return undefined;
		default:
			return null;
	}
}
function zeroFields(fields) {
	return Object.fromEntries(Object.entries(fields).map(([k, t]) => [k, zero(t)]));
}

// reflect.Value.IsZero over the decoded values
function isZero(v) {
	if (v === null || v === undefined || v === "" || v === false || v === 0) return true;
	if (Array.isArray(v)) return false; // a non-nil slice, even empty, is not zero
	if (typeof v === "object") {
		if (v[MAP]) return false;
		if ("unit" in v && "value" in v && "set" in v) return v.unit === "" && v.value === 0;
		return Object.values(v).every(isZero);
	}
	return false;
}

// DurationShorthand.UnmarshalText: fmt.Sscanf(text, "%d%s", &value, &unit) must read two items
// (duration_shorthand.go:51-60). %d skips spaces, takes an optional sign and decimal digits;
// %s skips spaces and reads up to the next space.
function parseDurationShorthand(s) {
	if (s.length === 0) return { value: 0, unit: "", set: false };
	const m = /^[ \t\r\n]*([+-]?[0-9]+)[ \t\r\n]*([^ \t\r\n]+)/.exec(s);
	if (!m) return "error";
	const value = Number.parseInt(m[1], 10);
	if (!Number.isSafeInteger(value)) return "error";
	return { value, unit: m[2], set: true };
}

// ---------------------------------------------------------------------------------------------
// (b) go-sdk: the govy validators of pkg/openslo/v1 (v0.6.2), transcribed.
// Messages follow govy v0.19.1's templates (internal/messagetemplates/templates.go).

class V {
	constructor() {
		this.errs = [];
	}
	add(path, msg, cite) {
		this.errs.push({ path, msg: `${msg} [${SDK}${cite}]` });
	}
}
const runes = (s) => [...s].length; // govy counts utf8.RuneCountInString
const j = (a, b) => (a ? (b.startsWith("[") ? `${a}${b}` : `${a}.${b}`) : b);

const DNS_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/; // govy v0.19.1 pkg/rules/regex.go:15
const DNS_MSG =
	"string must match regular expression: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' (e.g. 'my-name', '123-abc'); an RFC-1123 compliant label name must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
// rules.StringDNSLabel (govy pkg/rules/string.go:84-95): length 1..63, then the regexp; stops at the first
function dnsLabel(v, path, s, cite) {
	if (runes(s) < 1 || runes(s) > 63) v.add(path, `length must be between 1 and 63 (got ${runes(s)})`, cite);
	else if (!DNS_LABEL_RE.test(s)) v.add(path, `${DNS_MSG} (value: '${s}')`, cite);
}
function maxLen(v, path, s, n, cite) {
	if (runes(s) > n) v.add(path, `length must be less than or equal to ${n} (got ${runes(s)})`, cite);
}
const REQ = "property is required but was empty";
// rules.MutuallyExclusive (govy pkg/rules/one_of.go:94-133). Every getter passed to it in
// pkg/openslo/v1 returns a pointer, and a non-nil pointer counts as set whatever it points to.
function mutuallyExclusive(v, path, required, props, cite) {
	const set = Object.keys(props).filter((k) => props[k] !== null && props[k] !== undefined).sort();
	const names = Object.keys(props).sort().join(", ");
	if (set.length === 0 && required) {
		v.add(path, `one of [${names}] properties must be set, none was provided`, cite);
		return false;
	}
	if (set.length > 1) {
		v.add(path, `[${set.join(", ")}] properties are mutually exclusive, provide only one of them`, cite);
		return false;
	}
	return true;
}
const OPERATORS = ["gt", "lt", "gte", "lte"]; // objects.go:62-76
function operator(v, path, op, cite) {
	// operatorValidation: rules.OneOf(validOperators...) (objects.go:78-81)
	if (!OPERATORS.includes(op)) v.add(path, `must be one of: ${OPERATORS.join(", ")} (value: '${op}')`, cite);
}
const DURATION_UNITS = ["m", "h", "d", "w", "M", "Q", "Y"]; // duration_shorthand.go:103-121
// durationShortHandValidation (duration_shorthand.go:128-136)
function durationShorthand(v, path, d) {
	if (d.unit === "") v.add(j(path, "unit"), REQ, "duration_shorthand.go:129-132");
	else if (!DURATION_UNITS.includes(d.unit)) v.add(j(path, "unit"), `must be one of: ${DURATION_UNITS.join(", ")} (value: '${d.unit}')`, "duration_shorthand.go:129-132");
	if (d.value < 0) v.add(j(path, "value"), `should be greater than or equal to '0' (value: ${d.value})`, "duration_shorthand.go:133-135");
}

const LABEL_KEY_RE = /^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/u; // objects.go:130
const ANNOTATION_KEY_LENGTH_RE = /^([^\n]{0,253}\/)?[^\n]{0,63}$/u; // objects.go:131 (Go's '.' excludes only \n)
const ANNOTATION_KEY_RE = /^([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*\/)?[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/u; // objects.go:133-135

// validationRulesMetadata (objects.go:105-127): metadata required; name required + DNS label;
// displayName (when not empty) at most 63 characters; label keys and annotation keys.
function metadata(v, path, m) {
	const p = j(path, "metadata");
	if (isZero(m)) return v.add(p, REQ, "objects.go:106-108");
	if (m.name === "") v.add(j(p, "name"), REQ, "objects.go:111-114");
	else dnsLabel(v, j(p, "name"), m.name, "objects.go:111-114");
	if (m.displayName !== "") maxLen(v, j(p, "displayName"), m.displayName, 63, "objects.go:115-118");
	for (const k of Object.keys(m.labels ?? {})) {
		if (!LABEL_KEY_RE.test(k)) v.add(j(j(p, "labels"), k), `string must match regular expression: '${LABEL_KEY_RE.source}' (key: '${k}')`, "objects.go:130,138-143");
	}
	for (const k of Object.keys(m.annotations ?? {})) {
		// Cascade(CascadeModeStop): the first failing key rule is reported (objects.go:145-158)
		if (!ANNOTATION_KEY_LENGTH_RE.test(k)) v.add(j(j(p, "annotations"), k), `string must match regular expression: '^(.{0,253}/)?.{0,63}$' (key: '${k}')`, "objects.go:131,145-158");
		else if (!ANNOTATION_KEY_RE.test(k))
			v.add(j(j(p, "annotations"), k), `string must match regular expression: '${ANNOTATION_KEY_RE.source}' (e.g. 'my-domain.org/my-key', 'openslo.com/annotation') (key: '${k}')`, "objects.go:133-135,145-158");
	}
}

function description(v, path, s, cite) {
	maxLen(v, j(path, "description"), s, 1050, cite);
}

// ---- SLI (sli.go)
// sliMetricSpecValidation (sli.go:167-180)
function metricSpec(v, path, ms) {
	const p = j(path, "metricSource");
	const src = ms.metricSource;
	if (src.metricSourceRef !== "") dnsLabel(v, j(p, "metricSourceRef"), src.metricSourceRef, "sli.go:171-174");
	if (src.spec === null) v.add(j(p, "spec"), REQ, "sli.go:175-178");
	else if (Object.keys(src.spec).length < 1) v.add(j(p, "spec"), "length must be greater than or equal to 1", "sli.go:175-178");
}
// sliSpecValidation (sli.go:99-114)
function sliSpec(v, path, spec) {
	description(v, path, spec.description, "sli.go:100-102");
	mutuallyExclusive(v, path, true, { thresholdMetric: spec.thresholdMetric, ratioMetric: spec.ratioMetric }, "sli.go:103-107");
	if (spec.thresholdMetric) metricSpec(v, j(path, "thresholdMetric"), spec.thresholdMetric);
	if (spec.ratioMetric) ratioMetric(v, j(path, "ratioMetric"), spec.ratioMetric);
}
// sliRatioMetricValidation (sli.go:116-130), Cascade(Stop): the first failing rule ends it
function ratioMetric(v, path, m) {
	if (!mutuallyExclusive(v, path, true, { total: m.total, raw: m.raw }, "sli.go:119-122")) return;
	if (!mutuallyExclusive(v, path, false, { raw: m.raw, good: m.good, bad: m.bad }, "sli.go:123-127")) return;
	const before = v.errs.length;
	if (m.total) {
		// sliFractionMetricValidation (sli.go:132-154), When total != nil, Cascade(Stop)
		const f = v.errs.length;
		if (m.good === null && m.bad === null) v.add(path, "one of [bad, good] properties must be set, none was provided", "sli.go:133-137");
		const steps = [
			() => metricSpec(v, j(path, "total"), m.total),
			() => m.good && metricSpec(v, j(path, "good"), m.good),
			() => m.bad && metricSpec(v, j(path, "bad"), m.bad),
		];
		for (const s of steps) {
			if (v.errs.length > f) break;
			s();
		}
	}
	if (v.errs.length > before) return;
	if (m.raw) {
		// sliRawMetricSpecValidation (sli.go:156-165), When raw != nil
		metricSpec(v, j(path, "raw"), m.raw);
		if (m.rawType === "") v.add(j(path, "rawType"), REQ, "sli.go:160-163");
		else if (!["success", "failure"].includes(m.rawType)) v.add(j(path, "rawType"), `must be one of: success, failure (value: '${m.rawType}')`, "sli.go:160-163");
	}
}

// ---- SLO (slo.go)
function hasCompositeObjectives(spec) {
	// slo.go:71-78
	return (spec.objectives ?? []).some((o) => o.indicator !== null || o.indicatorRef !== null);
}
// getSLOIndicatorValidation (slo.go:195-222): only when indicator or indicatorRef is set; Cascade(Stop)
function indicatorValidation(v, path, indicator, indicatorRef) {
	if (indicator === null && indicatorRef === null) return;
	const before = v.errs.length;
	mutuallyExclusive(v, path, true, { indicator, indicatorRef }, "slo.go:200-204");
	if (v.errs.length > before) return;
	if (indicator) {
		const p = j(path, "indicator");
		metadata(v, p, indicator.metadata); // slo.go:209
		sliSpec(v, j(p, "spec"), indicator.spec); // slo.go:210-212
	}
	if (v.errs.length > before) return;
	// ForPointer: a non-nil pointer to "" is not skipped, so "" fails StringDNSLabel's length rule
	if (indicatorRef !== null) dnsLabel(v, j(path, "indicatorRef"), indicatorRef, "slo.go:214-216");
}
// sloTimeWindowValidation (slo.go:224-249)
function timeWindow(v, path, tw) {
	if (tw.isRolling && tw.calendar !== null) v.add(path, "'calendar' cannot be set when 'isRolling' is true", "slo.go:226-233");
	if (!tw.isRolling && tw.calendar === null) v.add(path, "'calendar' must be set when 'isRolling' is false", "slo.go:226-233");
	if (tw.duration.unit === "" && tw.duration.value === 0) v.add(j(path, "duration"), REQ, "slo.go:235-238");
	else durationShorthand(v, j(path, "duration"), tw.duration);
	if (tw.calendar) {
		const c = tw.calendar;
		const dt = goParseDateTime(c.startTime);
		if (dt !== null)
			v.add(j(j(path, "calendar"), "startTime"), `string must be a valid date and time in '2006-01-02 15:04:05' format: ${dt}; date and time format follows Go's time layout, see https://pkg.go.dev/time#Layout for more details`, "slo.go:242-244");
		const tz = goLoadLocation(c.timeZone);
		if (tz !== null) v.add(j(j(path, "calendar"), "timeZone"), `string must be a valid IANA Time Zone Database code${tz ? `: ${tz}` : ""} (e.g. 'UTC', 'America/New_York', 'Europe/Warsaw')`, "slo.go:245-247");
	}
}
// sloAlertPolicyValidation (slo.go:251-282), Cascade(Stop)
function sloAlertPolicy(v, path, ap) {
	const before = v.errs.length;
	// the rule names the ref 'targetRef' although the field is alertPolicyRef (slo.go:254)
	mutuallyExclusive(v, path, true, { targetRef: ap.ref, spec: ap.inline }, "slo.go:252-258");
	if (v.errs.length > before) return;
	if (ap.ref) {
		if (ap.ref.alertPolicyRef === "") v.add(j(path, "alertPolicyRef"), REQ, "slo.go:263-266");
		else dnsLabel(v, j(path, "alertPolicyRef"), ap.ref.alertPolicyRef, "slo.go:263-266");
	}
	if (v.errs.length > before) return;
	if (ap.inline) {
		if (ap.inline.kind === "") v.add(j(path, "kind"), REQ, "slo.go:272-275");
		else if (ap.inline.kind !== "AlertPolicy") v.add(j(path, "kind"), `should be equal to 'AlertPolicy' (value: '${ap.inline.kind}')`, "slo.go:272-275");
		metadata(v, path, ap.inline.metadata); // slo.go:276
		if (isZero(ap.inline.spec)) v.add(j(path, "spec"), REQ, "slo.go:277-280");
		else alertPolicySpec(v, j(path, "spec"), ap.inline.spec);
	}
}
function timeSliceWindow(v, path, o) {
	// validationRulesForTimeSliceWindow (slo.go:357-362)
	const p = j(path, "timeSliceWindow");
	if (o.timeSliceWindow === null) v.add(p, REQ, "slo.go:357-362");
	else durationShorthand(v, p, o.timeSliceWindow);
}
function sloSpec(v, path, spec) {
	const objectives = spec.objectives ?? [];
	const obj = (i) => j(path, `objectives[${i}]`);
	// 1. GetSelf: validationRuleForIndicator + indicator validation + Timeslices/RatioTimeslices (slo.go:148-157)
	const composites = hasCompositeObjectives(spec);
	const hasIndicator = spec.indicator !== null || spec.indicatorRef !== null;
	const msg = "'indicator' or 'indicatorRef' fields must either be defined on the 'spec' level (standard SLOs) or on the 'spec.objectives[*]' level (composite SLOs)";
	if (!composites && !hasIndicator) v.add(path, `${msg}, but none were provided`, "slo.go:364-380");
	if (composites && hasIndicator) v.add(path, `${msg}, but not both`, "slo.go:364-380");
	indicatorValidation(v, path, spec.indicator, spec.indicatorRef);
	if (spec.budgetingMethod === "Timeslices") {
		// sloTimeSlicesObjectiveValidation (slo.go:335-346)
		objectives.forEach((o, i) => {
			const p = j(obj(i), "timeSliceTarget");
			if (o.timeSliceTarget === null) v.add(p, REQ, "slo.go:339-342");
			else {
				if (!(o.timeSliceTarget > 0)) v.add(p, `should be greater than '0' (value: ${o.timeSliceTarget})`, "slo.go:339-342");
				if (!(o.timeSliceTarget <= 1)) v.add(p, `should be less than or equal to '1' (value: ${o.timeSliceTarget})`, "slo.go:339-342");
			}
			timeSliceWindow(v, obj(i), o);
		});
	}
	if (spec.budgetingMethod === "RatioTimeslices") {
		// sloRatioTimeSlicesObjectiveValidation (slo.go:348-355)
		objectives.forEach((o, i) => timeSliceWindow(v, obj(i), o));
	}
	// 2. description, service, budgetingMethod (slo.go:158-167)
	description(v, path, spec.description, "slo.go:158-160");
	if (spec.service === "") v.add(j(path, "service"), REQ, "slo.go:161-163");
	if (spec.budgetingMethod === "") v.add(j(path, "budgetingMethod"), REQ, "slo.go:164-167");
	else if (!["Occurrences", "Timeslices", "RatioTimeslices"].includes(spec.budgetingMethod))
		v.add(j(path, "budgetingMethod"), `must be one of: Occurrences, Timeslices, RatioTimeslices (value: '${spec.budgetingMethod}')`, "slo.go:164-167");
	// 3. timeWindow: exactly one (slo.go:168-171)
	const tws = spec.timeWindow ?? [];
	if (tws.length !== 1) v.add(j(path, "timeWindow"), `length must be between 1 and 1 (got ${tws.length})`, "slo.go:168-171");
	tws.forEach((tw, i) => timeWindow(v, j(path, `timeWindow[${i}]`), tw));
	// 4. alertPolicies (slo.go:172-174)
	(spec.alertPolicies ?? []).forEach((ap, i) => sloAlertPolicy(v, j(path, `alertPolicies[${i}]`), ap));
	// 5. objectives: exactly one of target / targetPercent, ranges (slo.go:287-299)
	objectives.forEach((o, i) => {
		mutuallyExclusive(v, obj(i), true, { target: o.target, targetPercent: o.targetPercent }, "slo.go:288-292");
		if (o.target !== null) {
			if (!(o.target >= 0)) v.add(j(obj(i), "target"), `should be greater than or equal to '0' (value: ${o.target})`, "slo.go:293-295");
			if (!(o.target < 1)) v.add(j(obj(i), "target"), `should be less than '1' (value: ${o.target})`, "slo.go:293-295");
		}
		if (o.targetPercent !== null) {
			if (!(o.targetPercent >= 0)) v.add(j(obj(i), "targetPercent"), `should be greater than or equal to '0' (value: ${o.targetPercent})`, "slo.go:296-298");
			if (!(o.targetPercent < 100)) v.add(j(obj(i), "targetPercent"), `should be less than '100' (value: ${o.targetPercent})`, "slo.go:296-298");
		}
	});
	// 6. inlined ratio SLI: objectives must not set value / op (slo.go:177-182, 313-320)
	if (spec.indicator && spec.indicator.spec.ratioMetric) {
		objectives.forEach((o, i) => {
			if (o.value !== null) v.add(j(obj(i), "value"), "property is forbidden", "slo.go:313-316");
			if (o.op !== "") v.add(j(obj(i), "op"), "property is forbidden", "slo.go:317-319");
		});
	}
	// 7. inlined threshold SLI: objectives need value and op (slo.go:183-188, 303-311)
	if (spec.indicator && spec.indicator.spec.thresholdMetric) {
		objectives.forEach((o, i) => {
			if (o.value === null) v.add(j(obj(i), "value"), REQ, "slo.go:304-306");
			if (o.op === "") v.add(j(obj(i), "op"), REQ, "slo.go:307-310");
			else operator(v, j(obj(i), "op"), o.op, "slo.go:307-310");
		});
	}
	// 8. composite objectives (slo.go:189-192, 322-333)
	if (composites) {
		objectives.forEach((o, i) => {
			indicatorValidation(v, obj(i), o.indicator, o.indicatorRef);
			if (o.compositeWeight !== null && !(o.compositeWeight > 0))
				v.add(j(obj(i), "compositeWeight"), `should be greater than '0' (value: ${o.compositeWeight})`, "slo.go:330-332");
		});
	}
}

// ---- AlertCondition (alert_condition.go)
function alertConditionSpec(v, path, spec) {
	description(v, path, spec.description, "alert_condition.go:83-85");
	if (spec.severity === "") v.add(j(path, "severity"), REQ, "alert_condition.go:86-88");
	const c = spec.condition;
	const p = j(path, "condition");
	if (isZero(c)) return v.add(p, REQ, "alert_condition.go:89-96");
	// alertConditionTypeValidation (alert_condition.go:98-103)
	if (c.kind === "") v.add(j(p, "kind"), REQ, "alert_condition.go:99-102");
	else if (c.kind !== "burnrate") v.add(j(p, "kind"), `must be one of: burnrate (value: '${c.kind}')`, "alert_condition.go:99-102");
	// alertConditionBurnRateValidation, When kind == burnrate (alert_condition.go:105-121)
	if (c.kind === "burnrate") {
		if (c.op === "") v.add(j(p, "op"), REQ, "alert_condition.go:106-109");
		else operator(v, j(p, "op"), c.op, "alert_condition.go:106-109");
		if (c.threshold === null) v.add(j(p, "threshold"), REQ, "alert_condition.go:110-112");
		if (c.lookbackWindow.unit === "" && c.lookbackWindow.value === 0) v.add(j(p, "lookbackWindow"), REQ, "alert_condition.go:113-116");
		else durationShorthand(v, j(p, "lookbackWindow"), c.lookbackWindow);
		if (c.alertAfter !== null) durationShorthand(v, j(p, "alertAfter"), c.alertAfter); // alert_condition.go:117-119
	}
}

// ---- AlertNotificationTarget (alert_notification_target.go:72-79)
function alertNotificationTargetSpec(v, path, spec) {
	if (spec.target === "") v.add(j(path, "target"), REQ, "alert_notification_target.go:73-75");
	description(v, path, spec.description, "alert_notification_target.go:76-78");
}

// ---- AlertPolicy (alert_policy.go)
function alertPolicySpec(v, path, spec) {
	description(v, path, spec.description, "alert_policy.go:102-104");
	const conds = spec.conditions ?? [];
	if (conds.length !== 1) v.add(j(path, "conditions"), `length must be between 1 and 1 (got ${conds.length})`, "alert_policy.go:105-108");
	conds.forEach((c, i) => {
		// alertPolicyConditionValidation (alert_policy.go:115-142), Cascade(Stop)
		const p = j(path, `conditions[${i}]`);
		const before = v.errs.length;
		mutuallyExclusive(v, p, true, { conditionRef: c.ref, spec: c.inline }, "alert_policy.go:116-122");
		if (v.errs.length > before) return;
		if (c.ref) {
			if (c.ref.conditionRef === "") v.add(j(p, "conditionRef"), REQ, "alert_policy.go:125-128");
			else dnsLabel(v, j(p, "conditionRef"), c.ref.conditionRef, "alert_policy.go:125-128");
		}
		if (v.errs.length > before) return;
		if (c.inline) {
			if (c.inline.kind === "") v.add(j(p, "kind"), REQ, "alert_policy.go:132-135");
			else if (c.inline.kind !== "AlertCondition") v.add(j(p, "kind"), `should be equal to 'AlertCondition' (value: '${c.inline.kind}')`, "alert_policy.go:132-135");
			metadata(v, p, c.inline.metadata); // alert_policy.go:136
			if (isZero(c.inline.spec)) v.add(j(p, "spec"), REQ, "alert_policy.go:137-140");
			else alertConditionSpec(v, j(p, "spec"), c.inline.spec);
		}
	});
	const targets = spec.notificationTargets ?? [];
	if (targets.length < 1) v.add(j(path, "notificationTargets"), "length must be greater than or equal to 1 (got 0)", "alert_policy.go:109-112");
	targets.forEach((t, i) => {
		// alertPolicyNotificationTargetValidation (alert_policy.go:144-175), Cascade(Stop)
		const p = j(path, `notificationTargets[${i}]`);
		const before = v.errs.length;
		mutuallyExclusive(v, p, true, { targetRef: t.ref, spec: t.inline }, "alert_policy.go:145-151");
		if (v.errs.length > before) return;
		if (t.ref) {
			if (t.ref.targetRef === "") v.add(j(p, "targetRef"), REQ, "alert_policy.go:156-159");
			else dnsLabel(v, j(p, "targetRef"), t.ref.targetRef, "alert_policy.go:156-159");
		}
		if (v.errs.length > before) return;
		if (t.inline) {
			if (t.inline.kind === "") v.add(j(p, "kind"), REQ, "alert_policy.go:165-168");
			else if (t.inline.kind !== "AlertNotificationTarget") v.add(j(p, "kind"), `should be equal to 'AlertNotificationTarget' (value: '${t.inline.kind}')`, "alert_policy.go:165-168");
			metadata(v, p, t.inline.metadata); // alert_policy.go:169
			if (isZero(t.inline.spec)) v.add(j(p, "spec"), REQ, "alert_policy.go:170-173");
			else alertNotificationTargetSpec(v, j(p, "spec"), t.inline.spec);
		}
	});
}

// The object-level validators: apiVersion == openslo/v1 (objects.go:87-94), kind (objects.go:96-103),
// metadata (objects.go:105-127), spec.
function validateObject(kind, o) {
	const v = new V();
	if (o.apiVersion === "") v.add("apiVersion", REQ, "objects.go:87-94");
	else if (o.apiVersion !== "openslo/v1") v.add("apiVersion", `should be equal to 'openslo/v1' (value: '${o.apiVersion}')`, "objects.go:87-94");
	if (o.kind !== kind) v.add("kind", `should be equal to '${kind}'`, "objects.go:96-103");
	metadata(v, "", o.metadata);
	switch (kind) {
		case "SLO":
			sloSpec(v, "spec", o.spec); // slo.go:138-145 (spec not Required at v0.6.2; required at go-sdk HEAD)
			break;
		case "SLI":
			sliSpec(v, "spec", o.spec); // sli.go:90-97
			break;
		case "Service":
			description(v, "spec", o.spec.description, "service.go:60-68"); // service.go:58-68
			break;
		case "DataSource":
			description(v, "spec", o.spec.description, "data_source.go:68-70");
			if (o.spec.type === "") v.add("spec.type", REQ, "data_source.go:71-73");
			if (o.spec.connectionDetails === undefined) v.add("spec.connectionDetails", REQ, "data_source.go:74-76");
			break;
		case "AlertPolicy":
			alertPolicySpec(v, "spec", o.spec); // alert_policy.go:93-99
			break;
		case "AlertCondition":
			alertConditionSpec(v, "spec", o.spec); // alert_condition.go:74-80 (spec Required only at go-sdk HEAD)
			break;
		case "AlertNotificationTarget":
			alertNotificationTargetSpec(v, "spec", o.spec); // alert_notification_target.go:58-70
			break;
	}
	return v.errs;
}

// time.Parse(time.DateTime = "2006-01-02 15:04:05", s): returns null when Go would accept s,
// else the reason. Year: 4 digits; month, day, minute, second: exactly 2 digits ("01" "02" "04"
// "05"); hour "15": 1 or 2 digits; a fractional second (. or , then digits) may follow the
// seconds although the layout has none; day checked against the month (leap years included).
function goParseDateTime(s) {
	const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{1,2}):([0-9]{2}):([0-9]{2})([.,][0-9]+)?$/.exec(s);
	if (!m) return `parsing time ${JSON.stringify(s)} as "2006-01-02 15:04:05": cannot parse`;
	const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number);
	if (mo < 1 || mo > 12) return `parsing time ${JSON.stringify(s)}: month out of range`;
	if (h > 23) return `parsing time ${JSON.stringify(s)}: hour out of range`;
	if (mi > 59) return `parsing time ${JSON.stringify(s)}: minute out of range`;
	if (se > 59) return `parsing time ${JSON.stringify(s)}: second out of range`;
	const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
	if (d < 1 || d > dim) return `parsing time ${JSON.stringify(s)}: day out of range`;
	return null;
}

// time.LoadLocation as govy's StringTimeZone calls it (govy pkg/rules/string.go:716-737):
// "" and "Local" are rejected by govy; "UTC" needs no file; names with ".." or a leading / or \
// are invalid; otherwise a TZif file must exist under $ZONEINFO or one of Go's Unix zone dirs.
// Returns null when valid, else the reason (string).
const zoneDirs = (() => {
	const dirs = [];
	if (opts.zoneinfo) dirs.push(opts.zoneinfo);
	else {
		if (process.env.ZONEINFO) dirs.push(process.env.ZONEINFO);
		dirs.push("/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/");
	}
	return dirs.filter((d) => existsSync(d));
})();
let warnedNoZoneinfo = false;
function goLoadLocation(name) {
	if (name === "" || name === "Local") return "";
	if (name === "UTC") return null;
	if (name.includes("..") || name[0] === "/" || name[0] === "\\") return "time: invalid location name";
	if (!zoneDirs.length) {
		if (!warnedNoZoneinfo) {
			console.error("openslo-check: warning: no zoneinfo directory (Debian package tzdata); timeZone is checked with Intl, not as Go would");
			warnedNoZoneinfo = true;
		}
		try {
			new Intl.DateTimeFormat("en", { timeZone: name });
			return null;
		} catch {
			return `unknown time zone ${name}`;
		}
	}
	for (const d of zoneDirs) {
		const f = join(d, name);
		try {
			if (!statSync(f).isFile()) continue;
			const fd = openSync(f, "r");
			const buf = Buffer.alloc(4);
			readSync(fd, buf, 0, 4, 0);
			closeSync(fd);
			if (buf.toString("latin1") === "TZif") return null;
		} catch {}
	}
	return `unknown time zone ${name}`;
}

// ---------------------------------------------------------------------------------------------
// reading files

function collect(p, out) {
	let st;
	try {
		st = statSync(p);
	} catch (e) {
		console.error(`${p}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
		process.exitCode = 2;
		return;
	}
	if (st.isDirectory()) {
		for (const e of readdirSync(p).sort()) collect(join(p, e), out);
	} else if (/\.(ya?ml|json)$/i.test(p) || inputs.includes(p)) out.push(p);
}

// yaml.v2 (behind sigs.k8s.io/yaml) is YAML 1.1-like: yes/no/on/off are booleans, but a value that
// looks like a timestamp stays a string when decoded into interface{}; so the go-sdk view parses
// as YAML 1.1 without the timestamp tag. The schema view parses as YAML 1.2 (core schema).
const yaml11Opts = {
	version: "1.1",
	customTags: (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp"),
	merge: true,
	uniqueKeys: false,
};

function docsOf(file, text) {
	// oslo: a buffer matching ^\s*\[?\s*{ is JSON (internal/files/reader.go:75-82), else YAML
	if (/^\s*\[?\s*\{/.test(text)) {
		let v;
		try {
			v = JSON.parse(text);
		} catch (e) {
			return [{ n: "1", parseError: `JSON: ${e.message}` }];
		}
		const list = Array.isArray(v) ? v : [v];
		return list.map((x, i) => ({ n: Array.isArray(v) ? `1[${i}]` : "1", v12: x, v11: x }));
	}
	const d12 = YAML.parseAllDocuments(text, { version: "1.2", uniqueKeys: true });
	const d11 = YAML.parseAllDocuments(text, yaml11Opts);
	const out = [];
	const list12 = Array.isArray(d12) ? d12 : [d12];
	const list11 = Array.isArray(d11) ? d11 : [d11];
	list12.forEach((doc, i) => {
		const n = String(i + 1);
		if (doc.errors?.length) {
			out.push({ n, parseError: doc.errors.map((e) => e.message.split("\n")[0]).join("; ") });
			return;
		}
		const v12 = doc.toJS({ maxAliasCount: 1000 });
		const v11 = list11[i] && !list11[i].errors?.length ? list11[i].toJS({ maxAliasCount: 1000 }) : v12;
		if (v12 === null || v12 === undefined) {
			// go-sdk skips whitespace-only documents; one with only comments decodes to an object
			// without apiVersion and fails ("unsupported openslo.Version: ", encoding.go:143-156)
			const src = text.slice(doc.range[0], doc.range[2]).replace(/^(---|\.\.\.)[ \t]*$/gm, "");
			if (src.trim() !== "") out.push({ n, v12: null, v11: null, commentOnly: true });
			return;
		}
		if (Array.isArray(v12)) v12.forEach((x, k) => out.push({ n: `${n}[${k}]`, v12: x, v11: Array.isArray(v11) ? v11[k] : x }));
		else out.push({ n, v12, v11 });
	});
	return out;
}

function label(v) {
	if (!v || typeof v !== "object" || Array.isArray(v)) return "?/?";
	const name = v.metadata && typeof v.metadata === "object" ? v.metadata.name : undefined;
	return `${v.kind ?? "?"}/${name ?? "?"}`;
}

function sameValue(a, b) {
	return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------
// main

const files = [];
for (const p of inputs) collect(p, files);
const counts = new Map();
let total = 0;
let docsSeen = 0;
const badDocs = new Set();
const cwd = process.cwd();

for (const file of files) {
	const shown = file.startsWith("/") ? file : relative(cwd, file) || file;
	let text;
	try {
		text = readFileSync(file, "utf8");
	} catch (e) {
		console.error(`${shown}: ${e.message}`);
		process.exitCode = 2;
		continue;
	}
	const violations = [];
	const docs = docsOf(file, text);
	for (const d of docs) {
		docsSeen++;
		const where = `${shown}: doc ${d.n} (${label(d.v12)})`;
		const report = (rule, msg) => {
			violations.push(`${where}: ${rule}: ${msg}`);
			counts.set(rule.replace(/\[\d+\]/g, "[]").replace(/\/\d+(?=\/|$)/g, "/*"), (counts.get(rule.replace(/\[\d+\]/g, "[]").replace(/\/\d+(?=\/|$)/g, "/*")) ?? 0) + 1);
			badDocs.add(`${shown}#${d.n}`);
		};
		if (d.parseError) {
			report("yaml", d.parseError);
			continue;
		}
		if (d.commentOnly) {
			report("decode:", `a document holding only comments decodes to an object without apiVersion: unsupported openslo.Version:  [${ENC}:143-156]`);
			continue;
		}
		if (opts.schema) for (const e of schemaErrors(d.v12)) report(e.rule, e.msg);
		if (!opts.gosdk) continue;
		if (!sameValue(d.v11, d.v12)) {
			console.error(`${where}: warning: YAML 1.1 (Go's yaml.v2) and YAML 1.2 read this document differently (unquoted yes/no/on/off, octal or sexagesimal numbers); quote such values`);
		}
		const o = d.v11;
		if (jsonType(o) !== "object") {
			report("decode:", `json: cannot unmarshal ${jsonType(o)} into an OpenSLO object`);
			continue;
		}
		// genericObject decode (encoding.go:64-82, 143-196): apiVersion, then kind per version
		const api = o.apiVersion;
		if (api !== "openslo/v1") {
			if (api === "openslo/v1alpha" && !["Service", "SLO"].includes(o.kind))
				report("decode:kind", `unsupported openslo.Kind: ${o.kind ?? ""} for version: openslo/v1alpha [${ENC}:166-175]`);
			else if (["openslo/v1alpha", "openslo.com/v2alpha"].includes(api))
				report("apiVersion", `this checker implements openslo/v1 only; go-sdk validates ${api} with the rules of its own package (value: '${api}')`);
			else report("decode:apiVersion", `unsupported openslo.Version: ${typeof api === "string" ? api : JSON.stringify(api ?? "")} [${ENC}:143-156; pkg/openslo/version.go]`);
			continue;
		}
		if (!KINDS[o.kind]) {
			report("decode:kind", `unsupported openslo.Kind: ${typeof o.kind === "string" ? o.kind : JSON.stringify(o.kind ?? "")}${typeof o.kind === "string" && VALID_KINDS.includes(o.kind) ? "" : " for version: openslo/v1"} [${ENC}:177-196]`);
			continue;
		}
		const derrs = [];
		const go = decode(o, KINDS[o.kind], "", derrs);
		if (derrs.length) {
			// oslo stops at the first decode error of the whole run; every one is listed here
			for (const e of derrs) report(`decode:${e.path}`, e.msg);
			continue;
		}
		for (const e of validateObject(o.kind, go)) report(`go-sdk:${e.path || "spec"}`, e.msg);
	}
	if (violations.length) for (const l of violations) console.log(l);
	else if (!opts.quiet) console.log(`${shown}: ok (${docs.length} document${docs.length === 1 ? "" : "s"})`);
	total += violations.length;
}

if (opts.summary) {
	console.log(`\n${total} violation(s) in ${badDocs.size} of ${docsSeen} document(s), ${files.length} file(s)`);
	for (const [rule, n] of [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(5)}  ${rule}`);
}
if (process.exitCode === 2) process.exit(2);
process.exit(total ? 1 : 0);
