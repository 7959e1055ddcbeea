import type { LocaleText } from "./locale-text.js";

/**
 * A target's scope in words (SPEC §13), for the report's target table: `{ customer: [acme],
 * site: [hamburg, berlin] }` → "customer acme, site hamburg or berlin" ("site hamburg oder
 * berlin", "customer：acme；site：hamburg或berlin"). The dimension names and values are the agreement's own and
 * stay as written. Empty for null.
 */
export function formatScope(scope: unknown, text: LocaleText): string {
  if (!scope || typeof scope !== "object") return "";
  return Object.entries(scope as Record<string, unknown>)
    .map(([key, values]) => {
      const list = (Array.isArray(values) ? values : [values]).map(String);
      const accepted = list.length === 0 ? text.t("scope.none") : text.orList(list);
      return text.t("scope.dimension", { dimension: key, values: accepted });
    })
    .join(text.t("scope.separator"));
}
