import { isLocale, type Locale } from "../core/locale.js";
import type { Severity } from "../core/severity.js";

/** A rule's level in `rules:` of the config: a severity, or off. */
export type RuleLevel = Severity | "off";
export const RULE_LEVELS: readonly RuleLevel[] = ["off", "info", "warning", "error"];

/** `slm.config.yaml`: where the agreements are, where reports go, and how loud each rule is. */
export interface SlmConfig {
  include: string[];
  exclude: string[];
  /** `locale`: the reports' language when neither `--locale` nor the agreement names one (SPEC §18). */
  reports: { out: string; format: "md" | "html" | "json"; trend: number; locale?: Locale };
  /** Diagnostic code → level, as written (checked against the codes in model/rule-settings.ts). */
  rules: Record<string, RuleLevel>;
}

/** The names the repository's config may have, looked for in this order (both at once is an error). */
export const CONFIG_FILES = ["slm.config.yaml", "slm.config.yml"] as const;
export const CONFIG_FILE = CONFIG_FILES[0];
export const DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
export const DEFAULT_EXCLUDE = ["reports/**", "node_modules/**", ".github/**"];
/** Never agreement files, whatever the config says. */
/** A nested `slm.config.yaml` belongs to another repository and is no agreement document. */
export const BUILT_IN_IGNORES = [
  "**/node_modules/**",
  "**/.git/**",
  "**/dist/**",
  ...CONFIG_FILES.map((name) => `**/${name}`),
];

export function defaultConfig(): SlmConfig {
  return {
    include: [...DEFAULT_INCLUDE],
    exclude: [...DEFAULT_EXCLUDE],
    reports: { out: "reports", format: "md", trend: 6 },
    rules: {},
  };
}

/** Applies the (schema-checked) config document over the defaults; wrong-typed fields are ignored here. */
export function resolveConfig(raw: unknown): SlmConfig {
  const config = defaultConfig();
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return config;
  const r = raw as Record<string, unknown>;
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.every((s) => typeof s === "string") ? (v as string[]) : undefined;
  config.include = strings(r.include) ?? config.include;
  config.exclude = strings(r.exclude) ?? config.exclude;
  const reports = r.reports as Record<string, unknown> | undefined;
  if (reports && typeof reports === "object") {
    if (typeof reports.out === "string") config.reports.out = reports.out;
    if (reports.format === "md" || reports.format === "html" || reports.format === "json") {
      config.reports.format = reports.format;
    }
    if (typeof reports.trend === "number" && Number.isInteger(reports.trend) && reports.trend >= 0) {
      config.reports.trend = reports.trend;
    }
    if (isLocale(reports.locale)) config.reports.locale = reports.locale;
  }
  const rules = r.rules;
  if (rules && typeof rules === "object" && !Array.isArray(rules)) {
    for (const [code, level] of Object.entries(rules)) {
      if ((RULE_LEVELS as readonly unknown[]).includes(level)) config.rules[code] = level as RuleLevel;
    }
  }
  return config;
}
