import {
  agreements,
  type Check,
  checkReference,
  type DataSourceDocument,
  type NamedDocument,
  ofKind,
  type ServiceDocument,
} from "./check.js";
import type { RawDataSourceSpec, RawServiceSpec } from "./raw.js";

/** Every Service name used (agreement service, dependsOn, a DataSource's constant service) must exist. */
export const unknownServices: Check = (ctx) => {
  const check = (at: NamedDocument, name: string, pointer: string, role: string) =>
    checkReference(ctx, at, { kind: "Service", name, pointer, role, code: "ref/unknown-service" });
  for (const a of agreements(ctx)) check(a, a.spec.service, "/spec/service", "service");
  for (const s of ofKind<"Service", RawServiceSpec>(ctx, "Service") as ServiceDocument[]) {
    (s.spec.dependsOn ?? []).forEach((dep, i) => {
      if (typeof dep === "string") check(s, dep, `/spec/dependsOn/${i}`, "dependency");
      else
        dep.anyOf.forEach((m, j) => {
          check(s, m, `/spec/dependsOn/${i}/anyOf/${j}`, "dependency");
        });
    });
  }
  for (const d of ofKind<"DataSource", RawDataSourceSpec>(ctx, "DataSource") as DataSourceDocument[]) {
    if (d.spec.service !== undefined) check(d, d.spec.service, "/spec/service", "service");
  }
};
