import { IntlMessageFormat } from "intl-messageformat";
import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import { utcToWall } from "../time/zone.js";
import { type Catalogue, catalogue } from "./catalogue.js";

/**
 * Words and numbers for people in one locale: every value a report shows goes through one of
 * these. Numbers, money, dates, month names and lists come from Intl (Node's bundled ICU, so the
 * same Node version gives the same bytes on every machine, whatever its LANG or TZ); the words
 * come from the locale's message catalogue; durations are built here from catalogue units
 * because Intl.DurationFormat is not in Node 20.
 */
export interface LocaleText {
  locale: Locale;
  /** The catalogue's message `key` with `params` filled in (ICU MessageFormat). */
  t(key: string, params?: MessageParams): string;
  /** Whether the catalogue has `key`. */
  has(key: string): boolean;
  /** Digits with the locale's separators: 1,234,567.89 · 1.234.567,89. */
  number(value: unknown, decimals?: number): string;
  /**
   * A fraction as a percentage, truncated (never rounded up) to at most `decimals` places with
   * trailing zeros dropped: 0.99899999 → "99.899%" (a breached value never shows as its objective).
   */
  percent(value: unknown, decimals?: number): string;
  /** A difference of two fractions in percentage points with its sign: +0.05 pp, −1.2 pp, ±0 pp. */
  points(value: unknown, decimals?: number): string;
  /** A budget share (1.5 = 150%) as a whole percentage; small non-zero use shows "<1%". */
  budgetShare(value: unknown): string;
  /** Seconds with the `units` largest units, rounded to the smallest shown: "1h 30m", "4 Std. 30 Min.". */
  duration(seconds: unknown, units?: number): string;
  /** A ticket or outage clock as prose writes it: to the minute, or in seconds below half a minute. */
  clock(seconds: number): string;
  /** A threshold: seconds as a duration, or the business days of a `bd` threshold as written ("2bd"). */
  threshold(seconds: number | null, text: string | null): string;
  /** Money in the locale's way: "EUR 1,200.00", "1.200,00 €", "¥60,000.00". */
  currency(amount: unknown, currency: unknown): string;
  /** An ISO instant on the wall clock of `zone`; anything unparseable is returned unchanged. */
  date(instant: unknown, zone: string, style?: DateStyle): string;
  /** An inclusive date range from an inclusive start and an exclusive end. */
  dateRange(start: unknown, end: unknown, zone: string): string;
  /** A period label in words: "2024-05" → "May 2024", "2024-Q2" → "Q2 2024". */
  periodLabel(label: unknown): string;
  /** A short axis label: "May 24", "Q2 24". */
  periodShort(label: unknown): string;
  /** An epoch-ms instant with the zone's short name: "2024-05-12 02:00 CEST". */
  localTime(ms: number, zone: string): string;
  /** Names joined as the language does: "a, b and c", "a, b und c", "a、b和c". */
  list(items: readonly string[]): string;
  /** Alternatives joined as the language does: "a, b or c", "a, b oder c", "a、b或c". */
  orList(items: readonly string[]): string;
}

export type MessageParams = Record<string, string | number>;
export type DateStyle = "datetime" | "date" | "time" | "long" | "month";

const MINUS = "−";
const EMPTY = "–";

const cache = new Map<Locale, LocaleText>();

