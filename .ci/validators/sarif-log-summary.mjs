#!/usr/bin/env node
// Summarise the SARIF log that `Sarif.Multitool validate -o LOG` writes, and decide pass/fail.
//
//   node sarif-log-summary.mjs [--fail-on error|warning|note] LOG.sarif
//
// The multitool exits 0 even when its validation rules report errors, so the verdict has to be
// read from its output log. Prints one line per rule and level, then a total.
// Exit status: 0 nothing at or above --fail-on (default error), 1 otherwise or the log says the
// run did not succeed, 2 usage error or unreadable log.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
let failOn = "error";
let log = null;
for (let i = 0; i < args.length; i++) {
	if (args[i] === "--fail-on") failOn = args[++i];
	else if (args[i].startsWith("--fail-on=")) failOn = args[i].slice(10);
	else log = args[i];
}
const rank = { none: 0, note: 1, warning: 2, error: 3 };
if (!log || !(failOn in rank) || failOn === "none") {
	console.error("usage: node sarif-log-summary.mjs [--fail-on error|warning|note] LOG.sarif");
	process.exit(2);
}

let sarif;
try {
	sarif = JSON.parse(readFileSync(log, "utf8"));
} catch (e) {
	console.error(`sarif-log-summary: cannot read ${log}: ${e.message}`);
	process.exit(2);
}

const counts = new Map();
let failing = 0;
let runFailed = false;
for (const run of sarif.runs ?? []) {
	const rules = run.tool?.driver?.rules ?? [];
	for (const r of run.results ?? []) {
		const level = r.level ?? rules[r.ruleIndex]?.defaultConfiguration?.level ?? "warning";
		const rule = rules[r.ruleIndex] ?? rules.find((x) => x.id === r.ruleId);
		const key = `${level} ${r.ruleId}${rule?.name ? ` ${rule.name}` : ""}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
		if ((rank[level] ?? 0) >= rank[failOn]) failing++;
	}
	for (const inv of run.invocations ?? []) {
		if (inv.executionSuccessful === false) runFailed = true;
		for (const n of inv.toolExecutionNotifications ?? []) {
			console.error(`tool notification (${n.level ?? "warning"}): ${n.message?.text ?? JSON.stringify(n.message)}`);
			if ((n.level ?? "warning") === "error") runFailed = true;
		}
		for (const n of inv.toolConfigurationNotifications ?? []) {
			console.error(`configuration notification (${n.level ?? "warning"}): ${n.message?.text ?? JSON.stringify(n.message)}`);
			if ((n.level ?? "warning") === "error") runFailed = true;
		}
	}
}
const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
for (const [k, n] of sorted) console.log(`  ${String(n).padStart(5)}  ${k}`);
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(
	`  ${total} validation result(s); ${failing} at or above '${failOn}'${runFailed ? "; the multitool run reported a failure" : ""}`,
);
process.exit(failing || runFailed ? 1 : 0);
