import type { ImprovementDraft } from "../../improve/draft-improvements.js";
import type { FormatterTable } from "../formatter.js";

/**
 * `slm improve new`: each draft as one YAML file, a comment above saying what the report found and
 * what is left to write; strings double-quoted as JSON (a valid YAML scalar whatever the text, and
 * YAML 1.1 readers see no dates or numbers in them). The actions list starts empty, which
 * validates: an action is a commitment, not a placeholder.
 */
export const IMPROVE_FORMATTERS = {
  yaml: async () => {
    const q = (text: string) => JSON.stringify(text);
    return (d: ImprovementDraft) => {
      // A block literal keeps one cause a line, as the report lists them; a line a literal cannot
      // carry (empty, leading blank, control character) makes the whole cause one quoted scalar.
      const causeValue =
        d.causes.length === 0
          ? q("TODO: the cause, as analysed")
          : d.causes.every(literalSafe)
            ? `|-\n${d.causes.map((line) => `    ${line}`).join("\n")}`
            : q(d.causes.join("\n"));
      return `# Drafted by slm improve new from the ${d.period} report: target ${d.target} breached (${d.breach.severity}).
# The cause lines are the report's breach causes; write the analysis, then the actions:
#   actions:
#     - { text: What is to be done, owner: a-party, due: YYYY-MM-DD }
apiVersion: slm/v1
kind: Improvement
metadata:
  name: ${d.name}
spec:
  agreement: ${q(d.agreement)}
  targets: [${q(d.target)}]
  period: ${q(d.period)}
  raised: ${q(d.raised)}
  cause: ${causeValue}
  owner: ${q(d.owner)}
  status: open
  actions: []
`;
    };
  },
} satisfies FormatterTable<ImprovementDraft>;

function literalSafe(line: string): boolean {
  if (line === "" || /^\s/.test(line)) return false;
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) return false;
  }
  return true;
}
