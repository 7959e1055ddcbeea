import { createHash } from "node:crypto";
import { InputError } from "../core/errors.js";
import type { Agreement, Improvement, Model } from "../core/model.js";
import { addressesBreach, isAbout } from "../lifecycle/improvement-register.js";
import type { ReportModel } from "../report/report-model.js";

/**
 * An Improvement drafted from one breach of a report (SPEC §15, docs/iso-20000.md): the register
 * starts from the report's facts — agreement, target, period, the breach's causes — and the
 * analysis and the actions are the people's to write.
 */
export interface ImprovementDraft {
  /** The metadata name, and the file name without `.yaml`: `<agreement>-<period>-<target>`. */
  name: string;
  /** `acme-email`, or `UC/fibrenet` when agreements of several kinds share the name. */
  agreement: string;
  target: string;
  period: string;
  raised: string;
  /** The agreement's provider: the party that answers for the breach. */
  owner: string;
  /** The report's breach causes, one per line, in English words (`breaches[].causes`). */
  causes: string[];
  /** What the breach was, for the comment at the top of the file. */
  breach: { severity: string; value: number; objective: number };
}

/** A breach of the report that gets no draft, and why. */
export interface SkippedBreach {
  agreement: string;
  target: string;
  period: string;
  reason:
    | { kind: "addressed"; by: { name: string; file: string }[] }
    | { kind: "provisional" }
    | { kind: "unknown-agreement" };
}

export interface DraftResult {
  drafts: ImprovementDraft[];
  skipped: SkippedBreach[];
}

/**
 * One draft per breached target of each report — a target's causes and actions are its own, and
 * the register counts breaches per target (`kpi` `breaches.withImprovement`) — except a breach
 * already addressed by an Improvement of the repository (same rule as reports and `kpi`), a
 * provisional one (its window is still running: no non-conformance yet), and a report of an
 * agreement the repository does not hold (its draft would not validate).
 */
export function draftImprovements(
  model: Model,
  reports: readonly ReportModel[],
  raised: string,
): DraftResult {
  const drafts: ImprovementDraft[] = [];
  const skipped: SkippedBreach[] = [];
  for (const report of reports) {
    const agreement = model.agreements.find((a) => a.kind === report.kind && a.metadata.name === report.sla);
    const period = report.period.label;
    for (const breach of report.breaches) {
      const where = { agreement: `${report.kind}/${report.sla}`, target: breach.target, period };
      if (agreement === undefined) {
        skipped.push({ ...where, reason: { kind: "unknown-agreement" } });
        continue;
      }
      if (breach.provisional) {
        skipped.push({ ...where, reason: { kind: "provisional" } });
        continue;
      }
      const by = addressing(model.improvements, agreement, breach.target, period);
      if (by.length > 0) {
        skipped.push({ ...where, reason: { kind: "addressed", by } });
        continue;
      }
      drafts.push({
        name: draftName(report.sla, period, breach.target),
        agreement: agreementRef(model, agreement),
        target: breach.target,
        period,
        raised,
        owner: report.provider,
        causes: breach.causes,
        breach: { severity: breach.severity, value: breach.value, objective: breach.objective },
      });
    }
  }
  return { drafts, skipped };
}

function addressing(
  register: readonly Improvement[],
  agreement: Agreement,
  target: string,
  period: string,
): { name: string; file: string }[] {
  return register
    .filter((i) => isAbout(i, agreement) && addressesBreach(i, target, period))
    .map((i) => ({ name: i.metadata.name, file: i.origin.file }));
}

/** The kind is named only when another agreement of another kind has the same name (SPEC §15). */
function agreementRef(model: Model, agreement: Agreement): string {
  const name = agreement.metadata.name;
  const shared = model.agreements.some((a) => a.metadata.name === name && a.kind !== agreement.kind);
  return shared ? `${agreement.kind}/${name}` : name;
}

/**
 * `<agreement>-<period>-<target>` made a valid name (1–63 lowercase letters, digits or '-'):
 * `2024-Q2` → `2024-q2`, `2024-05-01..2024-05-15` → `2024-05-01-2024-05-15`; a longer one keeps
 * its first 54 characters and a short hash of the whole, so that two long names stay apart.
 */
export function draftName(agreement: string, period: string, target: string): string {
  const whole = `${agreement}-${period}-${target}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
  if (whole.length <= 63) return whole;
  const hash = createHash("sha256").update(whole).digest("hex").slice(0, 8);
  return `${whole.slice(0, 54).replace(/-$/, "")}-${hash}`;
}

/** The reports of a `slm report --format json` file: one report, or an array of them. */
export function reportsFromJson(text: string, where: string): ReportModel[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}: not JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(value) ? value : [value];
  for (const r of list) {
    const report = r as Partial<ReportModel> | null;
    if (
      report === null ||
      typeof report !== "object" ||
      typeof report.sla !== "string" ||
      !["SLA", "OLA", "UC"].includes(report.kind as string) ||
      typeof report.period?.label !== "string" ||
      typeof report.provider !== "string" ||
      !Array.isArray(report.breaches)
    ) {
      throw new InputError(
        `${where}: not a report of slm report --format json (sla, kind, period, breaches)`,
      );
    }
  }
  return list as ReportModel[];
}
