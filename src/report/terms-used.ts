import type { TermsRef } from "../model/terms-in-force.js";
import type { EvaluatedTarget, EvaluatedWindow } from "./evaluate-target.js";
import type { TermsOrigin } from "./report-context.js";
import type { ReportModel, TermsReport } from "./report-model.js";

export function termsReport(ref: TermsRef): TermsReport {
  return { commit: ref.commit, effective: ref.effective.text };
}

/** A revision in words: `1a2b3c4 (effective 2024-07-01)`, or the work tree's. */
export function describeTerms(ref: TermsReport): string {
  const where = ref.commit === null ? "the work tree" : ref.commit.slice(0, 7);
  return `${where} (effective ${ref.effective})`;
}

/**
 * The report's `terms` (every revision its windows were judged under, by effective date) and the
 * notes a reader needs: a target judged under several revisions in the period, windows before any
 * revision took effect, revisions passed over, and a repository without history.
 */
export function termsUsed(
  origin: TermsOrigin,
  evaluated: readonly EvaluatedTarget[],
): { terms: ReportModel["terms"]; notes: string[] } {
  const revisions = new Map<string, TermsReport>();
  for (const e of evaluated) {
    for (const w of e.windows) revisions.set(keyOf(w.terms), termsReport(w.terms));
    revisions.set(keyOf(e.terms), termsReport(e.terms));
  }
  const notes: string[] = [];
  if (origin.source === "work-tree") {
    notes.push(
      `terms: no git history (${origin.reason ?? "not a git work tree"}); every window is judged under the agreements as they are now`,
    );
  }
  for (const commit of origin.skipped()) {
    notes.push(
      `terms: the agreement files do not validate at commit ${commit.slice(0, 7)}; its revision of the agreement was passed over`,
    );
  }
  for (const e of evaluated) {
    const runs = runsOf(e.windows);
    if (runs.length > 1) {
      notes.push(
        `${e.target.name}: judged under ${runs.length} revisions of the agreement in this period: ${runs
          .map(
            (r) =>
              `${r.first === r.last ? r.first : `${r.first} to ${r.last}`} under ${describeTerms(termsReport(r.terms))}`,
          )
          .join("; ")}`,
      );
    }
    const early = e.windows.filter((w) => w.early);
    if (early.length > 0) {
      notes.push(
        `${e.target.name}: no revision of the agreement takes effect by the start of ${early.map((w) => w.label).join(", ")}; judged under the earliest, ${describeTerms(termsReport(early[0]!.terms))}`,
      );
    }
  }
  const list = [...revisions.values()].sort((a, b) =>
    a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0,
  );
  return { terms: { source: origin.source, revisions: list }, notes };
}

function keyOf(ref: TermsRef): string {
  return `${ref.commit ?? ""}\u0000${ref.effective.text}`;
}

/** Consecutive windows judged under the same revision. */
function runsOf(windows: readonly EvaluatedWindow[]): { first: string; last: string; terms: TermsRef }[] {
  const runs: { first: string; last: string; terms: TermsRef }[] = [];
  for (const w of windows) {
    const last = runs[runs.length - 1];
    if (last && keyOf(last.terms) === keyOf(w.terms)) last.last = w.label;
    else runs.push({ first: w.label, last: w.label, terms: w.terms });
  }
  return runs;
}
