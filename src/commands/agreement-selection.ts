import { didYouMean } from "../core/did-you-mean.js";
import { UsageError } from "../core/errors.js";
import type { AgreementKind, Model } from "../core/model.js";

export type KindOption = "sla" | "ola" | "uc" | "all";

/**
 * `--sla NAME` and `--customer NAME` name things that must exist: a misspelt name is a usage
 * error (exit 2) with the closest names, in every command, never an empty result. `command` names
 * a command without `--kind` (coverage, kpi), which is about SLAs only.
 */
export function checkSelection(
  model: Model,
  selection: { kind: KindOption; sla?: string; customer?: string },
  command?: string,
): void {
  const kinds: readonly AgreementKind[] =
    selection.kind === "all" ? ["SLA", "OLA", "UC"] : [selection.kind.toUpperCase() as AgreementKind];
  const chosen = model.agreements.filter((a) => kinds.includes(a.kind));
  const label = selection.kind === "all" ? "agreement" : selection.kind.toUpperCase();
  if (selection.sla !== undefined && !chosen.some((a) => a.metadata.name === selection.sla)) {
    const other = model.agreements.find((a) => a.metadata.name === selection.sla);
    if (other) {
      throw new UsageError(
        command === undefined
          ? `--sla: ${selection.sla} is an ${other.kind}; add --kind ${other.kind.toLowerCase()} or --kind all`
          : `--sla: ${selection.sla} is an ${other.kind}; ${command} is about SLAs only`,
      );
    }
    throw new UsageError(
      `--sla: no ${label} named "${selection.sla}"${known(
        chosen.map((a) => a.metadata.name),
        selection.sla,
        label,
      )}`,
    );
  }
  if (selection.customer !== undefined && !chosen.some((a) => a.customer === selection.customer)) {
    throw new UsageError(
      `--customer: no ${label} has customer "${selection.customer}"${known(
        chosen.map((a) => a.customer),
        selection.customer,
        label,
      )}`,
    );
  }
}

function known(names: string[], given: string, label: string): string {
  const unique = [...new Set(names)].sort();
  if (unique.length === 0) return ` (the repository has no ${label})`;
  const close = didYouMean(given, unique);
  const shown = unique.slice(0, 10).join(", ");
  return `${close ? ` (did you mean "${close}"?)` : ""} (known: ${shown}${unique.length > 10 ? `, … ${unique.length - 10} more` : ""})`;
}
