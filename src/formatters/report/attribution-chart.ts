import type { AttributionReport } from "../../report/report-model.js";
import type { LocaleText } from "../../text/locale-text.js";

/**
 * Geometry of the downtime-by-cause chart (SPEC §17): one horizontal bar per service whose
 * outages took the service down, its length that service's downtime — the part it caused alone
 * solid, the part shared with others hatched — on one scale, the longest bar full width. Text
 * goes through template escaping, in the report's language; the description repeats every
 * figure for screen readers.
 */
export interface AttributionChart {
  width: number;
  height: number;
  bars: {
    y: number;
    mid: number;
    barHeight: number;
    x: number;
    aloneWidth: number;
    sharedX: number;
    sharedWidth: number;
    /** The service, shortened to fit; `name` keeps it whole for `<title>`. */
    label: string;
    name: string;
    /** `<title>` of the bar. */
    title: string;
    value: string;
    valueX: number;
  }[];
  track: { x: number; width: number };
  /** Every figure in words, for `<desc>`. */
  description: string;
}

const WIDTH = 600;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 86;
const ROW = 26;
const TOP = 6;
const BAR = 14;
const MAX_LABEL = 22;

export function attributionChart(
  attribution: AttributionReport | null | undefined,
  text: LocaleText,
): AttributionChart | null {
  const { t } = text;
  const components = attribution?.components ?? [];
  if (components.length === 0) return null;
  const longest = Math.max(...components.map((c) => c.downtime));
  const track = { x: LABEL_WIDTH, width: WIDTH - LABEL_WIDTH - VALUE_WIDTH };
  const widthOf = (seconds: number) =>
    longest > 0 ? Math.round((seconds / longest) * track.width * 10) / 10 : 0;
  const bars = components.map((c, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const aloneWidth = widthOf(c.alone);
    return {
      y,
      mid: y + BAR / 2,
      barHeight: BAR,
      x: track.x,
      aloneWidth,
      sharedX: Math.round((track.x + aloneWidth) * 10) / 10,
      sharedWidth: Math.round((widthOf(c.downtime) - aloneWidth) * 10) / 10,
      label: c.service.length <= MAX_LABEL ? c.service : `${c.service.slice(0, MAX_LABEL - 1)}…`,
      name: c.service,
      title: t("chart.attribution.barTitle", { service: c.service, downtime: text.duration(c.downtime) }),
      value: text.duration(c.downtime),
      valueX: WIDTH - VALUE_WIDTH + 8,
    };
  });
  return {
    width: WIDTH,
    height: TOP + components.length * ROW + 6,
    bars,
    track,
    description: t("chart.attribution.description", {
      bars: components
        .map((c) =>
          t("chart.attribution.bar", {
            service: c.service,
            downtime: text.duration(c.downtime),
            alone: text.duration(c.alone),
            shared: text.duration(c.shared),
          }),
        )
        .join(t("format.clauseSeparator")),
    }),
  };
}
