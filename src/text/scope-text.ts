/**
 * A target's scope in words (SPEC §13), for the report's target table: `{ customer: [acme],
 * site: [hamburg, berlin] }` → "customer acme, site hamburg or berlin". Empty for null.
 */
export function formatScope(scope: unknown): string {
  if (!scope || typeof scope !== "object") return "";
  return Object.entries(scope as Record<string, unknown>)
    .map(([key, values]) => {
      const list = (Array.isArray(values) ? values : [values]).map(String);
      const text =
        list.length <= 1 ? (list[0] ?? "none") : `${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;
      return `${key} ${text}`;
    })
    .join(", ");
}
