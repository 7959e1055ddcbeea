import { posix } from "node:path";
import type { SiteModel } from "../../site/site-model.js";
import { type LocaleText, localeText } from "../../text/locale-text.js";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text (from files or catalogues) made inert in HTML text and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The link from the page at `from` to the file at `to`, both relative to the site's folder; `to`
 * may end in `#fragment` (names never hold a `#`: they are lowercase letters, digits and '-').
 */
export function href(from: string, to: string): string {
  const hash = to.indexOf("#");
  const file = hash < 0 ? to : to.slice(0, hash);
  const rel = posix.relative(posix.dirname(from), file);
  const fragment = hash < 0 ? "" : `#${encodeURIComponent(to.slice(hash + 1))}`;
  return esc(`${rel.split("/").map(encodeURIComponent).join("/")}${fragment}`);
}

const NAV = [
  ["index.html", "site.nav.portfolio"],
  ["graph.html", "site.nav.graph"],
  ["kpis.html", "site.nav.kpis"],
  ["calendar.html", "site.nav.calendar"],
  ["improvements.html", "site.nav.improvements"],
] as const;

/**
 * One page of the site: inline CSS, no script, no request outside the folder. Readable at phone
 * width (wide tables scroll in their own box) and in print (no navigation, no broken rows).
 */
export function htmlPage(
  site: SiteModel,
  path: string,
  title: string,
  body: string,
  ctx: { version: string },
): string {
  const text = siteText(site);
  const nav = NAV.map(
    ([to, word]) =>
      `<a href="${href(path, to)}"${to === path ? ' aria-current="page"' : ""}>${esc(text.t(word))}</a>`,
  ).join("");
  const footer = text.t("site.footer", {
    version: ctx.version,
    generatedAt: text.localTime(Date.parse(site.generatedAt), "UTC"),
    period: text.periodLabel(site.period.label),
  });
  return `<!doctype html>
<html lang="${esc(site.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ${esc(text.t("site.title"))}</title>
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

/** The words and numbers of the site's language (SPEC §18). */
export function siteText(site: SiteModel): LocaleText {
  return localeText(site.locale);
}

/** A table in a box of its own that scrolls sideways on a narrow screen. */
export function table(head: readonly string[], rows: readonly string[][], caption?: string): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<div class="scroll"><table>${caption ? `<caption>${esc(caption)}</caption>` : ""}<thead><tr>${th}</tr></thead>
<tbody>
${trs}
</tbody></table></div>`;
}

/** A word in a coloured badge: the class carries the colour, the word the meaning. */
export function badge(cls: string, word: string): string {
  return `<span class="badge ${esc(cls)}">${esc(word)}</span>`;
}

const CSS = `
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
