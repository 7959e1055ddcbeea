import { agreements, type Check, exists, type ServiceDocument, suggestName } from "./check.js";

/**
 * Parties are an optional directory (a repository can start without Party files): a warning,
 * and only once the repository has a directory at all — without any Party document every
 * agreement would warn, which says nothing the user does not know.
 */
export const unknownParties: Check = (ctx) => {
  if (!ctx.valid.some((d) => d.kind === "Party")) return;
  const check = (at: Parameters<typeof ctx.report>[0], name: string, pointer: string, role: string) => {
    if (!exists(ctx, "Party", name)) {
      ctx.report(at, {
        code: "ref/unknown-party",
        message: `${role} "${name}" is not a known Party${suggestName(ctx, "Party", name)}`,
        pointer,
      });
    }
  };
  for (const a of agreements(ctx)) {
    check(a, a.spec.provider, "/spec/provider", "provider");
    check(a, a.spec.customer, "/spec/customer", "customer");
  }
  for (const s of ctx.valid.filter((d) => d.kind === "Service") as ServiceDocument[]) {
    check(s, s.spec.owner, "/spec/owner", "owner");
  }
};
