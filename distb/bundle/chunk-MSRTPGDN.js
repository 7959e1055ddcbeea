import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  esc
} from "./chunk-DPJWOEM6.js";

// dist/formatters/site/sparkline.js
var WIDTH = 120;
var HEIGHT = 28;
var PAD = 3;
function sparkline(trend, text) {
  const judged = trend.filter((p) => p.share !== null);
  if (judged.length === 0)
    return `<span class="sub">${esc(text.t("site.trend.empty"))}</span>`;
  const step = trend.length > 1 ? (WIDTH - 2 * PAD) / (trend.length - 1) : 0;
  const at = (i, share) => ({
    x: round(trend.length > 1 ? PAD + i * step : WIDTH / 2),
    y: round(PAD + (1 - share) * (HEIGHT - 2 * PAD))
  });
  const runs = [];
  let run = [];
  const dots = [];
  trend.forEach((p, i) => {
    if (p.share === null) {
      if (run.length > 1)
        runs.push(run.join(" "));
      run = [];
      return;
    }
    const { x, y } = at(i, p.share);
    run.push(`${x},${y}`);
    const last = i === trend.length - 1;
    dots.push(`<circle cx="${x}" cy="${y}" r="${last ? 2.6 : 1.6}"/>`);
  });
  if (run.length > 1)
    runs.push(run.join(" "));
  const title = judged.map((p) => text.t("site.trend.point", {
    period: text.periodShort(p.label),
    met: p.met,
    judged: p.met + p.breached
  })).join("; ");
  const lines = runs.map((points) => `<polyline points="${points}" fill="none" stroke="#0b57a4" stroke-width="1.5"/>`);
  return `<svg class="spark" role="img" aria-label="${esc(title)}" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title><line x1="0" y1="${PAD}" x2="${WIDTH}" y2="${PAD}" stroke="#d8dde6" stroke-dasharray="2 2"/>${lines.join("")}<g fill="#0b57a4">${dots.join("")}</g></svg>`;
}
function round(n) {
  return Math.round(n * 10) / 10;
}

export {
  sparkline
};
