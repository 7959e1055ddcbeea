import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  localeText
} from "./chunk-DQEPQ35S.js";

// dist/formatters/site/html-page.js
import { posix } from "node:path";
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function esc(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function href(from, to) {
  const hash = to.indexOf("#");
  const file = hash < 0 ? to : to.slice(0, hash);
  const rel = posix.relative(posix.dirname(from), file);
  const fragment = hash < 0 ? "" : `#${encodeURIComponent(to.slice(hash + 1))}`;
  return esc(`${rel.split("/").map(encodeURIComponent).join("/")}${fragment}`);
}
var NAV = [
  ["index.html", "site.nav.portfolio"],
  ["graph.html", "site.nav.graph"],
  ["kpis.html", "site.nav.kpis"],
  ["calendar.html", "site.nav.calendar"],
  ["improvements.html", "site.nav.improvements"]
];
function htmlPage(site, path, title, body, ctx) {
  const text = siteText(site);
  const nav = NAV.map(([to, word]) => `<a href="${href(path, to)}"${to === path ? ' aria-current="page"' : ""}>${esc(text.t(word))}</a>`).join("");
  const footer = text.t("site.footer", {
    version: ctx.version,
    generatedAt: text.localTime(Date.parse(site.generatedAt), "UTC"),
    period: text.periodLabel(site.period.label)
  });
  return `<!doctype html>
<html lang="${esc(site.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} \xB7 ${esc(text.t("site.title"))}</title>
<style>${CSS}</style>
</head>
<body>
<header><nav aria-label="${esc(text.t("site.title"))}">${nav}</nav></header>
<main>
${body}
</main>
<footer>${esc(footer)}</footer>
</body>
</html>
`;
}
function siteText(site) {
  return localeText(site.locale);
}
function table(head, rows, caption) {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<div class="scroll"><table>${caption ? `<caption>${esc(caption)}</caption>` : ""}<thead><tr>${th}</tr></thead>
<tbody>
${trs}
</tbody></table></div>`;
}
function badge(cls, word) {
  return `<span class="badge ${esc(cls)}">${esc(word)}</span>`;
}
var CSS = `
:root{--ink:#1d2430;--muted:#5b6575;--line:#d8dde6;--bg:#fff;--met:#1f7a3d;--met-bg:#e3f4e8;--breached:#b42318;--breached-bg:#fde7e4;--risk:#8a5a00;--risk-bg:#fff2d6;--none:#5b6575;--none-bg:#eef0f4}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);background:var(--bg)}
header{background:#16324f}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.6rem 1rem;max-width:72rem;margin:0 auto}
nav a{color:#fff;text-decoration:none;padding:.15rem 0;border-bottom:2px solid transparent}
nav a[aria-current=page]{border-bottom-color:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
p.lead{color:var(--muted);max-width:48rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
a{color:#0b57a4}
.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.8rem;white-space:nowrap}
.met,.covered{color:var(--met);background:var(--met-bg)}
.breached,.uncovered{color:var(--breached);background:var(--breached-bg)}
.at-risk,.provisional{color:var(--risk);background:var(--risk-bg)}
.no-data,.none{color:var(--none);background:var(--none-bg)}
.sub{color:var(--muted);font-size:.85rem}
svg.spark{vertical-align:middle}
svg.graph{max-width:none;height:auto}
@media print{svg.graph{max-width:100%}}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
ul.links{padding-left:1.2rem}
footer{max-width:72rem;margin:2rem auto 1rem;padding:0 1rem;color:var(--muted);font-size:.8rem}
@media print{header{display:none}main{max-width:none;padding:0}tr,svg{break-inside:avoid}.scroll{overflow:visible}a{color:inherit;text-decoration:none}.badge{border:1px solid currentColor}}
`.trim();

export {
  esc,
  href,
  htmlPage,
  siteText,
  table,
  badge
};
