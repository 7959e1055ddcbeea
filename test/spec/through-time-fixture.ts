import { gitHistory } from "../helpers/git-history.js";

/**
 * The repository of SPEC §16's tests: one SLA, acme-web, availability per month on the built-in
 * 24x7 in UTC (a month's service time is its days × 1440 min), fee EUR 1,000 a month, changed in
 * three commits after the first:
 *
 *   C1 initial     objective 99.5%, credit 10% below 99.5%      effective = term.start 2024-01-01
 *                  (displayName "Acme Wbe", a typo)
 *   C2 raise       objective 99.9%, credit 10% below 99.9%      effective 2024-07-01
 *   C3 typo        displayName "Acme Web"                        effective unchanged (2024-07-01)
 *   C4 tier        + credit 25% below 99.0%                      effective 2024-10-01
 *
 * so January–June are judged under C1, July–September under C3 (it ties with C2 on effective and
 * is newer), October–December under C4.
 *
 * Outages of web in 2024 (unplanned, minutes of downtime → availability of the month):
 *   Feb  60 of 41,760 → 99.8563%      Mar 300 of 44,640 → 99.3280%
 *   Jul  60 of 44,640 → 99.8656%      Sep 500 of 43,200 → 98.8426%
 *   Oct 500 of 44,640 → 98.8799%      Nov  30 of 43,200 → 99.9306%
 *   Dec 120 of 44,640 → 99.7312%      (January, April–June and August: none)
 * The first row, a zero-length outage on 1 January, says the log covers the year from its start
 * (an outage log has no data before its first record).
 */
export const OUTAGES = [
  "ref,service,start,end",
  "O0,web,2024-01-01T00:00:00Z,2024-01-01T00:00:00Z",
  "O1,web,2024-02-10T10:00:00Z,2024-02-10T11:00:00Z",
  "O2,web,2024-03-05T00:00:00Z,2024-03-05T05:00:00Z",
  "O3,web,2024-07-20T08:00:00Z,2024-07-20T09:00:00Z",
  "O4,web,2024-09-02T00:00:00Z,2024-09-02T08:20:00Z",
  "O5,web,2024-10-15T12:00:00Z,2024-10-15T20:20:00Z",
  "O6,web,2024-11-11T11:00:00Z,2024-11-11T11:30:00Z",
  "O7,web,2024-12-24T10:00:00Z,2024-12-24T12:00:00Z",
].join("\n");

export const CATALOGUE = `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { id: ref, service: service, start: start, end: end }
`;

export function sla(options: {
  displayName: string;
  objective: string;
  credits: string;
  effective?: string;
}): string {
  return `apiVersion: slm/v1
kind: SLA
metadata: { name: acme-web, displayName: ${options.displayName} }
spec:
  service: web
  provider: it
  customer: acme
  term: { start: 2024-01-01, end: 2025-12-31 }
${options.effective ? `  effective: ${options.effective}\n` : ""}  review: { every: 1y, last: 2024-01-15 }
  fee: { amount: 1000, currency: EUR, per: month }
  targets:
    - name: availability
      metric: availability
      objective: ${options.objective}
      credits: ${options.credits}
`;
}

export const C1 = sla({
  displayName: "Acme Wbe",
  objective: "99.5%",
  credits: "[{ below: 99.5%, credit: 10% }]",
});
export const C2 = sla({
  displayName: "Acme Wbe",
  objective: "99.9%",
  credits: "[{ below: 99.9%, credit: 10% }]",
  effective: "2024-07-01",
});
export const C3 = sla({
  displayName: "Acme Web",
  objective: "99.9%",
  credits: "[{ below: 99.9%, credit: 10% }]",
  effective: "2024-07-01",
});
export const C4 = sla({
  displayName: "Acme Web",
  objective: "99.9%",
  credits: "[{ below: 99.9%, credit: 10% }, { below: 99.0%, credit: 25% }]",
  effective: "2024-10-01",
});

/** The fixture repository; `ids` are C1…C4's commit ids. */
export function throughTimeRepository(): { root: string; ids: string[] } {
  return gitHistory([
    {
      message: "acme-web: initial terms",
      files: {
        "slm.config.yaml": "reports: { out: reports, format: json, trend: 0 }\n",
        "catalogue.yaml": CATALOGUE,
        "acme-web.yaml": C1,
        "data/outages.csv": `${OUTAGES}\n`,
      },
    },
    { message: "acme-web: objective raised to 99.9% from July", files: { "acme-web.yaml": C2 } },
    { message: "acme-web: typo in the display name", files: { "acme-web.yaml": C3 } },
    { message: "acme-web: a 25% credit tier from October", files: { "acme-web.yaml": C4 } },
  ]);
}
