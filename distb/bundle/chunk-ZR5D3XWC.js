import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/locale.js
var LOCALES = ["en", "de", "zh-CN"];
var DEFAULT_LOCALE = "en";
function isLocale(value) {
  return typeof value === "string" && LOCALES.includes(value);
}
function reportLocale(option, agreement, config) {
  return option ?? agreement ?? config ?? DEFAULT_LOCALE;
}

export {
  LOCALES,
  DEFAULT_LOCALE,
  isLocale,
  reportLocale
};
