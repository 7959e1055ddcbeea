import type { Kind } from "../core/model.js";

/** One valid document per kind: shown in the schemas (`examples`) and checked by the tests. */
export const KIND_EXAMPLES: Record<Kind, Record<string, unknown>> = {
  Service: {
    apiVersion: "slm/v1",
    kind: "Service",
    metadata: { name: "email", displayName: "Corporate e-mail" },
    spec: {
      owner: "messaging-team",
      tier: "key",
      dependsOn: ["mail-platform", { anyOf: ["isp-a", "isp-b"] }],
    },
  },
  Calendar: {
    apiVersion: "slm/v1",
    kind: "Calendar",
    metadata: { name: "business-hours-de" },
    spec: {
      timezone: "Europe/Berlin",
      hours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" }],
      holidays: [{ date: "2024-12-24", from: "12:00" }, "2024-12-25", "2024-12-26"],
    },
  },
  Party: {
    apiVersion: "slm/v1",
    kind: "Party",
    metadata: { name: "acme", displayName: "ACME Corp" },
    spec: { type: "customer", contact: { name: "Jane Doe", email: "jane@acme.example" } },
  },
  SLA: {
    apiVersion: "slm/v1",
    kind: "SLA",
    metadata: { name: "acme-email" },
    spec: {
      service: "email",
      provider: "it-services",
      customer: "acme",
      term: { start: "2024-01-01", end: "2025-12-31" },
      review: { every: "1y", last: "2024-01-15" },
      calendar: "business-hours-de",
      targets: [
        { name: "availability", metric: "availability", objective: "99.9%", calendar: "24x7" },
        { name: "p1-response", metric: "response-time", priority: "P1", threshold: "15m", objective: "95%" },
      ],
    },
  },
  OLA: {
    apiVersion: "slm/v1",
    kind: "OLA",
    metadata: { name: "mail-platform-ops" },
    spec: {
      service: "mail-platform",
      provider: "messaging-team",
      customer: "it-services",
      term: { start: "2024-01-01" },
      review: { every: "1y" },
      targets: [
        {
          name: "p1-fix",
          metric: "resolution-time",
          priority: "P1",
          threshold: "2h",
          objective: "95%",
          supports: ["acme-email/p1-resolution"],
        },
      ],
    },
  },
  UC: {
    apiVersion: "slm/v1",
    kind: "UC",
    metadata: { name: "cloudhost-hosting" },
    spec: {
      service: "hosting",
      provider: "cloudhost",
      customer: "it-services",
      term: { start: "2024-01-01", end: "2026-12-31" },
      contract: { reference: "HC-2024-17", noticePeriod: "3mo", autoRenew: true },
      targets: [{ name: "availability", metric: "availability", objective: "99.95%" }],
    },
  },
  DataSource: {
    apiVersion: "slm/v1",
    kind: "DataSource",
    metadata: { name: "servicenow" },
    spec: {
      type: "tickets",
      path: "data/incidents/*.csv",
      columns: {
        id: "number",
        service: "cmdb_ci",
        priority: "priority",
        opened: "opened_at",
        resolved: "resolved_at",
      },
      values: { priority: { "1 - Critical": "P1", "2 - High": "P2" } },
    },
  },
  Improvement: {
    apiVersion: "slm/v1",
    kind: "Improvement",
    metadata: { name: "acme-email-2024-05-upgrade" },
    spec: {
      agreement: "acme-email",
      targets: ["availability"],
      period: "2024-05",
      raised: "2024-06-03",
      cause: "Upgrade overran; rollback after mailbox database corruption",
      owner: "messaging-team",
      status: "in-progress",
      actions: [
        {
          text: "Rehearse upgrades on a copy of production",
          owner: "messaging-team",
          due: "2024-07-15",
          done: "2024-07-10",
        },
      ],
    },
  },
  Template: {
    apiVersion: "slm/v1",
    kind: "Template",
    metadata: { name: "gold" },
    spec: {
      applies: ["SLA"],
      calendar: "business-hours-de",
      review: { every: "1y" },
      creditCap: "50%",
      targets: [
        {
          name: "availability",
          metric: "availability",
          objective: "99.9%",
          credits: [{ below: "99.9%", credit: "10%" }],
        },
        { name: "p1-response", metric: "response-time", priority: "P1", threshold: "15m", objective: "95%" },
      ],
    },
  },
};
