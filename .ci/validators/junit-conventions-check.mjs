#!/usr/bin/env node
// Check a JUnit XML report for what the XSD cannot express but the GitHub consumers need
// (dorny/test-reporter with `reporter: jest-junit`, mikepenz/action-junit-report):
//
//   node junit-conventions-check.mjs [--root DIR] REPORT.xml [...]
//
//   root        the document element is <testsuites> (dorny's jest-junit parser reads only that)
//   time        every <testsuite> and <testcase> has a numeric time="" (dorny shows NaN without it)
//   file        every <testsuite> that holds test cases has file="" (mikepenz takes the path from it
//               when <testcase> has none, and the Jenkins XSD allows file only on <testsuite>);
//               with --root DIR the file must exist under DIR (the repository root)
//   name        no <testcase name> embeds a line:col position (history keys on classname + name)
//   unique      (classname, name) is unique within the report (mikepenz's check_retries folds repeats)
//   frame       every <failure>/<error> body has a line "at RULE (FILE:LINE:COL)" naming its suite's file:
//               dorny jest-junit matches /\((.*):(\d+):\d+\)$/ per line, mikepenz / [^ ]*FILE.*?:\d+/
//
// Exit status: 0 conventions met, 1 a violation, 2 usage error or unreadable / malformed XML.
// No dependency: a small tokenizer that is enough for machine-written reports (no DTDs).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
let root = null;
const files = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === "--root") root = args[++i];
	else if (args[i].startsWith("--root=")) root = args[i].slice(7);
	else if (args[i].startsWith("-")) {
		console.error("usage: node junit-conventions-check.mjs [--root DIR] REPORT.xml [...]");
		process.exit(2);
	} else files.push(args[i]);
}
if (!files.length) {
	console.error("usage: node junit-conventions-check.mjs [--root DIR] REPORT.xml [...]");
	process.exit(2);
}

const decode = (s) =>
	s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|quot|amp|lt|gt|apos);/g, (m, e) =>
		e === "quot" ? '"' : e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "apos" ? "'" : String.fromCodePoint(e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10)),
	);

function parse(xml) {
	const rootNode = { name: "#root", attrs: {}, children: [], text: "" };
	const stack = [rootNode];
	const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
	let m;
	let line = 1;
	let last = 0;
	while ((m = re.exec(xml))) {
		line += (xml.slice(last, m.index).match(/\n/g) ?? []).length;
		last = m.index;
		const top = stack[stack.length - 1];
		if (m[1] !== undefined) top.text += m[1];
		else if (m[2]) {
			if (top.name !== m[2]) throw new Error(`line ${line}: </${m[2]}> closes <${top.name}>`);
			stack.pop();
		} else if (m[3]) {
			const attrs = {};
			for (const a of m[4].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decode(a[2] ?? a[3]);
			const node = { name: m[3], attrs, children: [], text: "", line };
			top.children.push(node);
			if (!m[5]) stack.push(node);
		} else if (m[6] !== undefined) top.text += decode(m[6]);
	}
	if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
	return rootNode.children.find((c) => c.name !== "#text");
}

const TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]{0,3})?$/; // the XSD's SUREFIRE_TIME
const POSITION_IN_NAME = /(^|[\s(])\d+:\d+($|[\s):])/;
let bad = 0;
for (const f of files) {
	let doc;
	try {
		doc = parse(readFileSync(f, "utf8"));
	} catch (e) {
		console.error(`${f}: cannot read as XML: ${e.message}`);
		process.exitCode = 2;
		continue;
	}
	const problems = [];
	const say = (node, rule, msg) => problems.push(`${f}:${node?.line ?? 1}: ${rule}: ${msg}`);
	if (!doc || doc.name !== "testsuites") say(doc, "root", `the document element is <${doc?.name}>, not <testsuites>`);
	const seen = new Map();
	const suites = [];
	const walk = (n) => {
		if (n.name === "testsuite") suites.push(n);
		for (const c of n.children) walk(c);
	};
	if (doc) walk(doc);
	for (const s of suites) {
		const cases = s.children.filter((c) => c.name === "testcase");
		if (!("time" in s.attrs)) say(s, "time", `<testsuite name="${s.attrs.name}"> has no time attribute`);
		else if (!TIME.test(s.attrs.time)) say(s, "time", `<testsuite name="${s.attrs.name}"> time="${s.attrs.time}" is not a SUREFIRE_TIME (at most 3 decimals, no exponent)`);
		const file = s.attrs.file;
		if (cases.length && !file) say(s, "file", `<testsuite name="${s.attrs.name}"> has no file attribute`);
		else if (file && root && !existsSync(join(root, file))) say(s, "file", `<testsuite file="${file}"> does not exist under ${root}`);
		for (const c of cases) {
			const { name = "", classname = "" } = c.attrs;
			if (!("time" in c.attrs) || Number.isNaN(Number.parseFloat(c.attrs.time))) say(c, "time", `<testcase name="${name}"> has no numeric time attribute`);
			if (POSITION_IN_NAME.test(name)) say(c, "name", `<testcase name="${name}"> embeds a line:col position; use a stable key (rule id + JSON pointer)`);
			const key = `${classname}\u0000${name}`;
			if (seen.has(key)) say(c, "unique", `<testcase classname="${classname}" name="${name}"> repeats the test case at line ${seen.get(key)}`);
			else seen.set(key, c.line);
			for (const fail of c.children.filter((x) => x.name === "failure" || x.name === "error")) {
				const body = fail.text;
				const frames = body.split(/\r?\n/).map((l) => /^\s*at \S.*\((.*):(\d+):\d+\)$/.exec(l)).filter(Boolean);
				if (!frames.length) say(fail, "frame", `<${fail.name}> of "${name}" has no "at RULE (FILE:LINE:COL)" line`);
				else if (file && !frames.some((fr) => fr[1] === file)) say(fail, "frame", `<${fail.name}> of "${name}" points at ${frames[0][1]}, not at its suite's file ${file}`);
			}
		}
	}
	if (problems.length) {
		bad++;
		for (const p of problems) console.log(p);
	} else console.log(`${f}: JUnit conventions met (${suites.length} test suites)`);
}
process.exit(process.exitCode === 2 ? 2 : bad ? 1 : 0);
