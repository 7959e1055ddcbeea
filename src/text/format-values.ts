import { DEFAULT_LOCALE } from "../core/locale.js";
import { type DateStyle, localeText } from "./locale-text.js";

/**
 * The English formats of text/locale-text.ts as plain functions, for code that writes English
 * whatever the report's locale (the JSON model's `sentence`, `causes` and `notes`, terminal output).
 * A report in another language formats through `localeText(locale)`.
 */
export type { DateStyle };

const en = () => localeText(DEFAULT_LOCALE);

/** Digits with thousands separators: 1234567.891, 2 → "1,234,567.89". */
export const formatNumber = (value: unknown, decimals = 0): string => en().number(value, decimals);

/** A fraction as a truncated percentage: 0.9995 → "99.95%", 0.99899999 → "99.899%", 1 → "100%". */
export const formatPercent = (value: unknown, decimals = 3): string => en().percent(value, decimals);

/** Percentage points with their sign: +0.05 pp, −1.2 pp, ±0 pp, −<0.001 pp. */
export const formatPoints = (value: unknown, decimals = 3): string => en().points(value, decimals);

/** A budget share (1.5 = 150%) as a whole percentage: "150%", "0%", "<1%". */
export const formatBudgetShare = (value: unknown): string => en().budgetShare(value);

/** Seconds as a human duration with the `units` largest units: 5400 → "1h 30m", 0.5 → "500ms". */
export const formatDuration = (seconds: unknown, units = 2): string => en().duration(seconds, units);

/** A threshold: seconds as a duration, or business days as written ("2bd" → "2 business days"). */
export const formatThreshold = (seconds: number | null, text: string | null): string =>
  en().threshold(seconds, text);

/** A money amount with its ISO code: ("EUR", 1200) → "EUR 1,200.00". */
export const formatCurrency = (amount: unknown, currency: unknown): string => en().currency(amount, currency);

/** An ISO instant on the wall clock of `timezone`: "2024-05-14 09:32", "14 May 2024", "May 2024". */
export const formatDate = (instant: unknown, timezone: string, style: DateStyle = "datetime"): string =>
  en().date(instant, timezone, style);

/** An inclusive date range from an inclusive start and an exclusive end: "1 May 2024 – 31 May 2024". */
export const formatDateRange = (start: unknown, end: unknown, timezone: string): string =>
  en().dateRange(start, end, timezone);

/** A period label as words: "2024-05" → "May 2024", "2024-Q2" → "Q2 2024". */
export const formatPeriodLabel = (label: unknown): string => en().periodLabel(label);

/** Short axis label for a period: "2024-05" → "May 24", "2024-Q2" → "Q2 24". */
export const formatPeriodShort = (label: unknown): string => en().periodShort(label);

/** A ticket or outage clock as the report's prose writes it: "1h 30m", "2d 3h 5m", "45s". */
export const formatClock = (seconds: number): string => en().clock(seconds);
