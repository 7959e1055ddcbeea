import { utcToWall } from "../time/zone.js";

/**
 * Value formatting for reports. Pure and locale-independent (no Intl number or date formats), so
 * the same model renders to the same bytes on every machine.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MINUS = "−";

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Digits with thousands separators: 1234567.891, 2 → "1,234,567.89". */
export function formatNumber(value: unknown, decimals = 0): string {
  if (!isNumber(value)) return "–";
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = value < 0 && Number(fixed) !== 0 ? MINUS : "";
  return sign + grouped + (fraction ? `.${fraction}` : "");
}

/**
 * A fraction as a percentage, truncated (never rounded up) to at most `decimals` places with
 * trailing zeros dropped: 0.9995 → "99.95%", 0.99899999 → "99.899%" (so a breached value never
 * shows as its objective), 1 → "100%".
 */
export function formatPercent(value: unknown, decimals = 3): string {
  if (!isNumber(value)) return "–";
  const scale = 10 ** decimals;
  // The epsilon absorbs float noise (0.999 * 100 = 99.89999999999999) without hiding a real gap.
  const scaled = Math.trunc(value * 100 * scale + (value >= 0 ? 1e-6 : -1e-6));
  const sign = scaled < 0 ? MINUS : "";
  const abs = Math.abs(scaled);
  const whole = Math.trunc(abs / scale);
  const rest =
    decimals > 0
      ? String(abs % scale)
          .padStart(decimals, "0")
          .replace(/0+$/, "")
      : "";
  return `${sign}${formatNumber(whole)}${rest ? `.${rest}` : ""}%`;
}

/**
 * A difference of two fractions in percentage points with its sign: +0.05 pp, −1.2 pp. A tiny
 * non-zero gap shows as "+<0.001 pp" rather than as zero, so the sign always agrees with the status.
 */
export function formatPoints(value: unknown, decimals = 3): string {
  if (!isNumber(value)) return "–";
  if (value === 0) return "±0 pp";
  const sign = value > 0 ? "+" : MINUS;
  const body = formatPercent(Math.abs(value), decimals).slice(0, -1);
  if (/^[0.]+$/.test(body)) return `${sign}<${(10 ** -decimals).toFixed(decimals)} pp`;
  return `${sign}${body} pp`;
}

/** A budget share (1.5 = 150%) as a whole percentage: "150%", "0%"; small non-zero use shows "<1%". */
export function formatBudgetShare(value: unknown): string {
  if (!isNumber(value)) return "–";
  if (value > 0 && value < 0.01) return "<1%";
  return `${formatNumber(Math.round(value * 100))}%`;
}

const UNITS: [string, number][] = [
  ["d", 86_400],
  ["h", 3_600],
  ["m", 60],
  ["s", 1],
];

/**
 * Seconds as a human duration with the `units` largest units: 5400 → "1h 30m", 93784 → "1d 2h",
 * 0.5 → "500ms", 0 → "0s". The value is rounded to the smallest unit shown.
 */
export function formatDuration(seconds: unknown, units = 2): string {
  if (!isNumber(seconds)) return "–";
  const sign = seconds < 0 ? MINUS : "";
  const abs = Math.abs(seconds);
  if (abs === 0) return "0s";
  if (abs < 1) return `${sign}${Math.round(abs * 1000)}ms`;
  const largest = (s: number): number => UNITS.findIndex(([, size]) => s >= size);
  const last = Math.min(largest(abs) + Math.max(1, units) - 1, UNITS.length - 1);
  const smallest = UNITS[last]![1];
  // Rounding may carry into a larger unit (59.6s → 1m), so the first unit is chosen afterwards.
  let rest = Math.round(abs / smallest) * smallest;
  const parts: string[] = [];
  for (const [unit, size] of UNITS.slice(largest(rest), last + 1)) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return sign + parts.join(" ");
}

/**
 * A threshold for people: seconds as a duration, or the business days of a `bd` threshold as
 * written ("2bd" → "2 business days").
 */
