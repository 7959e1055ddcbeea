import { UsageError } from "../core/errors.js";
import type { Agreement, AgreementKind, Model } from "../core/model.js";
import type { Period } from "../time/period.js";

export type KindFilter = "sla" | "ola" | "uc" | "all";

/**
 * The agreements a report run covers: of the chosen kinds, optionally one name and one customer,
 * and only those whose term overlaps the period (SPEC §6). Sorted by kind then name.
 */
export function selectAgreements(
  model: Model,
  period: Period,
  filter: { kind: KindFilter; sla?: string; customer?: string },
): Agreement[] {
  const kinds: AgreementKind[] =
    filter.kind === "all" ? ["SLA", "OLA", "UC"] : [filter.kind.toUpperCase() as AgreementKind];
  let chosen = model.agreements.filter((a) => kinds.includes(a.kind));
  if (filter.sla !== undefined) {
    chosen = chosen.filter((a) => a.metadata.name === filter.sla);
    if (chosen.length === 0) {
      const other = model.agreements.find((a) => a.metadata.name === filter.sla);
      throw new UsageError(
        other
          ? `${filter.sla} is an ${other.kind}; add --kind ${other.kind.toLowerCase()} or --kind all`
          : `no agreement named ${filter.sla}`,
      );
    }
  }
  if (filter.customer !== undefined) chosen = chosen.filter((a) => a.customer === filter.customer);
  return chosen
    .filter(
      (a) =>
        a.term.start.day < period.endDay && (a.term.end === undefined || a.term.end.day >= period.startDay),
    )
    .sort((a, b) =>
      a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.metadata.name < b.metadata.name ? -1 : 1,
    );
}
