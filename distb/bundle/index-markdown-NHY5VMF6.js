import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-TVB2AXV2.js";
import {
  indexFacts,
  indexSections,
  indexTitle
} from "./chunk-MOXMA7DW.js";
import "./chunk-FEUMEWLU.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/audit/index-markdown.js
function formatIndexMarkdown(pack, ctx) {
  const out = [`# ${escapeMarkdown(indexTitle(pack))}`, ""];
  for (const [name, value] of indexFacts(pack, ctx.version))
    out.push(`- **${name}:** ${cell(value)}`);
  out.push("", `Also as ${link("HTML", "index.html")}.`);
  for (const s of indexSections(pack)) {
    out.push("", `## ${escapeMarkdown(s.title)}`, "");
    for (const line of s.lead)
      out.push(line.map(cell).join(""));
    if (s.head.length === 0)
      continue;
    out.push("");
    if (s.rows.length === 0) {
      out.push(escapeMarkdown(s.empty));
      continue;
    }
    out.push(row(s.head.map(escapeMarkdown)), row(s.head.map(() => "---")));
    for (const r of s.rows)
      out.push(row(r.map(cell)));
  }
  return `${out.join("\n")}
`;
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function cell(c) {
  return typeof c === "string" ? escapeMarkdown(c) : c.map((l) => link(l.text, l.link)).join(" \xB7 ");
}
function link(text, to) {
  return `[${escapeMarkdown(text)}](${to.split("/").map(encodeURIComponent).join("/")})`;
}
export {
  formatIndexMarkdown
};
