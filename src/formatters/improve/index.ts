import type { ImprovementDraft } from "../../improve/draft-improvements.js";
import type { FormatterTable } from "../formatter.js";

/**
 * `slm improve new`: each draft as one YAML file, a comment above saying what the report found and
 * what is left to write; strings double-quoted as JSON (any cause text stays one safe scalar, and
 * YAML 1.1 readers see no dates or numbers in them). The actions list starts empty, which
 * validates: an action is a commitment, not a placeholder.
 */
export const IMPROVE_FORMATTERS = {
  yaml: async () => {
    const { stringify } = await import("yaml");
    const q = (text: string) => JSON.stringify(text);
    return (d: ImprovementDraft) => {
      const cause =
        d.causes.length === 0
          ? q("TODO: the cause, as analysed")
          : `|-\n${d.causes.map((line) => `    ${line}`).join("\n")}`;
      const literalSafe = d.causes.every((line) => line !== "" && !/^\s|[\u0000-\u001f\u007f]/.test(line));
      const causeValue = literalSafe
        ? cause
        : stringify(d.causes.join("\n"), { doubleQuotedAsJSON: true, blockQuote: false }).trim();
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
