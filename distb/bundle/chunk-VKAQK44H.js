import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/coverage/matrix.js
function slaMatrices(result) {
  const bySla = /* @__PURE__ */ new Map();
  for (const t of result.targets) {
    const list = bySla.get(t.sla);
    if (list)
      list.push(t);
    else
      bySla.set(t.sla, [t]);
  }
  return [...bySla.values()].map((targets) => {
    const first = targets[0];
    const columns = [];
    const seen = /* @__PURE__ */ new Set();
    for (const t of targets) {
      for (const c of t.components) {
        if (seen.has(c.service))
          continue;
        seen.add(c.service);
        const note = c.via === "link" ? " (link)" : c.anyOf !== void 0 ? ` (anyOf ${c.anyOf + 1})` : "";
        columns.push({
          service: c.service,
          header: `${c.service}${note}`,
          via: c.via,
          ...c.anyOf === void 0 ? {} : { anyOf: c.anyOf }
        });
      }
    }
    const rows = targets.map((target) => ({
      target,
      cells: columns.map((col) => target.components.find((c) => c.service === col.service))
    }));
    return { sla: first.sla, customer: first.customer, service: first.service, columns, rows };
  });
}
function slaWarnings(targets) {
  return [
    ...new Set(targets.flatMap((t) => t.reasons.filter((r) => r.effect === "warning").map((r) => r.message)))
  ];
}

export {
  slaMatrices,
  slaWarnings
};
