import type { HostileCase } from "./corpus.js";

/** Dependency chains that used to overflow the stack (issue 10 item 8). */

function chain(n: number, options: { cycle?: boolean } = {}): string {
  const docs = [
    "apiVersion: slm/v1\nkind: Party\nmetadata: { name: acme }\nspec: { type: customer }\n",
    "apiVersion: slm/v1\nkind: Party\nmetadata: { name: it }\nspec: { type: team }\n",
  ];
  for (let i = 0; i < n; i++) {
    const next = i < n - 1 ? `s${i + 1}` : options.cycle ? "s0" : undefined;
    docs.push(
      `apiVersion: slm/v1\nkind: Service\nmetadata: { name: s${i} }\nspec: { owner: it${next ? `, dependsOn: [${next}]` : ""} }\n`,
    );
  }
  docs.push(`apiVersion: slm/v1
kind: SLA
metadata: { name: acme-s0 }
spec:
  service: s0
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: availability, metric: availability, objective: 99.9% }
`);
  docs.push(`apiVersion: slm/v1
kind: OLA
metadata: { name: last-ops }
spec:
  service: s${n - 1}
  provider: it
  customer: it
  term: { start: 2024-01-01 }
  targets:
    - { name: availability, metric: availability, objective: 99.95% }
`);
  return docs.join("---\n");
}

export const GRAPH_CASES: HostileCase[] = [
  {
    name: "coverage over a chain of 2,000 services",
    item: "8",
    repo: { "slm.config.yaml": "", "chain.yaml": chain(2000) },
    argv: ["coverage", "--format", "json"],
    code: 0,
    stdout: (out) => {
      const [target] = JSON.parse(out).targets;
      // The one supported component sits at the end of the chain: 99.95% ≥ 99.9%, covered.
      if (target.verdict !== "covered" || target.components.length !== 1) throw new Error(out.slice(0, 2000));
      if (target.components[0].service !== "s1999" || target.composed !== 0.9995)
        throw new Error(out.slice(0, 2000));
    },
  },
  {
    name: "validate over a chain of 5,000 services",
    item: "8",
    repo: { "slm.config.yaml": "", "chain.yaml": chain(5000) },
    argv: ["validate", "--format", "json", "--as-of", "2024-06-30"],
    code: 0,
    stdout: (out) => {
      if (JSON.parse(out).summary.errors !== 0) throw new Error(out.slice(0, 2000));
    },
  },
  {
    name: "a cycle through 5,000 services is one finding",
    item: "8",
    repo: { "slm.config.yaml": "", "chain.yaml": chain(5000, { cycle: true }) },
    argv: ["validate", "--format", "json", "--as-of", "2024-06-30"],
    code: 1,
    stdout: (out) => {
      const cycles = JSON.parse(out).diagnostics.filter((d: { code: string }) => d.code === "graph/cycle");
      // Named from the smallest name (s0) round to itself: 5,000 services and the return to s0.
      if (cycles.length !== 1 || cycles[0].message.split(" → ").length !== 5001)
        throw new Error(out.slice(0, 2000));
      if (!cycles[0].message.startsWith("dependency cycle: s0 → s1 → s2 → s3 → ")) {
        throw new Error(cycles[0].message.slice(0, 200));
      }
    },
  },
];
