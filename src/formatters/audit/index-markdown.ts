import type { AuditPack } from "../../audit/audit-model.js";
import type { FormatContext } from "../formatter.js";
import { escapeMarkdown as md } from "../report/markdown-escape.js";
import { type Cell, indexFacts, indexSections, indexTitle } from "./index-rows.js";

/** `index.md` of an audit pack: the same sections as `index.html`, for a reader without a browser. */
export function formatIndexMarkdown(pack: AuditPack, ctx: FormatContext): string {
  const out = [`# ${md(indexTitle(pack))}`, ""];
  for (const [name, value] of indexFacts(pack, ctx.version)) out.push(`- **${name}:** ${cell(value)}`);
  out.push("", `Also as ${link("HTML", "index.html")}.`);
  for (const s of indexSections(pack)) {
    out.push("", `## ${md(s.title)}`, "");
    for (const line of s.lead) out.push(line.map(cell).join(""));
    if (s.head.length === 0) continue;
    out.push("");
    if (s.rows.length === 0) {
      out.push(md(s.empty));
      continue;
    }
    out.push(row(s.head.map(md)), row(s.head.map(() => "---")));
    for (const r of s.rows) out.push(row(r.map(cell)));
  }
  return `${out.join("\n")}\n`;
}

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function cell(c: Cell): string {
  return typeof c === "string" ? md(c) : c.map((l) => link(l.text, l.link)).join(" · ");
}

function link(text: string, to: string): string {
  return `[${md(text)}](${to.split("/").map(encodeURIComponent).join("/")})`;
}
