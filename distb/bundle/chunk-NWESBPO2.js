import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/completion/completion-spec.js
function quote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function summary(text) {
  return text.split("\n")[0].replace(/[:[\]]/g, " ").replace(/\s+/g, " ").trim();
}
function valuedFlags(spec) {
  const options = [...spec.globalOptions, ...spec.commands.flatMap((c) => c.options)];
  return [...new Set(options.filter((o) => o.value).flatMap((o) => o.flags))];
}
function valueCaseArms(spec, complete) {
  const arms = [];
  const arm = (pattern, value) => arms.push(`    ${pattern}) ${complete(value)}; return ;;`);
  for (const o of spec.globalOptions)
    if (o.value)
      arm(o.flags.map((f) => `*:${f}`).join("|"), o.value);
  for (const c of spec.commands) {
    for (const o of c.options)
      if (o.value)
        arm(o.flags.map((f) => quote(`${c.path.join(" ")}:${f}`)).join("|"), o.value);
  }
  return arms;
}

export {
  quote,
  summary,
  valuedFlags,
  valueCaseArms
};
