import type { GraphLayout, PlacedNode } from "../../site/graph-layout.js";
import type { NodeVerdict } from "../../site/service-graph.js";
import type { LocaleText } from "../../text/locale-text.js";
import { esc } from "./html-page.js";

const FILL: Record<NodeVerdict, [fill: string, stroke: string]> = {
  covered: ["#e3f4e8", "#1f7a3d"],
  "at-risk": ["#fff2d6", "#8a5a00"],
  uncovered: ["#fde7e4", "#b42318"],
  none: ["#eef0f4", "#5b6575"],
};

/**
 * The laid-out dependency graph as inline SVG: a `g.node` per service (data-service, data-verdict)
 * and a `path.edge` per dependency (data-from, data-to), drawn from the dependent service down to
 * what it needs, with an arrowhead. Colour carries the verdict and the node's second line says it.
 */
export function graphSvg(layout: GraphLayout, text: LocaleText): string {
  const edges = layout.edges
    .filter((e) => e.points.length > 1)
    .map((e) => {
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

function node(n: PlacedNode, text: LocaleText): string {
  const [fill, stroke] = FILL[n.verdict];
  const cx = round(n.x + n.width / 2);
  const second = [n.service, n.tier, text.t(`site.verdict.${n.verdict}`)].filter(Boolean).join(" · ");
  return `<g class="node" data-service="${esc(n.service)}" data-verdict="${n.verdict}"><title>${esc(`${n.label} (${second})`)}</title><rect x="${round(n.x)}" y="${round(n.y)}" width="${round(n.width)}" height="${round(n.height)}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="${n.sla ? 2.6 : 1.2}"/><text x="${cx}" y="${round(n.y + 19)}" text-anchor="middle" font-size="13" font-weight="${n.sla ? 600 : 400}" fill="#1d2430">${esc(n.label)}</text><text x="${cx}" y="${round(n.y + 36)}" text-anchor="middle" font-size="11" fill="${stroke}">${esc(second)}</text></g>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
