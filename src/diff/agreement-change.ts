import type { Agreement, AgreementKind } from "../core/model.js";

/**
 * One change to an agreement's terms, in the customer's terms: objectives going up and thresholds
 * going down tighten a commitment; the reverse loosens it; other changes are just `changed`.
 */
export type Direction = "tightened" | "loosened" | "changed" | "added" | "removed";

export interface AgreementChange {
  kind: AgreementKind;
  name: string;
  target: string | null;
  field: string;
  from: string | null;
  to: string | null;
  direction: Direction;
  /** The document the change was made in, when it is one the agreement uses (a Calendar, a DataSource, a Service). */
  via?: { kind: "Calendar" | "DataSource" | "Service"; name: string };
  /** What the change means, in words (the service hours gained or lost). */
  detail?: string;
  /** The Template the changed value comes from, when it is inherited (SPEC §21). */
  template?: string;
}

export function change(
  a: Agreement,
  target: string | null,
  field: string,
  from: string | null,
  to: string | null,
  direction: Direction,
  via?: AgreementChange["via"],
): AgreementChange {
  const c: AgreementChange = { kind: a.kind, name: a.metadata.name, target, field, from, to, direction };
  return via ? { ...c, via } : c;
}
