import type { SiteModel } from "../../site/site-model.js";
import type { NodeVerdict } from "../../site/service-graph.js";
import { badge, esc, htmlPage } from "./html-page.js";
import { graphSvg } from "./graph-svg.js";
import { siteWord } from "./site-words.js";

const PATH = "graph.html";
const LEGEND: NodeVerdict[] = ["covered", "at-risk", "uncovered", "none"];

export function formatGraphPage(site: SiteModel, ctx: { version: string }): string {
  const heading = siteWord("site.graph.heading");
  const legend = LEGEND.map((v) => badge(v, siteWord(`site.verdict.${v}`))).join(" ");
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(siteWord("site.graph.lead"))}</p>
<div class="legend" aria-label="${esc(siteWord("site.graph.legend"))}">${legend} <span class="sub">${esc(siteWord("site.graph.sla"))}</span></div>
<div class="scroll">${graphSvg(site.graph)}</div>`;
  return htmlPage(site, PATH, heading, body, ctx);
}
