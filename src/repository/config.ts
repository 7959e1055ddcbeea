import { isLocale, type Locale } from "../core/locale.js";

/** `slm.config.yaml`: where the agreements are and where reports go. */
export interface SlmConfig {
  include: string[];
  exclude: string[];
  /** `locale`: the reports' language when neither `--locale` nor the agreement names one (SPEC §18). */
  reports: { out: string; format: "md" | "html" | "json"; trend: number; locale?: Locale };
}

export const CONFIG_FILE = "slm.config.yaml";
export const DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
export const DEFAULT_EXCLUDE = ["reports/**", "node_modules/**", ".github/**"];
/** Never agreement files, whatever the config says. */
/** A nested `slm.config.yaml` belongs to another repository and is no agreement document. */
export const BUILT_IN_IGNORES = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/slm.config.yaml"];

export function defaultConfig(): SlmConfig {
  return {
    include: [...DEFAULT_INCLUDE],
    exclude: [...DEFAULT_EXCLUDE],
    reports: { out: "reports", format: "md", trend: 6 },
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
  return config;
}
