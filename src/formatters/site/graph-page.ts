import type { NodeVerdict } from "../../site/service-graph.js";
import type { SiteModel } from "../../site/site-model.js";
import { graphSvg } from "./graph-svg.js";
import { badge, esc, htmlPage, siteText } from "./html-page.js";

const PATH = "graph.html";
const LEGEND: NodeVerdict[] = ["covered", "at-risk", "uncovered", "none"];

export function formatGraphPage(site: SiteModel, ctx: { version: string }): string {
  const text = siteText(site);
  const heading = text.t("site.graph.heading");
  const legend = LEGEND.map((v) => badge(v, text.t(`site.verdict.${v}`))).join(" ");
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(text.t("site.graph.lead"))}</p>
<div class="legend" aria-label="${esc(text.t("site.graph.legend"))}">${legend} <span class="sub">${esc(text.t("site.graph.sla"))}</span></div>
<div class="scroll">${graphSvg(site.graph, text)}</div>`;
  return htmlPage(site, PATH, heading, body, ctx);
}
