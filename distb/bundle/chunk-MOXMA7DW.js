import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/audit/index-rows.js
var FORMAT_WORDS = { html: "HTML", md: "Markdown", json: "JSON" };
function indexTitle(pack) {
  return `Audit pack: service level management, ${pack.period}`;
}
function indexFacts(pack, version) {
  const git = pack.git.commit === null ? "not in git" : `${pack.git.commit}${pack.git.dirty ? " (inputs differ from this commit: see the hashes)" : ""}`;
  return [
    ["Period", pack.period],
    ["As of", `${pack.asOf} (review dates and Improvement actions are judged on this day)`],
    ["Generated", pack.generatedAt],
    ["slm", version],
    ["Git commit", git],
    ["Inputs", `${pack.inputs.length} files, each with its SHA-256`],
    ["Manifest", [{ text: "manifest.json", link: "manifest.json" }]],
    ["Rerun", "slm audit --verify <this folder> (exit 0: every input and output identical)"]
  ];
}
function indexSections(pack) {
  return [agreements(pack), coverage(pack), workload(pack), kpis(pack), improvements(pack)];
}
function agreements(pack) {
  return {
    id: "agreements",
    title: "Agreements in force and their reviews",
    lead: [[`${pack.agreements.length} agreements in force during ${pack.period}, each with its report.`]],
    head: [
      "Agreement",
      "Customer \u2192 provider",
      "Term",
      "Review",
      "Last review",
      "Next review",
      "Result",
      "Report"
    ],
    rows: pack.agreements.map((a) => [
      `${a.kind} ${a.name}${a.displayName ? ` (${a.displayName})` : ""}`,
      `${a.customer} \u2192 ${a.provider}`,
      `${a.termStart} \u2013 ${a.termEnd ?? "open-ended"}`,
      a.review ? `every ${a.review.every}` : "no review cycle",
      a.review?.last ?? "never",
      reviewNext(a),
      a.summary.sentence,
      reportLinks(a)
    ]),
    empty: `No agreement is in force during ${pack.period}.`
  };
}
function reviewNext(a) {
  if (!a.review)
    return "\u2014";
  if (a.review.next === null)
    return "none before the term ends";
  return a.review.overdue ? `${a.review.next} (OVERDUE)` : a.review.next;
}
function reportLinks(a) {
  return a.reports.map((r) => ({ text: FORMAT_WORDS[r.format], link: r.path }));
}
function coverage(pack) {
  const s = pack.coverage.summary;
  return {
    id: "coverage",
    title: "Coverage matrix",
    lead: [
      [
        `${pack.coverage.targets.length} SLA targets: ${s.covered} covered, ${s["at-risk"]} at risk, ${s.uncovered} uncovered by their underpinning OLAs and UCs. The matrix: `,
        [
          { text: "Markdown", link: "coverage.md" },
          { text: "JSON", link: "coverage.json" }
        ],
        "."
      ]
    ],
    head: [],
    rows: [],
    empty: ""
  };
}
function workload(pack) {
  const rows = [];
  for (const a of pack.agreements)
    for (const limit of a.workload ?? [])
      for (const w of limit.windows)
        rows.push(workloadRow(a, limit, w));
  return {
    id: "workload",
    title: "Workload against the agreed limits",
    lead: [["Demand per window against each limit agreed with the targets (spec.workload)."]],
    head: ["Agreement", "Limit", "Measure", "Window", "Actual", "Limit per window", "Exceeded"],
    rows,
    empty: "No agreement in force declares workload limits."
  };
}
function workloadRow(a, limit, w) {
  return [
    `${a.kind} ${a.name}`,
    limit.name,
    `${limit.measure}${limit.priority ? ` (${limit.priority})` : ""}`,
    `${w.label ?? `${w.start} \u2013 ${w.end}`}${w.provisional ? " (so far)" : ""}`,
    w.actual === null ? "no source to count" : String(w.actual),
    `${limit.max} per ${limit.per}`,
    w.exceeded ? "yes" : "no"
  ];
}
function kpis(pack) {
  const k = pack.kpis;
  const pct = (n, d) => d === 0 ? "\u2014" : `${(100 * n / d).toFixed(1)}%`;
  return {
    id: "kpis",
    title: "Process KPIs",
    lead: [
      [
        "The figures of slm kpi for the period: ",
        [
          { text: "Markdown", link: "kpis.md" },
          { text: "JSON", link: "kpis.json" }
        ],
        "."
      ]
    ],
    head: ["KPI", "Value"],
    rows: [
      [
        "Top-level services with an SLA",
        `${k.services.withSla} of ${k.services.total} (${pct(k.services.withSla, k.services.total)})`
      ],
      [
        "SLA targets covered",
        `${k.slaTargets.covered} of ${k.slaTargets.total} (${pct(k.slaTargets.covered, k.slaTargets.total)})`
      ],
      [
        "Targets met",
        `${k.targets.met} of ${k.targets.met + k.targets.breached} judged (${pct(k.targets.met, k.targets.met + k.targets.breached)})`
      ],
      [
        "Breaches (minor / major / critical)",
        `${k.breaches.minor} / ${k.breaches.major} / ${k.breaches.critical}`
      ],
      ["Breaches addressed by an Improvement", `${k.breaches.withImprovement} of ${k.targets.breached}`],
      ["Improvements open", String(k.improvements.open)],
      [`Overdue actions (as of ${k.actionsAsOf})`, String(k.improvements.overdueActions)]
    ],
    empty: ""
  };
}
function improvements(pack) {
  const count = (s) => pack.improvements.filter((i) => i.status === s).length;
  const n = pack.improvements.reduce((sum, i) => sum + i.overdueActions.length, 0);
  const overdue = `${n} action${n === 1 ? "" : "s"}`;
  return {
    id: "improvements",
    title: "Improvements and their state",
    lead: [
      [
        `The improvement register: ${count("open")} open, ${count("in-progress")} in progress, ${count("done")} done, ${count("cancelled")} cancelled; ${overdue} overdue as of ${pack.asOf}.`
      ]
    ],
    head: [
      "Improvement",
      "Agreement",
      "Targets",
      "Period",
      "Raised",
      "Status",
      "Owner",
      "Cause",
      "Actions done",
      "Overdue actions"
    ],
    rows: pack.improvements.map((i) => [
      i.name,
      i.agreement,
      i.targets?.join(", ") ?? "all",
      i.period ?? "any",
      i.raised,
      i.status,
      i.owner ?? "\u2014",
      i.cause ?? "\u2014",
      `${i.actionsDone} of ${i.actions}`,
      i.overdueActions.length === 0 ? "none" : i.overdueActions.map((x) => `${x.text}${x.owner ? ` (${x.owner})` : ""}, due ${x.due}, ${x.daysOverdue} day${x.daysOverdue === 1 ? "" : "s"} overdue`).join("; ")
    ]),
    empty: "The register holds no Improvement."
  };
}

export {
  indexTitle,
  indexFacts,
  indexSections
};
