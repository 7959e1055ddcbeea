import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/text/control-characters.js
var CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var CONTROLS_AND_LINE_BREAKS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
var ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
var NAMED = { "\n": "\\n", "\r": "\\r" };
function escapeOne(c) {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function visibleControls(text) {
  return ANY_CONTROL.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}
function oneLine(text) {
  return text.replace(CONTROLS_AND_LINE_BREAKS, escapeOne);
}
var LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
function documentLine(text) {
  return visibleControls(text.replace(LINE_BREAKS, " "));
}
var OWN_SGR = /* @__PURE__ */ new Set([0, 1, 2, 3, 4, 22, 23, 24, 31, 32, 33, 34, 35, 36, 39, 90, 91, 92, 93, 94, 95, 96]);
var SGR = /\u001b\[([0-9;]*)m/g;
function terminalText(text, options) {
  if (!ANY_CONTROL.test(text))
    return text;
  if (!options.colour)
    return text.replace(CONTROLS, escapeOne);
  let out = "";
  let last = 0;
  for (const match of text.matchAll(SGR)) {
    const params = match[1] === "" ? [0] : match[1].split(";").map(Number);
    if (!params.every((p) => OWN_SGR.has(p)))
      continue;
    out += text.slice(last, match.index).replace(CONTROLS, escapeOne) + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(CONTROLS, escapeOne);
}

export {
  visibleControls,
  oneLine,
  documentLine,
  terminalText
};
