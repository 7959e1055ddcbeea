import { fail, ok, type ParseResult } from "./result.js";

/**
 * A DataSource's `warehouse.good`: one SQL expression, pasted into the query as written (it is
 * the repository owners' own SQL, like a dbt model). What it may not hold is anything that could
 * end the expression early or hide the rest of the query: a `;`, a comment (`--`, `/*`), a quote
 * left open or a parenthesis that closes what it did not open. Quotes are tracked so that
 * `status = 'up;down'` is fine.
 */
export function parseSqlExpression(input: unknown): ParseResult<string> {
  if (typeof input !== "string" || input.trim() === "") return fail("expected a SQL expression");
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quote !== null) {
      if (c === "\\" && quote !== '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === ";") return fail("a ; would end the query: write one expression");
    else if ((c === "-" && input[i + 1] === "-") || (c === "/" && input[i + 1] === "*"))
      return fail("comments are not allowed in the expression");
    else if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return fail("a ) closes a parenthesis the expression did not open");
    else if (c.charCodeAt(0) < 32 && c !== "\n" && c !== "\t")
      return fail("control characters are not allowed in the expression");
  }
  if (quote !== null) return fail(`a ${quote} is left open`);
  if (depth > 0) return fail("a ( is left open");
  return ok(input.replace(/\s+/g, " ").trim());
}
