import { type AgreementRef, agreementRefText, parseAgreementRef } from "../core/values/agreement-ref.js";
import { didYouMean } from "../core/did-you-mean.js";
import { AGREEMENT_KINDS, type AgreementKind } from "../core/model.js";
import {
  type AgreementDocument,
  type Check,
  type CheckContext,
  type ImprovementDocument,
  ofKind,
} from "./check.js";

/**
 * An Improvement is about one agreement: `agreement` must name exactly one SLA, OLA or UC (with a
 * `KIND/` prefix when several kinds share the name), and `targets` must be targets of it.
 */
export const improvementReferences: Check = (ctx) => {
  for (const imp of ofKind(ctx, "Improvement") as ImprovementDocument[]) {
    const ref = parseAgreementRef(imp.spec.agreement);
    const found = resolve(ctx, ref);
    if (found.length === 0) {
      const names = AGREEMENT_KINDS.flatMap((k) => [...(ctx.names.get(k)?.keys() ?? [])]);
      const suggestion = didYouMean(ref.name, names);
      ctx.report(imp, {
        code: "ref/unknown-agreement",
        message: `agreement "${agreementRefText(ref)}" is not a known ${ref.kind ?? "SLA, OLA or UC"}`,
        pointer: "/spec/agreement",
        ...(suggestion === undefined ? {} : { suggestion }),
      });
      continue;
    }
    if (found.length > 1) {
      ctx.report(imp, {
        code: "ref/ambiguous-agreement",
        message: `agreement "${ref.name}" names ${found.map((f) => `${f.kind === "UC" ? "a" : "an"} ${f.kind}`).join(" and ")}: write ${found.map((f) => `${f.kind}/${ref.name}`).join(" or ")}`,
        pointer: "/spec/agreement",
        related: found.map((f) => ({
          doc: f.doc,
          pointer: "/metadata/name",
          message: `${f.kind} ${ref.name}`,
        })),
      });
      continue;
    }
    const agreement = found[0] as AgreementDocument;
    const own = Array.isArray(agreement.spec?.targets) ? agreement.spec.targets.map((t) => t?.name) : [];
    (imp.spec.targets ?? []).forEach((name, i) => {
      if (own.includes(name)) return;
      const suggestion = didYouMean(
        name,
        own.filter((n): n is string => typeof n === "string"),
      );
      ctx.report(imp, {
        code: "ref/unknown-improvement-target",
        message: `${agreement.kind} "${ref.name}" has no target "${name}"${own.length ? ` (it has: ${own.join(", ")})` : ""}`,
        pointer: `/spec/targets/${i}`,
        related: [
          {
            doc: agreement.doc,
            pointer: "/spec/targets",
            message: `targets of ${agreement.kind} "${ref.name}"`,
          },
        ],
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    });
  }
};

/** The agreements a reference can mean: every kind with that name, or the one kind it names. */
function resolve(ctx: CheckContext, ref: AgreementRef): AgreementDocument[] {
  const kinds: readonly AgreementKind[] = ref.kind ? [ref.kind] : AGREEMENT_KINDS;
  return kinds
    .map((k) => ctx.names.get(k)?.get(ref.name))
    .filter((d): d is AgreementDocument => d !== undefined) as AgreementDocument[];
}
