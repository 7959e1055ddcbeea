import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/improve/index.js
var IMPROVE_FORMATTERS = {
  yaml: async () => {
    const q = (text) => JSON.stringify(text);
    return (d) => {
      const causeValue = d.causes.length === 0 ? q("TODO: the cause, as analysed") : d.causes.every(literalSafe) ? `|-
${d.causes.map((line) => `    ${line}`).join("\n")}` : q(d.causes.join("\n"));
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
  }
};
function literalSafe(line) {
  if (line === "" || /^\s/.test(line))
    return false;
  for (const ch of line) {
    const c = ch.codePointAt(0);
    if (c < 32 || c === 127 || c === 133 || c === 8232 || c === 8233 || c === 65279)
      return false;
  }
  return true;
}
export {
  IMPROVE_FORMATTERS
};
