/**
 * The catalogue of the small ERP repositories the audit and improve tests build: one service `erp`
 * and an outages DataSource reading `data/outages.csv` (ref, service, start, end, cause).
 */
export const ERP_CATALOGUE = `apiVersion: slm/v1
kind: Service
metadata: { name: erp }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { id: ref, service: service, start: start, end: end, cause: cause }
`;

/** An SLA of `erp` provided by `it`, 24x7 in UTC; `targets` is the YAML list of its targets, one per line. */
export function erpSla(name: string, customer: string, extra: string, targets: string[]): string {
  return `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: erp
  provider: it
  customer: ${customer}
${extra}  targets:
${targets.map((t) => `    - ${t}\n`).join("")}`;
}
