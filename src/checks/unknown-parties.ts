import {
  agreements,
  type Check,
  checkReference,
  type ImprovementDocument,
  type NamedDocument,
  ofKind,
  type ServiceDocument,
} from "./check.js";

/**
 * Parties are an optional directory (a repository can start without Party files): a warning,
 * and only once the repository has a directory at all — without any Party document every
 * agreement would warn, which says nothing the user does not know.
 */
export const unknownParties: Check = (ctx) => {
  if (!ctx.valid.some((d) => d.kind === "Party")) return;
  const check = (at: NamedDocument, name: string, pointer: string, role: string) =>
    checkReference(ctx, at, { kind: "Party", name, pointer, role, code: "ref/unknown-party" });
  for (const a of agreements(ctx)) {
    check(a, a.spec.provider, "/spec/provider", "provider");
    check(a, a.spec.customer, "/spec/customer", "customer");
  }
  for (const s of ctx.valid.filter((d) => d.kind === "Service") as ServiceDocument[]) {
    check(s, s.spec.owner, "/spec/owner", "owner");
  }
  for (const i of ofKind(ctx, "Improvement") as ImprovementDocument[]) {
    if (i.spec.owner !== undefined) check(i, i.spec.owner, "/spec/owner", "owner");
    (i.spec.actions ?? []).forEach((action, j) => {
      if (action.owner !== undefined) check(i, action.owner, `/spec/actions/${j}/owner`, "action owner");
    });
  }
};
