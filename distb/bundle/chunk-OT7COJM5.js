import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  isLocale
} from "./chunk-ZR5D3XWC.js";

// dist/repository/config.js
var RULE_LEVELS = ["off", "info", "warning", "error"];
var CONFIG_FILES = ["slm.config.yaml", "slm.config.yml"];
var CONFIG_FILE = CONFIG_FILES[0];
var DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
var DEFAULT_EXCLUDE = ["reports/**", "node_modules/**", ".github/**"];
var BUILT_IN_IGNORES = [
  "**/node_modules/**",
  "**/.git/**",
  "**/dist/**",
  ...CONFIG_FILES.map((name) => `**/${name}`)
];
function defaultConfig() {
  return {
    include: [...DEFAULT_INCLUDE],
    exclude: [...DEFAULT_EXCLUDE],
    reports: { out: "reports", format: "md", trend: 6 },
    rules: {}
  };
}
function resolveConfig(raw) {
  const config = defaultConfig();
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    return config;
  const r = raw;
  const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string") ? v : void 0;
  config.include = strings(r.include) ?? config.include;
  config.exclude = strings(r.exclude) ?? config.exclude;
  const reports = r.reports;
  if (reports && typeof reports === "object") {
    if (typeof reports.out === "string")
      config.reports.out = reports.out;
    if (reports.format === "md" || reports.format === "html" || reports.format === "json") {
      config.reports.format = reports.format;
    }
    if (typeof reports.trend === "number" && Number.isInteger(reports.trend) && reports.trend >= 0) {
      config.reports.trend = reports.trend;
    }
    if (isLocale(reports.locale))
      config.reports.locale = reports.locale;
  }
  const rules = r.rules;
  if (rules && typeof rules === "object" && !Array.isArray(rules)) {
    for (const [code, level] of Object.entries(rules)) {
      if (RULE_LEVELS.includes(level))
        config.rules[code] = level;
    }
  }
  return config;
}

export {
  CONFIG_FILES,
  BUILT_IN_IGNORES,
  defaultConfig,
  resolveConfig
};
