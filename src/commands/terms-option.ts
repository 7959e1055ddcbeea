import { Option } from "commander";
import type { TermsInForce } from "../model/terms-in-force.js";
import type { CommandContext } from "./context.js";
import type { ValidRepository } from "./run-command.js";

export const TERMS_CHOICES = ["in-force", "current"] as const;
export type TermsChoice = (typeof TERMS_CHOICES)[number];

/** `--terms in-force|current` (SPEC §16): each window under the revision then in force, or today's text for every window. */
export function termsOption(): Option {
  return new Option(
    "--terms <terms>",
    "in-force: judge each window under the committed revision in force then (git history); current: under today's text",
  )
    .choices(TERMS_CHOICES)
    .default("in-force");
}

/** The terms a report run uses; a shallow clone is said once on stderr, since it silently hides older revisions. */
export async function termsFor(
  ctx: CommandContext,
  repository: ValidRepository,
  choice: TermsChoice,
): Promise<TermsInForce> {
  const { currentTerms } = await import("../model/terms-in-force.js");
  if (choice === "current") return currentTerms(repository, "current");
  const { termsFromHistory } = await import("../model/terms-from-history.js");
  const terms = await termsFromHistory(repository, { now: ctx.io.now() });
  if ((terms as { shallow?: boolean }).shallow) {
    ctx.io.stderr(
      "slm: the git clone is shallow: revisions of the agreements before its first commit are not seen (fetch the history, e.g. actions/checkout with fetch-depth: 0)\n",
    );
  }
  return terms;
}
