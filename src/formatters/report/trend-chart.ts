import type { TargetStatus, TrendPoint } from "../../report/report-model.js";
import type { LocaleText } from "../../text/locale-text.js";

/**
 * Geometry of a trend chart (attainment against objective, one point per period) for one target.
 * The chart's markup lives in a template partial; this only computes coordinates and labels, so
 * every piece of text still goes through the template engine's escaping.
 */
export interface TrendChart {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number; right: number; bottom: number };
  /** Polyline point lists of the measured values; a period without data breaks the line. */
  segments: string[];
  /** Polyline point list of the objective (a step per period when it changed). */
  objective: string;
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
  points: { x: number; y: number; status: TargetStatus; period: string; value: string; objective: string }[];
  /** Periods in the trend without a value for this target (shown as a hollow mark on the axis). */
  gaps: { x: number; y: number; period: string }[];
  /** One sentence for `<desc>`: the values in order. */
  description: string;
}

const WIDTH = 320;
const HEIGHT = 170;
const PLOT = { left: 52, right: 12, top: 14, bottom: 28 };
const round1 = (n: number): number => Math.round(n * 10) / 10;

function niceStep(span: number): number {
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

export function trendChart(trend: TrendPoint[], target: string, text: LocaleText): TrendChart | null {
  const { t } = text;
  const series = trend.map((point) => ({
    period: point.period.label,
    entry: point.targets.find((t) => t.name === target) ?? null,
  }));
  const measured = series.filter((s) => s.entry !== null && s.entry.value !== null);
  if (measured.length === 0) return null;

  const values = series.flatMap((s) =>
    s.entry ? [s.entry.objective, s.entry.value ?? s.entry.objective] : [],
  );
  let low = Math.min(...values);
  const high = Math.min(1, Math.max(...values));
  if (high - low < 1e-9) low = Math.max(0, high - 0.01);
  const step = niceStep(high - low);
  // Ticks on multiples of the step, computed from integers so the labels carry no float noise.
  const first = Math.max(0, Math.floor(low / step + 1e-9));
  const last = Math.ceil(high / step - 1e-9);
  const yMin = first * step;
  const yMax = Math.min(1, last * step);

  const plot = {
    x: PLOT.left,
    y: PLOT.top,
    width: WIDTH - PLOT.left - PLOT.right,
    height: HEIGHT - PLOT.top - PLOT.bottom,
    right: WIDTH - PLOT.right,
    bottom: HEIGHT - PLOT.bottom,
  };
  const n = series.length;
  const xAt = (i: number): number => round1(plot.x + (n === 1 ? plot.width / 2 : (i * plot.width) / (n - 1)));
  const yAt = (v: number): number =>
    round1(plot.bottom - ((Math.min(Math.max(v, yMin), yMax) - yMin) / (yMax - yMin || 1)) * plot.height);

  const yTicks: TrendChart["yTicks"] = [];
  for (let k = first; k <= last; k++) {
    const v = Math.min(1, k * step);
    yTicks.push({ y: yAt(v), label: text.percent(v) });
  }

  const segments: string[] = [];
  let current: string[] = [];
  const points: TrendChart["points"] = [];
  const gaps: TrendChart["gaps"] = [];
  const objective: string[] = [];
  series.forEach((s, i) => {
    const x = xAt(i);
    if (s.entry) objective.push(`${x},${yAt(s.entry.objective)}`);
    if (s.entry && s.entry.value !== null) {
      const y = yAt(s.entry.value);
      current.push(`${x},${y}`);
      points.push({
        x,
        y,
        status: s.entry.status,
        period: text.periodLabel(s.period),
        value: text.percent(s.entry.value),
        objective: text.percent(s.entry.objective),
      });
    } else {
      if (current.length > 0) segments.push(current.join(" "));
      current = [];
      gaps.push({ x, y: plot.bottom, period: text.periodLabel(s.period) });
    }
  });
  if (current.length > 0) segments.push(current.join(" "));

  const lastObjective = [...series].reverse().find((s) => s.entry)!.entry!.objective;
  const description = series
    .map((s) => {
      const label = text.periodLabel(s.period);
      if (!s.entry || s.entry.value === null) return t("chart.trend.pointNoData", { period: label });
      return t("chart.trend.point", {
        period: label,
        value: text.percent(s.entry.value),
        status: t(s.entry.status === "met" ? "chart.trend.met" : "chart.trend.breached"),
      });
    })
    .join(t("format.clauseSeparator"));

  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    segments,
    objective: objective.join(" "),
    yTicks,
    xLabels: series.map((s, i) => ({ x: xAt(i), label: text.periodShort(s.period) })),
    points,
    gaps,
    description: t("chart.trend.description", {
      objective: text.percent(lastObjective),
      points: description,
    }),
  };
}
