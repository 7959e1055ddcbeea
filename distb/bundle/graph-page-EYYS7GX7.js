import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  badge,
  esc,
  htmlPage,
  siteText
} from "./chunk-DPJWOEM6.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/site/graph-svg.js
var FILL = {
  covered: ["#e3f4e8", "#1f7a3d"],
  "at-risk": ["#fff2d6", "#8a5a00"],
  uncovered: ["#fde7e4", "#b42318"],
  none: ["#eef0f4", "#5b6575"]
};
function graphSvg(layout, text) {
  const edges = layout.edges.filter((e) => e.points.length > 1).map((e) => {
    const d = e.points.map((p, i) => `${i === 0 ? "M" : "L"}${round(p.x)} ${round(p.y)}`).join(" ");
    const dash = e.anyOf === null ? "" : ' stroke-dasharray="5 4"';
    return `<path class="edge" data-from="${esc(e.from)}" data-to="${esc(e.to)}" d="${d}" fill="none" stroke="#5b6575" stroke-width="1.4"${dash} marker-end="url(#arrow)"/>`;
  });
  const nodes = layout.nodes.map((n) => node(n, text));
  const title = text.t("site.graph.title");
  return `<svg class="graph" role="img" aria-label="${esc(title)}" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" width="${round(layout.width)}" height="${round(layout.height)}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">
<title>${esc(title)}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#5b6575"/></marker></defs>
${edges.join("\n")}
${nodes.join("\n")}
</svg>`;
}
function node(n, text) {
  const [fill, stroke] = FILL[n.verdict];
  const cx = round(n.x + n.width / 2);
  const second = [n.service, n.tier, text.t(`site.verdict.${n.verdict}`)].filter(Boolean).join(" \xB7 ");
  return `<g class="node" data-service="${esc(n.service)}" data-verdict="${n.verdict}"><title>${esc(`${n.label} (${second})`)}</title><rect x="${round(n.x)}" y="${round(n.y)}" width="${round(n.width)}" height="${round(n.height)}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="${n.sla ? 2.6 : 1.2}"/><text x="${cx}" y="${round(n.y + 19)}" text-anchor="middle" font-size="13" font-weight="${n.sla ? 600 : 400}" fill="#1d2430">${esc(n.label)}</text><text x="${cx}" y="${round(n.y + 36)}" text-anchor="middle" font-size="11" fill="${stroke}">${esc(second)}</text></g>`;
}
function round(n) {
  return Math.round(n * 10) / 10;
}

// dist/formatters/site/graph-page.js
var PATH = "graph.html";
var LEGEND = ["covered", "at-risk", "uncovered", "none"];
function formatGraphPage(site, ctx) {
  const text = siteText(site);
  const heading = text.t("site.graph.heading");
  const legend = LEGEND.map((v) => badge(v, text.t(`site.verdict.${v}`))).join(" ");
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(text.t("site.graph.lead"))}</p>
<div class="legend" aria-label="${esc(text.t("site.graph.legend"))}">${legend} <span class="sub">${esc(text.t("site.graph.sla"))}</span></div>
<div class="scroll">${graphSvg(site.graph, text)}</div>`;
  return htmlPage(site, PATH, heading, body, ctx);
}
export {
  formatGraphPage
};
