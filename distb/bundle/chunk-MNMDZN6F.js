import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/time/locale-names.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var cache = /* @__PURE__ */ new Map();
function fileName(code) {
  const [language, region] = code.replace("_", "-").split("-");
  if (region === void 0)
    return language.toLowerCase() === "en" ? "en-US" : language.toLowerCase();
  return `${language.toLowerCase()}-${region.length === 2 ? region.toUpperCase() : region}`;
}
function load(code) {
  try {
    const module = require2(`date-fns/locale/${fileName(code)}`);
    return Object.values(module).find((v) => v && typeof v === "object" && "localize" in v);
  } catch {
    return void 0;
  }
}
function isLocale(code) {
  return /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/.test(code) && load(code) !== void 0;
}
function localeNames(code = "en") {
  let names = cache.get(code);
  if (names)
    return names;
  const locale = load(code) ?? load("en");
  const localize = locale.localize;
  const spell = (forms) => {
    const out = /* @__PURE__ */ new Set();
    for (const form of forms) {
      const lower = form.toLowerCase();
      out.add(lower);
      out.add(lower.replace(/\.$/, ""));
    }
    return out;
  };
  const monthSets = Array.from({ length: 12 }, (_, m) => {
    const forms = spell([
      localize.month(m, { width: "abbreviated" }),
      localize.month(m, { width: "wide" }),
      localize.month(m, { width: "abbreviated", context: "standalone" }),
      localize.month(m, { width: "wide", context: "standalone" })
    ]);
    for (const form of [...forms])
      for (let n = 3; n < form.length; n++)
        forms.add(form.slice(0, n));
    return forms;
  });
  const owners = /* @__PURE__ */ new Map();
  monthSets.forEach((set) => {
    for (const form of set)
      owners.set(form, (owners.get(form) ?? 0) + 1);
  });
  const byLength = (a, b) => b.length - a.length;
  const months = monthSets.map((set) => [...set].filter((f) => owners.get(f) === 1 && f !== "").sort(byLength));
  const weekdays = [
    ...spell(Array.from({ length: 7 }, (_, d) => [
      localize.day(d, { width: "abbreviated" }),
      localize.day(d, { width: "wide" }),
      localize.day(d, { width: "short" })
    ]).flat())
  ].filter((f) => f !== "").sort(byLength);
  const period = (p, latin) => [
    .../* @__PURE__ */ new Set([
      ...latin,
      ...spell(["abbreviated", "narrow", "wide"].map((width) => localize.dayPeriod(p, { width })))
    ])
  ].filter((f) => f !== "").sort(byLength);
  names = { months, weekdays, am: period("am", ["am", "a.m."]), pm: period("pm", ["pm", "p.m."]) };
  cache.set(code, names);
  return names;
}

export {
  isLocale,
  localeNames
};
