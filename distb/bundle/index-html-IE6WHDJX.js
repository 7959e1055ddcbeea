import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  esc,
  href
} from "./chunk-DPJWOEM6.js";
import {
  indexFacts,
  indexSections,
  indexTitle
} from "./chunk-MOXMA7DW.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/audit/index-html.js
function formatIndexHtml(pack, ctx) {
  const title = indexTitle(pack);
  const facts = indexFacts(pack, ctx.version).map(([name, value]) => `<tr><th scope="row">${esc(name)}</th><td>${cell(value)}</td></tr>`).join("\n");
  const sections = indexSections(pack).map((s) => {
    const lead = s.lead.map((line) => `<p>${line.map(cell).join("")}</p>`).join("\n");
    const body = s.head.length === 0 ? "" : s.rows.length === 0 ? `<p class="empty">${esc(s.empty)}</p>` : `<div class="scroll"><table><thead><tr>${s.head.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${s.rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody></table></div>`;
    return `<section id="${esc(s.id)}">
<h2>${esc(s.title)}</h2>
${lead}
${body}
</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p>Also as <a href="index.md">Markdown</a>.</p>
<table class="facts"><tbody>
${facts}
</tbody></table>
${sections.join("\n")}
</main>
</body>
</html>
`;
}
function cell(c) {
  return typeof c === "string" ? esc(c) : c.map((l) => `<a href="${href("index.html", l.link)}">${esc(l.text)}</a>`).join(" \xB7 ");
}
var CSS = `
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2430}
main{max-width:80rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #d8dde6;vertical-align:top}
thead th{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:#5b6575}
table.facts th{width:10rem;color:#5b6575}
a{color:#0b57a4}
p.empty{color:#5b6575}
@media print{main{max-width:none;padding:0}tr{break-inside:avoid}.scroll{overflow:visible}}
`.trim();
export {
  formatIndexHtml
};
