import type { TargetReport } from "../../report/report-model.js";
import type { LocaleText } from "../../text/locale-text.js";

/**
 * Geometry of the error-budget burn chart: one horizontal bar per target showing the share of its
 * error budget consumed, with a reference line at 100%. Text goes through template escaping.
 */
export type BudgetTone = "ok" | "warn" | "minor" | "major" | "critical" | "none";

export interface BudgetChart {
  width: number;
  height: number;
  bars: {
    x: number;
    y: number;
    /** Row centre, for text baselines. */
    mid: number;
    width: number;
    barHeight: number;
    /** The target name, shortened to fit; `name` keeps the full name for `<title>`. */
    label: string;
    name: string;
    value: string;
    valueX: number;
    tone: BudgetTone;
    /** The bar is longer than the scale and has been cut. */
    clipped: boolean;
  }[];
  track: { x: number; width: number };
  reference: { x: number; y1: number; y2: number; label: string };
  scale: { x: number; label: string }[];
  description: string;
}

const WIDTH = 600;
const LABEL_WIDTH = 160;
const VALUE_WIDTH = 76;
const ROW = 28;
const TOP = 22;
const BAR = 14;
const MAX_LABEL = 24;

function tone(target: TargetReport): BudgetTone {
  if (target.status === "breached") return target.severity ?? "critical";
  if (target.status === "no-data" || target.budget.consumed === null) return "none";
  return target.budget.consumed >= 0.8 ? "warn" : "ok";
}

function shorten(name: string): string {
  return name.length <= MAX_LABEL ? name : `${name.slice(0, MAX_LABEL - 1)}…`;
}

export function budgetChart(targets: TargetReport[], text: LocaleText): BudgetChart | null {
  const { t } = text;
  if (targets.length === 0) return null;
  const consumed = targets.map((t) => t.budget.consumed ?? 0);
  // Scale to 200% at least (so 100% sits mid-way) and at most 400% (longer bars are cut).
  const max = Math.min(4, Math.max(2, Math.ceil(Math.max(...consumed) * 2) / 2));
  const track = { x: LABEL_WIDTH, width: WIDTH - LABEL_WIDTH - VALUE_WIDTH };
  const xAt = (share: number): number =>
    Math.round((track.x + (Math.min(share, max) / max) * track.width) * 10) / 10;
  const bars = targets.map((target, i) => {
    const share = target.budget.consumed;
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    // A breach with no budget at all (objective 100%): the whole scale, marked as cut.
    const overrun = share === null && target.status === "breached";
    const end = overrun ? xAt(max) : share === null ? track.x : xAt(share);
    return {
      x: track.x,
      y,
      mid: y + BAR / 2,
      width: Math.round((end - track.x) * 10) / 10,
      barHeight: BAR,
      label: shorten(target.name),
      name: target.name,
      value:
        target.status === "no-data"
          ? t("chart.budget.noData")
          : overrun
            ? t("chart.budget.noBudget")
            : share === null
              ? t("chart.budget.notApplicable")
              : text.budgetShare(share),
      valueX: WIDTH - VALUE_WIDTH + 8,
      tone: tone(target),
      clipped: overrun || (share !== null && share > max),
    };
  });
  const height = TOP + targets.length * ROW + 8;
  const scale: BudgetChart["scale"] = [];
  for (let s = 0; s <= max + 1e-9; s += max <= 2 ? 0.5 : 1)
    scale.push({ x: xAt(s), label: text.budgetShare(Math.round(s * 100) / 100) });
  const description = bars
    .map((b) => t("chart.budget.bar", { target: b.name, value: b.value }))
    .join(t("format.clauseSeparator"));
  return {
    width: WIDTH,
    height,
    bars,
    track,
    reference: { x: xAt(1), y1: TOP - 4, y2: height - 6, label: t("chart.budget.reference") },
    scale,
    description: t("chart.budget.description", { bars: description }),
  };
}
