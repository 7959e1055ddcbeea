import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";

// dist/core/values/delimiter.js
function parseDelimiter(input) {
  if (typeof input !== "string" || input.length !== 1 || input.charCodeAt(0) > 127)
    return fail(`delimiter ${JSON.stringify(input)} must be a single ASCII character`);
  if (input === '"' || input === "\n" || input === "\r")
    return fail(`delimiter ${JSON.stringify(input)} cannot be a quote or a line break`);
  return ok(input);
}

// dist/core/values/timestamp-format.js
var num = (field, min, max) => ({
  kind: "number",
  field,
  min,
  max
});
var LETTERS = {
  y: (r) => r === "yyyy" ? num("year", 4, 4) : r === "yy" ? num("year2", 2, 2) : r === "y" ? num("year", 1, 4) : `"${r}" is not a year pattern; write yyyy (four digits) or yy (two digits, read as 20yy)`,
  M: (r) => monthToken(r),
  L: (r) => monthToken(r),
  d: (r) => r === "d" ? num("day", 1, 2) : r === "dd" ? num("day", 2, 2) : `"${r}": write d or dd for the day`,
  E: (r) => r.length <= 4 ? { kind: "weekday-name" } : `"${r}" (narrow weekday names) is not supported`,
  H: (r) => r === "H" ? num("hour", 1, 2) : r === "HH" ? num("hour", 2, 2) : `"${r}": write H or HH for the hour`,
  h: (r) => r === "h" ? num("hour12", 1, 2) : r === "hh" ? num("hour12", 2, 2) : `"${r}": write h or hh for the hour (1\u201312)`,
  m: (r) => r === "m" ? num("minute", 1, 2) : r === "mm" ? num("minute", 2, 2) : `"${r}": write m or mm for minutes`,
  s: (r) => r === "s" ? num("second", 1, 2) : r === "ss" ? num("second", 2, 2) : `"${r}": write s or ss for seconds`,
  S: (r) => r.length <= 9 ? num("fraction", r.length, r.length) : `"${r}": at most 9 fraction digits`,
  a: (r) => r.length <= 4 ? { kind: "day-period" } : `"${r}" is not a day period; write a (AM/PM)`,
  t: (r) => r === "t" ? { kind: "epoch", unit: "s" } : `"${r}": write t for seconds since 1970`,
  T: (r) => r === "T" ? { kind: "epoch", unit: "ms" } : `"${r}": write T for milliseconds since 1970`,
  X: (r) => r.length <= 5 ? { kind: "offset", z: true } : `"${r}" is not an offset pattern`,
  x: (r) => r.length <= 5 ? { kind: "offset", z: false } : `"${r}" is not an offset pattern`,
  Y: (r) => `"${r}" is the week-numbering year in date-fns patterns (it differs from the calendar year around New Year); write ${"y".repeat(r.length)}`,
  D: (r) => `"${r}" is the day of the year in date-fns patterns; write ${"d".repeat(Math.min(r.length, 2))} for the day of the month`
};
function monthToken(r) {
  const letter = r[0];
  if (r.length === 1)
    return num("month", 1, 2);
  if (r.length === 2)
    return num("month", 2, 2);
  if (r.length === 3 || r.length === 4)
    return { kind: "month-name" };
  return `"${r}" (narrow month names) is not supported; write ${letter.repeat(3)} or ${letter.repeat(4)}`;
}
var UNSUPPORTED = "GQqwIRuiecbBkKOzPpo";
function parseTimestampFormat(input) {
  if (typeof input !== "string" || input === "")
    return fail('a timestamp format is a date-fns pattern such as "d/M/yyyy H:mm"');
  const tokens = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c === "'") {
      if (input[i + 1] === "'") {
        pushLiteral(tokens, "'");
        i += 2;
        continue;
      }
      let j2 = i + 1;
      let text = "";
      for (; ; ) {
        if (j2 >= input.length)
          return fail(`unclosed quote in timestamp format "${input}"`);
        if (input[j2] === "'") {
          if (input[j2 + 1] === "'") {
            text += "'";
            j2 += 2;
            continue;
          }
          break;
        }
        text += input[j2];
        j2++;
      }
      pushLiteral(tokens, text);
      i = j2 + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      pushLiteral(tokens, c);
      i++;
      continue;
    }
    let j = i;
    while (j < input.length && input[j] === c)
      j++;
    const run = input.slice(i, j);
    const rule = LETTERS[c];
    if (!rule) {
      const why = UNSUPPORTED.includes(c) ? `"${run}" is a date-fns token slm's reader does not support` : `"${c}" is not a date-fns pattern letter (quote literal text: 'T')`;
      return fail(`timestamp format "${input}": ${why}`);
    }
    const token = rule(run);
    if (typeof token === "string")
      return fail(`timestamp format "${input}": ${token}`);
    tokens.push(token);
    i = j;
  }
  const problem = structureProblem(tokens);
  return problem ? fail(`timestamp format "${input}": ${problem}`) : ok(tokens);
}
function pushLiteral(tokens, text) {
  const last = tokens.at(-1);
  if (last?.kind === "literal")
    last.text += text;
  else if (text !== "")
    tokens.push({ kind: "literal", text });
}
function structureProblem(tokens) {
  const seen = /* @__PURE__ */ new Map();
  const key = (t) => {
    if (t.kind === "number")
      return t.field === "year2" ? "year" : t.field === "hour12" ? "hour" : t.field;
    if (t.kind === "month-name")
      return "month";
    if (t.kind === "literal")
      return void 0;
    return t.kind;
  };
  for (const t of tokens) {
    const k = key(t);
    if (k !== void 0)
      seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const [k, n] of seen)
    if (n > 1)
      return `the ${k.replace("-", " ")} appears ${n} times`;
  if (seen.has("epoch")) {
    const others = [...seen.keys()].filter((k) => k !== "epoch");
    return others.length > 0 ? "an epoch (t or T) stands alone; other fields make no sense with it" : void 0;
  }
  const missing = ["year", "month", "day"].filter((k) => !seen.has(k));
  if (missing.length > 0)
    return `it has no ${missing.join(", no ")} (a timestamp needs a whole date)`;
  const twelve = tokens.some((t) => t.kind === "number" && t.field === "hour12");
  if (twelve && !seen.has("day-period"))
    return "h (1\u201312) needs a (AM/PM); write H or HH for 0\u201323";
  if (seen.has("day-period") && !twelve)
    return "a (AM/PM) goes with h (1\u201312), not with H (0\u201323)";
  return void 0;
}

export {
  parseDelimiter,
  parseTimestampFormat
};
