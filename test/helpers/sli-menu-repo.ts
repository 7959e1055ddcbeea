/** A repository with freshness and threshold targets (SPEC §22): an OLA, an events and a checks source. */
export const SLI_MENU_REPO = `apiVersion: slm/v1
kind: Service
metadata: { name: billing-db }
spec: { owner: dba }
---
apiVersion: slm/v1
kind: OLA
metadata: { name: dba-billing-db }
spec:
  service: billing-db
  provider: dba
  customer: it
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: rpo, metric: freshness, threshold: 15m, objective: 99.9% }
    - { name: rpo-strict, metric: freshness, threshold: 15m, objective: 99.99% }
    - { name: headroom, metric: threshold, field: headroom, op: ">=", limit: 20GB, objective: 99% }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: backups }
spec:
  type: events
  path: backups.csv
  columns: { timestamp: finished, service: job, status: result }
  values: { status: { Completed: ok } }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: capacity }
spec:
  type: checks
  path: capacity.csv
  constants: { status: up }
  columns: { timestamp: time, service: host, headroom: free_gb }
`;
