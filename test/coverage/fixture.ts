import { agreement, avail, modelFrom, service, sla } from "./helpers.js";

/** A small repository with one target of each verdict and a warning, shared by formatter and e2e tests. */
export const FIXTURE_DOCUMENTS = [
  service("email", ["mail-platform", "network"]),
  service("mail-platform"),
  service("network"),
  sla("acme-email", {
    service: "email",
    targets: [
      avail("99.95%"),
      `{ name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: "95%" }`,
      `{ name: recovery, metric: recovery-time, threshold: 4h, objective: "100%" }`,
    ],
  }),
  agreement("messaging-ops", {
    service: "mail-platform",
    targets: [
      avail("99.95%"),
      `{ name: p1-response, metric: response-time, priority: P1, threshold: 10m, objective: "95%" }`,
      `{ name: recovery, metric: recovery-time, threshold: 2h, objective: "100%" }`,
    ],
  }),
  agreement("network-ops", {
    kind: "UC",
    service: "network",
    contract: "{ noticePeriod: 3mo }",
    targets: [
      avail("99.99%"),
      `{ name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: "95%" }`,
      `{ name: spare, metric: latency, threshold: 50ms, objective: "99%" }`,
    ],
  }),
];

export const fixtureModel = () => modelFrom(...FIXTURE_DOCUMENTS);

/** The same documents as a file, for the e2e tests. */
export const FIXTURE_YAML = FIXTURE_DOCUMENTS.map((d) => `apiVersion: slm/v1\n${d}\n`).join("---\n");
