import { agreements, type Check, checkReference, type NamedDocument, type ServiceDocument } from "./check.js";

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
};
