import { VERSION } from "../core/version.js";

export interface StarterFile {
  /** POSIX path relative to the target directory. */
  path: string;
  content: string;
}

/**
 * A small but complete repository: every kind once (plus what makes coverage meaningful), sample
 * exports, CI and editor set-up. Dates derive from `today` so the result validates cleanly on
 * the day it is created (no ended term, no overdue review) and the sample data falls in last month.
 */
export function starterFiles(today: Date): StarterFile[] {
  const day = today.toISOString().slice(0, 10);
  const year = today.getUTCFullYear();
  const last = new Date(Date.UTC(year, today.getUTCMonth() - 1, 1));
  const month = last.toISOString().slice(0, 7);
  const schema = (kind: string) =>
    `# yaml-language-server: $schema=../node_modules/slm/schemas/${kind}.schema.json\n`;
  return [
    {
      path: "slm.config.yaml",
      content: `# yaml-language-server: $schema=./node_modules/slm/schemas/slm-config.schema.json
include: ["**/*.yaml", "**/*.yml"]
exclude: ["reports/**", "node_modules/**", ".github/**"]
reports: { out: reports, format: md, trend: 6 }
`,
    },
    {
      path: "catalogue/parties.yaml",
      content: `${schema("party")}apiVersion: slm/v1
kind: Party
metadata: { name: acme, displayName: ACME Corp }
spec: { type: customer, contact: { name: Jane Doe, email: jane.doe@acme.example } }
---
apiVersion: slm/v1
kind: Party
metadata: { name: it-services, displayName: IT Services }
spec: { type: team, contact: { name: Service Desk, email: servicedesk@example.com } }
---
apiVersion: slm/v1
kind: Party
metadata: { name: messaging-team, displayName: Messaging team }
spec: { type: team }
---
apiVersion: slm/v1
kind: Party
metadata: { name: cloudhost, displayName: CloudHost GmbH }
spec: { type: supplier }
`,
    },
    {
      path: "catalogue/services.yaml",
      content: `${schema("service")}apiVersion: slm/v1
kind: Service
metadata: { name: email, displayName: Corporate e-mail }
spec:
  owner: it-services
  tier: key
  description: E-mail for ACME, run on our mail platform hosted at CloudHost.
  dependsOn: [mail-platform, hosting]
---
apiVersion: slm/v1
kind: Service
metadata: { name: mail-platform, displayName: Mail platform }
spec: { owner: messaging-team }
---
apiVersion: slm/v1
kind: Service
metadata: { name: hosting, displayName: Hosting }
spec: { owner: cloudhost }
`,
    },
    {
      path: "catalogue/business-hours.yaml",
      content: `${schema("calendar")}apiVersion: slm/v1
kind: Calendar
metadata: { name: business-hours }
spec:
  timezone: Europe/Berlin
  hours:
    - { days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }
  holidays: [${year}-12-24, ${year}-12-25, ${year}-12-26]
`,
    },
    {
      path: "agreements/acme-email.yaml",
      content: `${schema("sla")}apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email, displayName: ACME Corp — Corporate e-mail }
spec:
  service: email
  provider: it-services
  customer: acme
  term: { start: ${year}-01-01 }
  review: { every: 1y, last: ${day} }
  calendar: business-hours
  fee: { amount: 12000, currency: EUR, per: month }
  creditCap: 50%
  targets:
    - name: availability
      metric: availability
      objective: 99.5%
      calendar: 24x7
      exclusions: [planned]
      credits:
        - { below: 99.5%, credit: 10% }
        - { below: 99%, credit: 25% }
    - name: p1-response
      metric: response-time
      priority: P1
      threshold: 30m
      objective: 95%
`,
    },
    {
      path: "agreements/mail-platform-ola.yaml",
      content: `${schema("ola")}apiVersion: slm/v1
kind: OLA
metadata: { name: mail-platform-ola }
spec:
  service: mail-platform
  provider: messaging-team
  customer: it-services
  term: { start: ${year}-01-01 }
  review: { every: 1y, last: ${day} }
  targets:
    - name: availability
      metric: availability
      objective: 99.9%
      exclusions: [planned]
    - name: p1-response
      metric: response-time
      priority: P1
      threshold: 15m
      objective: 95%
`,
    },
    {
      path: "agreements/cloudhost-uc.yaml",
      content: `${schema("uc")}apiVersion: slm/v1
kind: UC
metadata: { name: cloudhost-uc }
spec:
  service: hosting
  provider: cloudhost
  customer: it-services
  term: { start: ${year}-01-01 }
  review: { every: 1y, last: ${day} }
  contract: { reference: CH-${year}-001, noticePeriod: 3mo, autoRenew: true }
  targets:
    - name: availability
      metric: availability
      objective: 99.95%
      exclusions: [planned]
    - name: p1-response
      metric: response-time
      priority: P1
      threshold: 15m
      objective: 95%
`,
    },
    {
      path: "datasources/tickets.yaml",
      content: `${schema("datasource")}apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets }
spec:
  type: tickets
  path: data/tickets.csv
  timezone: Europe/Berlin
  columns: { id: id, service: service, priority: priority, opened: opened, responded: responded, resolved: resolved }
`,
    },
    {
      path: "datasources/outages.yaml",
      content: `${schema("datasource")}apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { id: id, service: service, start: start, end: end, planned: planned, cause: cause }
`,
    },
    {
      path: "data/tickets.csv",
      content: `id,service,priority,opened,responded,resolved
INC-1001,email,P1,${month}-03T09:12:00,${month}-03T09:25:00,${month}-03T11:40:00
INC-1002,email,P2,${month}-07T14:02:00,${month}-07T14:50:00,${month}-08T10:15:00
INC-1003,email,P1,${month}-15T16:45:00,${month}-15T17:31:00,${month}-16T09:05:00
INC-1004,email,P3,${month}-21T10:00:00,${month}-21T11:30:00,${month}-23T15:00:00
`,
    },
    {
      path: "data/outages.csv",
      content: `id,service,start,end,planned,cause
OUT-1,email,${month}-05T02:00:00Z,${month}-05T03:00:00Z,yes,Maintenance window
OUT-2,email,${month}-12T13:10:00Z,${month}-12T13:52:00Z,no,Storage controller failure
`,
    },
    {
      path: ".github/workflows/slm.yml",
      content: `# Checks the agreements on every pull request and shows findings on the diff.
name: slm
on:
  pull_request:
  push:
    branches: [main]
jobs:
  slm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # slm is a devDependency of this repository (npm install --save-dev <slm package or git URL>):
      # npm ci installs the version in package-lock.json, and --no-install below makes sure npx
      # never fetches some other package of that name.
      - run: npm ci
      - name: Validate agreements
        run: npx --no-install slm validate --format github
      - name: Check that SLAs are underpinned by OLAs and UCs
        run: npx --no-install slm coverage
`,
    },
    {
      path: ".vscode/settings.json",
      content: `${JSON.stringify(
        {
          "yaml.schemas": {
            "./node_modules/slm/schemas/document.schema.json": [
              "catalogue/**/*.yaml",
              "agreements/**/*.yaml",
              "datasources/**/*.yaml",
            ],
            "./node_modules/slm/schemas/slm-config.schema.json": ["slm.config.yaml"],
          },
        },
        null,
        2,
      )}\n`,
    },
    {
      path: "README.md",
      content: `# Service level agreements

Managed as code with slm ${VERSION}. Install it as a development dependency of this repository
(\`npm install --save-dev <slm package or git URL>\`), then:

    npx slm validate
    npx slm coverage
    npx slm report --period ${month}
`,
    },
  ];
}
