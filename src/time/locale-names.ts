import { createRequire } from "node:module";
import type { Locale } from "date-fns";

/**
 * Month, weekday and AM/PM names of a date-fns locale (SPEC §12 `locale`), for the compiled
 * timestamp parser. Only the one locale asked for is loaded (all of them take 0.2 s to import).
 */
export interface LocaleNames {
  /** Lower-case spellings accepted for each month (index 0 = January), longest first. */
  months: string[][];
  /** Lower-case spellings of weekday names (read and ignored). */
  weekdays: string[];
  am: string[];
  pm: string[];
}

const require = createRequire(import.meta.url);
const cache = new Map<string, LocaleNames>();

/** date-fns names its locale files `de`, `en-GB`, `zh-CN`; `en` means `en-US`. */
function fileName(code: string): string {
  const [language, region] = code.replace("_", "-").split("-");
  if (region === undefined) return language!.toLowerCase() === "en" ? "en-US" : language!.toLowerCase();
  return `${language!.toLowerCase()}-${region.length === 2 ? region.toUpperCase() : region}`;
}

function load(code: string): Locale | undefined {
  try {
    const module = require(`date-fns/locale/${fileName(code)}`) as Record<string, Locale>;
    return Object.values(module).find((v) => v && typeof v === "object" && "localize" in v);
  } catch {
    return undefined;
  }
}

export function isLocale(code: string): boolean {
  return /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/.test(code) && load(code) !== undefined;
}

/**
 * Accepted spellings: each name as the locale writes it (abbreviated and wide), with and without a
 * trailing dot, and every prefix of three or more letters that no other month shares — exports
 * are not consistent (Jira writes `Sep`, others `Sept`, German `Okt` or `Okt.`).
 */
export function localeNames(code = "en"): LocaleNames {
  let names = cache.get(code);
  if (names) return names;
  const locale = load(code) ?? load("en")!;
  const localize = locale.localize;
  const spell = (forms: string[]) => {
    const out = new Set<string>();
    for (const form of forms) {
      const lower = form.toLowerCase();
      out.add(lower);
      out.add(lower.replace(/\.$/, ""));
    }
    return out;
  };
  const monthSets = Array.from({ length: 12 }, (_, m) => {
    const forms = spell([
      localize.month(m as never, { width: "abbreviated" }),
      localize.month(m as never, { width: "wide" }),
      localize.month(m as never, { width: "abbreviated", context: "standalone" }),
      localize.month(m as never, { width: "wide", context: "standalone" }),
    ]);
    for (const form of [...forms]) for (let n = 3; n < form.length; n++) forms.add(form.slice(0, n));
    return forms;
  });
  // A spelling two months share says nothing (French "jui" for juin and juillet): dropped.
  const owners = new Map<string, number>();
  monthSets.forEach((set) => {
    for (const form of set) owners.set(form, (owners.get(form) ?? 0) + 1);
  });
  const byLength = (a: string, b: string) => b.length - a.length;
  const months = monthSets.map((set) =>
    [...set].filter((f) => owners.get(f) === 1 && f !== "").sort(byLength),
  );
  const weekdays = [
    ...spell(
      Array.from({ length: 7 }, (_, d) => [
        localize.day(d as never, { width: "abbreviated" }),
        localize.day(d as never, { width: "wide" }),
        localize.day(d as never, { width: "short" }),
      ]).flat(),
    ),
  ]
    .filter((f) => f !== "")
    .sort(byLength);
  const period = (p: "am" | "pm", latin: string[]) =>
    [
      ...new Set([
        ...latin,
        ...spell(
          (["abbreviated", "narrow", "wide"] as const).map((width) => localize.dayPeriod(p, { width })),
        ),
      ]),
    ]
      .filter((f) => f !== "")
      .sort(byLength);
  names = { months, weekdays, am: period("am", ["am", "a.m."]), pm: period("pm", ["pm", "p.m."]) };
  cache.set(code, names);
  return names;
}
