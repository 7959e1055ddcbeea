import { type AgreementDocument, agreements, type Check } from "./check.js";

/** `supports: [sla/target]` must name an existing SLA and one of its targets. */
export const unknownSupportedTargets: Check = (ctx) => {
  const slas = ctx.names.get("SLA");
  for (const a of agreements(ctx)) {
    if (a.kind === "SLA") continue;
    a.spec.targets.forEach((t, i) => {
      (t.supports ?? []).forEach((link, j) => {
        const [slaName, targetName] = link.split("/") as [string, string];
        const pointer = `/spec/targets/${i}/supports/${j}`;
        const sla = slas?.get(slaName) as AgreementDocument | undefined;
        if (!sla) {
          ctx.report(a, {
            code: "ref/unknown-target",
            message: `"${link}": there is no SLA "${slaName}"`,
            pointer,
          });
          return;
        }
        const targets = Array.isArray(sla.spec?.targets) ? sla.spec.targets : [];
        if (targets.some((st) => st?.name === targetName)) return;
        const names = targets.map((st) => st?.name).filter((n) => typeof n === "string");
        ctx.report(a, {
          code: "ref/unknown-target",
          message: `"${link}": SLA "${slaName}" has no target "${targetName}"${names.length ? ` (it has: ${names.join(", ")})` : ""}`,
          pointer,
          related: [{ doc: sla.doc, pointer: "/spec/targets", message: `targets of SLA "${slaName}"` }],
        });
      });
    });
  }
};
