#!/usr/bin/env node
// Validate SARIF files against the OASIS SARIF 2.1.0 JSON Schema (draft-04, errata01).
//
//   node sarif-schema-check.mjs [--schema PATH] [--root DIR] FILE.sarif [MORE.sarif ...]
//
// --root DIR  also check that every result location's artifactLocation.uri names an existing file
//             under DIR (the repository root GitHub resolves relative URIs against). A uriBaseId
//             is resolved through run.originalUriBaseIds when it is defined there, else taken as DIR.
//
// Why this exists next to the SARIF multitool: Sarif.Multitool 5.7.0 `validate` silently skips a
// log it cannot deserialize (for example a result with `"level": "fatal"`): it prints
// "Analysis completed successfully", writes an empty result list and exits 0. Checking the schema
// first makes such a file fail.
//
// Exit status: 0 all files valid, 1 a file is not JSON or breaks the schema, 2 usage error.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv04 from "ajv-draft-04";

const here = dirname(fileURLToPath(import.meta.url));

function findSchema() {
	const rel = join("shared", "datasets", "validators", "sarif", "sarif-schema-2.1.0.json");
	if (process.env.SARIF_SCHEMA) return process.env.SARIF_SCHEMA;
	for (let d = here; ; d = dirname(d)) {
		if (existsSync(join(d, rel))) return join(d, rel);
		if (dirname(d) === d) break;
	}
	if (existsSync(join("/work", rel))) return join("/work", rel);
	return null;
}

const args = process.argv.slice(2);
let schemaPath = null;
let root = null;
const files = [];
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === "--schema") schemaPath = args[++i];
	else if (a.startsWith("--schema=")) schemaPath = a.slice("--schema=".length);
	else if (a === "--root") root = args[++i];
	else if (a.startsWith("--root=")) root = a.slice("--root=".length);
	else if (a === "-h" || a === "--help") {
		console.error("usage: node sarif-schema-check.mjs [--schema PATH] FILE.sarif [...]");
		process.exit(2);
	} else files.push(a);
}
schemaPath ??= findSchema();
if (!files.length || !schemaPath) {
	console.error(
		schemaPath
			? "usage: node sarif-schema-check.mjs [--schema PATH] FILE.sarif [...]"
			: "sarif-schema-check: cannot find sarif-schema-2.1.0.json; pass --schema or set SARIF_SCHEMA",
	);
	process.exit(2);
}

const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// The OASIS schema uses "format": "uri", "uri-reference", "date-time"; ajv-formats is not a
// dependency here, so formats are not asserted (the multitool's SARIF1002 checks URIs).
const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);

let bad = 0;
for (const f of files) {
	let doc;
	try {
		doc = JSON.parse(readFileSync(resolve(f), "utf8"));
	} catch (e) {
		console.error(`${f}: not readable JSON: ${e.message}`);
		bad++;
		continue;
	}
	const pathProblems = root ? checkPaths(doc, root) : [];
	for (const p of pathProblems) console.error(`${f}: path: ${p}`);
	if (pathProblems.length) bad++;
	if (validate(doc)) {
		console.log(`${f}: valid against the SARIF 2.1.0 schema${root && !pathProblems.length ? `; every result location exists under ${root}` : ""}`);
		continue;
	}
	if (!pathProblems.length) bad++;
	const seen = new Set();
	for (const e of validate.errors) {
		const line = `${f}: schema: ${e.instancePath || "/"} ${e.message}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(", ")})` : ""}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ""}`;
		if (!seen.has(line)) {
			seen.add(line);
			console.error(line);
		}
	}
}
process.exit(bad ? 1 : 0);

function checkPaths(doc, dir) {
	const problems = [];
	(doc.runs ?? []).forEach((run, ri) => {
		const bases = run.originalUriBaseIds ?? {};
		const baseDir = (id, depth = 0) => {
			const b = id ? bases[id] : undefined;
			if (!b || depth > 10) return resolve(dir);
			if (b.uri?.startsWith("file://")) return fileURLToPath(b.uri);
			return resolve(baseDir(b.uriBaseId, depth + 1), decodeURIComponent(b.uri ?? ""));
		};
		(run.results ?? []).forEach((r, i) => {
			(r.locations ?? []).forEach((loc, li) => {
				const al = loc.physicalLocation?.artifactLocation;
				if (!al?.uri) return;
				let p;
				if (/^[a-z][a-z0-9+.-]*:/i.test(al.uri)) {
					if (!al.uri.startsWith("file:")) {
						problems.push(`runs[${ri}].results[${i}].locations[${li}]: '${al.uri}' is not a file path`);
						return;
					}
					p = fileURLToPath(al.uri);
				} else {
					p = resolve(baseDir(al.uriBaseId), decodeURIComponent(al.uri));
				}
				if (!existsSync(p)) {
					problems.push(`runs[${ri}].results[${i}].locations[${li}]: '${al.uri}' does not exist under ${dir} (resolved to ${p})`);
				}
			});
		});
	});
	return problems;
}