/** The words and formats of `locale`, built once per process. */
export function localeText(locale: Locale): LocaleText {
  let text = cache.get(locale);
  if (!text) {
    text = build(catalogue(locale));
    cache.set(locale, text);
  }
  return text;
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallParts(ms: number, zone: string): WallParts {
  let wallMs: number;
  try {
    wallMs = utcToWall(zone, ms);
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

const UNITS: [key: string, seconds: number][] = [
  ["duration.days", 86_400],
  ["duration.hours", 3_600],
  ["duration.minutes", 60],
  ["duration.seconds", 1],
];

function build(cat: Catalogue): LocaleText {
  const { intl, numericDate, currencyDisplay, durationSeparator } = cat.formats;
  const compiled = new Map<string, IntlMessageFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();

  const t = (key: string, params: MessageParams = {}): string => {
    let format = compiled.get(key);
    if (!format) {
      const pattern = cat.messages[key];
      if (pattern === undefined) throw new Error(`unknown message key "${key}" (locale ${cat.locale})`);
      format = new IntlMessageFormat(pattern, intl);
      compiled.set(key, format);
    }
    const out = format.format(params);
    return Array.isArray(out) ? out.join("") : String(out);
  };

  /** Intl's digits with the true minus sign (U+2212) of the report's typography. */
  const intlNumber = (value: number, options: Intl.NumberFormatOptions): string => {
    const id = JSON.stringify(options);
    let nf = numberFormats.get(id);
    if (!nf) {
      nf = new Intl.NumberFormat(intl, { signDisplay: "negative", ...options });
      numberFormats.set(id, nf);
    }
    return nf
      .formatToParts(value)
      .map((p) => (p.type === "minusSign" ? MINUS : p.value))
      .join("");
  };

  const number = (value: unknown, decimals = 0): string =>
    isNumber(value)
      ? intlNumber(value, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      : EMPTY;

  /** The percentage truncated exactly (integer arithmetic), then written by Intl. */
  const percentOf = (value: number, decimals: number): string => {
    const scale = 10 ** decimals;
    // The epsilon absorbs float noise (0.999 * 100 = 99.89999999999999) without hiding a real gap.
    const scaled = Math.trunc(value * 100 * scale + (value >= 0 ? 1e-6 : -1e-6));
    return intlNumber(scaled / (scale * 100), { style: "percent", maximumFractionDigits: decimals });
  };

  const percent = (value: unknown, decimals = 3): string =>
    isNumber(value) ? percentOf(value, decimals) : EMPTY;

  const points = (value: unknown, decimals = 3): string => {
    if (!isNumber(value)) return EMPTY;
    if (value === 0) return t("format.points", { value: `±${number(0)}` });
    const sign = value > 0 ? "+" : MINUS;
    const scaled = Math.trunc(Math.abs(value) * 100 * 10 ** decimals + 1e-6);
    if (scaled === 0) return t("format.points", { value: `${sign}<${number(10 ** -decimals, decimals)}` });
    const body = intlNumber(scaled / 10 ** decimals, { maximumFractionDigits: decimals });
    return t("format.points", { value: `${sign}${body}` });
  };

  const budgetShare = (value: unknown): string => {
    if (!isNumber(value)) return EMPTY;
    if (value > 0 && value < 0.01) return `<${intlNumber(0.01, { style: "percent" })}`;
    return intlNumber(Math.round(value * 100) / 100, { style: "percent", maximumFractionDigits: 0 });
  };

  const duration = (seconds: unknown, units = 2): string => {
    if (!isNumber(seconds)) return EMPTY;
    const sign = seconds < 0 ? MINUS : "";
    const abs = Math.abs(seconds);
    if (abs === 0) return t("duration.seconds", { n: number(0) });
    if (abs < 1) return sign + t("duration.milliseconds", { n: number(Math.round(abs * 1000)) });
    const largest = (s: number): number => UNITS.findIndex(([, size]) => s >= size);
    const last = Math.min(largest(abs) + Math.max(1, units) - 1, UNITS.length - 1);
    const smallest = UNITS[last]![1];
    // Rounding may carry into a larger unit (59.6s → 1m), so the first unit is chosen afterwards.
    let rest = Math.round(abs / smallest) * smallest;
    const parts: string[] = [];
    for (const [key, size] of UNITS.slice(largest(rest), last + 1)) {
      const count = Math.floor(rest / size);
      rest -= count * size;
      if (count > 0) parts.push(t(key, { n: number(count) }));
    }
    return sign + parts.join(durationSeparator);
  };

  const clock = (seconds: number): string => {
    const minutes = Math.round(seconds / 60);
    return minutes < 1 ? duration(seconds) : duration(minutes * 60, 3);
  };

  const threshold = (seconds: number | null, text: string | null): string => {
    const bd = text === null ? null : /^(\d+)\s*bd$/.exec(text);
    if (bd) return t("format.businessDays", { n: Number(bd[1]) });
    return duration(seconds);
  };

  const currency = (amount: unknown, code: unknown): string => {
    if (!isNumber(amount)) return EMPTY;
    if (typeof code !== "string" || code === "") return number(amount, 2);
    try {
      const text = intlNumber(amount, { style: "currency", currency: code, currencyDisplay });
      // The ISO code reads as a word: a plain space keeps the text the same in JSON sentences.
      return currencyDisplay === "code" ? text.replace(/\u00a0/g, " ") : text;
    } catch {
      return `${code} ${number(amount, 2)}`; // not a currency code Intl accepts
    }
  };

  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  /** Intl on a civil date: the wall-clock parts as a UTC date, so no zone rule applies twice. */
  const civil = (p: { year: number; month: number; day: number }, options: Intl.DateTimeFormatOptions) => {
    const id = JSON.stringify(options);
    let df = dateFormats.get(id);
    if (!df) {
      df = new Intl.DateTimeFormat(intl, { ...options, timeZone: "UTC" });
      dateFormats.set(id, df);
    }
    return df.format(new Date(Date.UTC(p.year, p.month - 1, p.day)));
  };
  const numeric = (p: WallParts): string =>
    numericDate === "iso"
      ? `${p.year}-${pad(p.month)}-${pad(p.day)}`
      : civil(p, { year: "numeric", month: "2-digit", day: "2-digit" });
  const longDate = (p: WallParts): string => civil(p, { year: "numeric", month: "long", day: "numeric" });
  const monthName = (year: number, month: number): string =>
    civil({ year, month, day: 1 }, { year: "numeric", month: "long" });

  const date = (instant: unknown, zone: string, style: DateStyle = "datetime"): string => {
    if (typeof instant !== "string") return EMPTY;
    const ms = Date.parse(instant);
    if (Number.isNaN(ms)) return instant;
    const p = wallParts(ms, zone);
    const time = `${pad(p.hour)}:${pad(p.minute)}`;
    switch (style) {
      case "date":
        return numeric(p);
      case "time":
        return time;
      case "long":
        return longDate(p);
      case "month":
        return monthName(p.year, p.month);
      default:
        return `${numeric(p)} ${time}`;
    }
  };

  const dateRange = (start: unknown, end: unknown, zone: string): string => {
    if (typeof start !== "string" || typeof end !== "string") return EMPTY;
    const endMs = Date.parse(end);
    const from = date(start, zone, "long");
    if (Number.isNaN(endMs)) return t("format.range", { start: from, end });
    return t("format.range", { start: from, end: date(new Date(endMs - 1).toISOString(), zone, "long") });
  };

  const periodLabel = (label: unknown): string => {
    if (typeof label !== "string") return EMPTY;
    const month = /^(\d{4})-(\d{2})$/.exec(label);
    if (month) {
      const m = Number(month[2]);
      return m >= 1 && m <= 12 ? monthName(Number(month[1]), m) : label;
    }
    const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
    if (quarter) return t("period.quarter", { year: quarter[1]!, quarter: quarter[2]! });
    if (/^\d{4}$/.test(label)) return t("period.year", { year: label });
    const range = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/.exec(label);
    if (range) {
      const day = (i: number) => ({
        year: Number(range[i]),
        month: Number(range[i + 1]),
        day: Number(range[i + 2]),
        hour: 0,
        minute: 0,
      });
      return t("format.range", { start: numeric(day(1)), end: numeric(day(4)) });
    }
    return label;
  };

  const periodShort = (label: unknown): string => {
    if (typeof label !== "string") return EMPTY;
    const month = /^(\d{4})-(\d{2})$/.exec(label);
    if (month) {
      const m = Number(month[2]);
      return m >= 1 && m <= 12
        ? civil({ year: Number(month[1]), month: m, day: 1 }, { month: "short", year: "2-digit" })
        : label;
    }
    const quarter = /^\d{2}(\d{2})-Q([1-4])$/.exec(label);
    if (quarter) return t("period.quarterShort", { year: quarter[1]!, quarter: quarter[2]! });
    const range = /^(\d{4})-(\d{2})-(\d{2})\.\.\d{4}-\d{2}-\d{2}$/.exec(label);
    if (range) {
      return numericDate === "iso"
        ? `${range[2]}-${range[3]}`
        : civil(
            { year: Number(range[1]), month: Number(range[2]), day: Number(range[3]) },
            { month: "2-digit", day: "2-digit" },
          );
    }
    return label;
  };

  const zoneNames = new Map<string, Intl.DateTimeFormat | null>();
  const localTime = (ms: number, zone: string): string => {
    const p = wallParts(ms, zone);
    const wall = `${numeric(p)} ${pad(p.hour)}:${pad(p.minute)}`;
    let df = zoneNames.get(zone);
    if (df === undefined) {
      try {
        df = new Intl.DateTimeFormat(intl, { timeZone: zone, timeZoneName: "short" });
      } catch {
        df = null;
      }
      zoneNames.set(zone, df);
    }
    const name = df?.formatToParts(new Date(ms)).find((part) => part.type === "timeZoneName")?.value;
    return name ? `${wall} ${name}` : wall;
  };

  const lists = new Intl.ListFormat(intl, { style: "long", type: "conjunction" });
  const list = (items: readonly string[]): string => lists.format(items);
  const alternatives = new Intl.ListFormat(intl, { style: "long", type: "disjunction" });
  const orList = (items: readonly string[]): string => alternatives.format(items);

  return {
    locale: cat.locale,
    t,
    has: (key) => Object.hasOwn(cat.messages, key),
    number,
    percent,
    points,
    budgetShare,
    duration,
    clock,
    threshold,
    currency,
    date,
    dateRange,
    periodLabel,
    periodShort,
    localTime,
    list,
    orList,
  };
}

/** English, the language of the JSON model's words (`sentence`, `causes`, `notes`) and of terminals. */
export function englishText(): LocaleText {
  return localeText(DEFAULT_LOCALE);
}