export function formatThreshold(seconds: number | null, text: string | null): string {
  const bd = text === null ? null : /^(\d+)\s*bd$/.exec(text);
  if (bd) return `${bd[1]} business day${bd[1] === "1" ? "" : "s"}`;
  return formatDuration(seconds);
}

/** A money amount with its ISO code: ("EUR", 1200) → "EUR 1,200.00". */
export function formatCurrency(amount: unknown, currency: unknown): string {
  if (!isNumber(amount)) return "–";
  const code = typeof currency === "string" && currency !== "" ? currency : null;
  const text = formatNumber(amount, code !== null && ZERO_DECIMAL.has(code) ? 0 : 2);
  return code === null ? text : `${code} ${text}`;
}

/** ISO 4217 currencies without minor units (the common ones). */
const ZERO_DECIMAL = new Set(["JPY", "KRW", "CLP", "ISK", "VND", "XAF", "XOF", "PYG", "UGX"]);

export type DateStyle = "datetime" | "date" | "time" | "long" | "month";

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallParts(instant: string, timezone: string): WallParts | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  let wallMs: number;
  try {
    wallMs = utcToWall(timezone, ms);
  } catch {
    wallMs = ms; // an unknown zone name: show UTC rather than fail the whole report
  }
  const wall = new Date(wallMs);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * An ISO instant shown on the wall clock of `timezone`: "2024-05-14 09:32" (datetime), "2024-05-14"
 * (date), "09:32" (time), "14 May 2024" (long), "May 2024" (month). Anything unparseable is
 * returned unchanged (the template engine still escapes it).
 */
export function formatDate(instant: unknown, timezone: string, style: DateStyle = "datetime"): string {
  if (typeof instant !== "string") return "–";
  const p = wallParts(instant, timezone);
  if (p === null) return instant;
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}`;
  switch (style) {
    case "date":
      return date;
    case "time":
      return time;
    case "long":
      return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
    case "month":
      return `${MONTHS[p.month - 1]} ${p.year}`;
    default:
      return `${date} ${time}`;
  }
}

/** An inclusive date range from an inclusive start and an exclusive end: "1 May 2024 – 31 May 2024". */
export function formatDateRange(start: unknown, end: unknown, timezone: string): string {
  if (typeof start !== "string" || typeof end !== "string") return "–";
  const endMs = Date.parse(end);
  if (Number.isNaN(endMs)) return `${formatDate(start, timezone, "long")} – ${end}`;
  const lastInstant = new Date(endMs - 1).toISOString();
  return `${formatDate(start, timezone, "long")} – ${formatDate(lastInstant, timezone, "long")}`;
}

/** A period label as words: "2024-05" → "May 2024", "2024-Q2" → "Q2 2024"; ranges stay as given. */
export function formatPeriodLabel(label: unknown): string {
  if (typeof label !== "string") return "–";
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) {
    const name = MONTHS[Number(month[2]) - 1];
    return name ? `${name} ${month[1]}` : label;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return label.replace("..", " – ");
}

/** Short axis label for a period: "2024-05" → "May 24", "2024-Q2" → "Q2 24", "2024" stays. */
export function formatPeriodShort(label: unknown): string {
  if (typeof label !== "string") return "–";
  const month = /^\d{2}(\d{2})-(\d{2})$/.exec(label);
  if (month) {
    const name = MONTHS[Number(month[2]) - 1];
    return name ? `${name.slice(0, 3)} ${month[1]}` : label;
  }
  const quarter = /^\d{2}(\d{2})-Q([1-4])$/.exec(label);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (range) return range[1]!.slice(5);
  return label;
}

/**
 * A ticket or outage clock as the report's prose writes it: to the minute ("1h 30m", "2d 3h 5m"),
 * or in seconds below half a minute ("45s").
 */
export function formatClock(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return minutes < 1 ? formatDuration(seconds) : formatDuration(minutes * 60, 3);
}
