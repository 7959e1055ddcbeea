/** Small repositories the corpus cases start from. */

export const CATALOGUE = `apiVersion: slm/v1
kind: Party
metadata: { name: acme }
spec: { type: customer }
---
apiVersion: slm/v1
kind: Party
metadata: { name: it }
spec: { type: team }
---
apiVersion: slm/v1
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
  columns: { id: id, service: service, start: start, end: end, planned: planned, cause: cause }
`;

/** An SLA on `web` with one availability target measured from `data/outages.csv`. */
export function slaOnWeb(metadata = "name: acme-web"): string {
  return `apiVersion: slm/v1
kind: SLA
metadata: { ${metadata} }
spec:
  service: web
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: availability, metric: availability, objective: 99.9%, source: outages }
`;
}

export const OUTAGES =
  "id,service,start,end,planned,cause\nO-1,web,2024-05-02T10:00:00Z,2024-05-02T11:00:00Z,no,disk full\n";

/** A repository whose `slm report --period 2024-05` writes `reports/2024-05/acme-web.md`. */
export function reportRepo(config = "", extra: Record<string, string | Uint8Array> = {}) {
  return {
    "slm.config.yaml": config,
    "catalogue.yaml": CATALOGUE,
    "sla.yaml": slaOnWeb(),
    "data/outages.csv": OUTAGES,
    ...extra,
  };
}
