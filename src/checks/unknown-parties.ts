import { agreements, type Check, exists, type ServiceDocument } from "./check.js";

/** Parties are an optional directory (a repository can start without Party files): a warning. */
export const unknownParties: Check = (ctx) => {
  const check = (at: Parameters<typeof ctx.report>[0], name: string, pointer: string, role: string) => {
    if (!exists(ctx, "Party", name)) {
      ctx.report(at, {
        code: "ref/unknown-party",
        message: `${role} "${name}" is not a known Party`,
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
