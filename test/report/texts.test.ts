import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFor, SERVICE_WEB, slaYaml, tempRepo } from "./helpers.js";

// Issue 9, item 17: data-quality texts that say what is wrong.

const FILES = {
  "agreements.yaml": `${SERVICE_WEB}---
apiVersion: slm/v1
kind: Service
metadata: { name: portal }
spec: { owner: ops }
---
${slaYaml(
  "acme-web",
  "web",
  `  targets:
    - { name: api-latency, metric: latency, threshold: 500ms, objective: 99% }
    - { name: p1-response, metric: response-time, priority: P1, threshold: 1h, objective: 50% }
`,
)}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: portal-monitor }
spec:
  type: checks
  path: data/checks.csv
  service: portal
  columns: { timestamp: ts, status: state, latency: ms }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets }
spec:
  type: tickets
  path: data/tickets.csv
  dedupe: last
  columns: { id: id, service: svc, priority: prio, opened: opened, responded: responded }
`,
  "data/checks.csv": "ts,state,ms\n2024-05-01T00:00:00Z,up,120\n",
  "data/tickets.csv":
    "id,svc,prio,opened,responded\n" +
    "T1,web,P1,2024-05-02T09:00:00Z,\n" +
    "T1,web,P1,2024-05-02T09:00:00Z,2024-05-02T09:30:00Z\n",
};

let repo: { root: string; cleanup: () => void };
beforeAll(() => {
  repo = tempRepo(FILES);
});
afterAll(() => repo.cleanup());

describe("data-quality texts", () => {
  it("says which services a DataSource of the right type covers, and counts one replaced row in the singular", async () => {
    const r = await reportFor(repo.root, "acme-web", ["--period", "2024-05"]);
    expect(r.dataQuality.notes).toEqual([
      // A temporary directory has no git history (SPEC §16): every window under today's text.
      "terms: no git history (not a git work tree); every window is judged under the agreements as they are now",
      "tickets: 1 row replaced by a row with the same id (dedupe)",
      "api-latency: no DataSource of type checks or metrics measures latency for service web: portal-monitor covers only service portal",
    ]);
  });
});
