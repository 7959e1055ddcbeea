import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  CLOCK_METRICS,
  TICKET_METRICS
} from "./chunk-ADLZAIGX.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/coverage/component-graph.js
function componentGraph(model, service, hasOwnSupport) {
  return flattenSeries(dependencies(model, service, hasOwnSupport));
}
function dependencies(model, root, hasOwnSupport) {
  const expanded = /* @__PURE__ */ new Map();
  const parent = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Set([root]);
  const routeTo = (name, from) => {
    const route = [name, from];
    for (let at = parent.get(from); at !== void 0; at = parent.get(at))
      route.push(at);
    return route.reverse();
  };
  const refsOf = (service) => (model.services.get(service)?.dependsOn ?? []).flatMap((dep) => "service" in dep ? [dep.service] : dep.anyOf);
  const assemble = (service, node) => {
    let i = 0;
    const refs = refsOf(service);
    return (model.services.get(service)?.dependsOn ?? []).map((dep) => "service" in dep ? node(refs[i++]) : anyOf(dep.anyOf.map(() => node(refs[i++]))));
  };
  const frames = [{ service: root, refs: refsOf(root), nodes: [] }];
  let rootMembers = [];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.nodes.length === frame.refs.length) {
      frames.pop();
      active.delete(frame.service);
      let k = 0;
      const members = assemble(frame.service, () => frame.nodes[k++]);
      if (frames.length === 0)
        rootMembers = members;
      else
        expanded.set(frame.service, flattenSeries(members));
      continue;
    }
    const name = frame.refs[frame.nodes.length];
    const known = expanded.get(name);
    if (known) {
      frame.nodes.push(known);
      continue;
    }
    const found = model.services.get(name);
    if (active.has(name)) {
      frame.nodes.push({
        type: "component",
        service: name,
        path: routeTo(name, frame.service),
        via: "dependency"
      });
      continue;
    }
    parent.set(name, frame.service);
    if (hasOwnSupport(name) || !found || found.dependsOn.length === 0) {
      const leaf = {
        type: "component",
        service: name,
        path: routeTo(name, frame.service),
        via: "dependency"
      };
      expanded.set(name, leaf);
      frame.nodes.push(leaf);
      continue;
    }
    active.add(name);
    frames.push({ service: name, refs: refsOf(name), nodes: [] });
  }
  return rootMembers;
}
function anyOf(members) {
  return members.length === 1 ? members[0] : { type: "any-of", members };
}
function flattenSeries(members) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const pending = [...members].reverse();
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "series") {
      for (let i = node.members.length - 1; i >= 0; i--)
        pending.push(node.members[i]);
    } else if (node.type === "component") {
      if (seen.has(node.service))
        continue;
      seen.add(node.service);
      out.push(node);
    } else {
      out.push(node);
    }
  }
  return { type: "series", members: out };
}
function componentLeaves(root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  let groups = 0;
  const pending = [{ node: root, group: void 0 }];
  while (pending.length > 0) {
    const { node, group } = pending.pop();
    if (node.type === "component") {
      if (seen.has(node.service))
        continue;
      seen.add(node.service);
      out.push(group === void 0 ? { node } : { node, anyOf: group });
      continue;
    }
    const g = node.type === "series" ? group : group ?? groups++;
    for (let i = node.members.length - 1; i >= 0; i--)
      pending.push({ node: node.members[i], group: g });
  }
  return out;
}

// dist/coverage/support-index.js
function underpinningRef(agreement, target) {
  return `${agreement.kind}/${agreement.metadata.name}/${target.name}`;
}
function matchKey(target) {
  if (target.compare)
    return `${target.metric}|${target.compare.field}`;
  return TICKET_METRICS.includes(target.metric) ? `${target.metric}|${target.priority ?? ""}` : target.metric;
}
function buildSupportIndex(model) {
  const index = { byService: /* @__PURE__ */ new Map(), byLink: /* @__PURE__ */ new Map(), all: [] };
  for (const agreement of model.agreements) {
    if (agreement.kind === "SLA")
      continue;
    for (const target of agreement.targets) {
      const u = { agreement, target, ref: underpinningRef(agreement, target) };
      index.all.push(u);
      let byKey = index.byService.get(agreement.service);
      if (!byKey) {
        byKey = /* @__PURE__ */ new Map();
        index.byService.set(agreement.service, byKey);
      }
      push(byKey, matchKey(target), { ...u, via: "match" });
      const link = { ...u, via: "link" };
      for (const ref of new Set(target.supports))
        push(index.byLink, ref, link);
    }
  }
  for (const byKey of index.byService.values()) {
    for (const list of byKey.values())
      list.sort((a, b) => compareStrings(a.ref, b.ref));
  }
  return index;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list)
    list.push(value);
  else
    map.set(key, [value]);
}

// dist/coverage/supporting-targets.js
function supportingTargets(sla, target, graph, index) {
  const slaRef = `${sla.metadata.name}/${target.name}`;
  const links = index.byLink.get(slaRef) ?? [];
  const key = matchKey(target);
  const onSelf = (index.byService.get(sla.service)?.get(key)?.length ?? 0) > 0 || links.some((u) => u.agreement.service === sla.service);
  let root = onSelf ? {
    type: "series",
    members: [
      { type: "component", service: sla.service, path: [sla.service], via: "self" },
      ...graph.members
    ]
  } : graph;
  const all = componentLeaves(root);
  if (links.length > 0) {
    const known = new Set(all.map((l) => l.node.service));
    const extra = [...new Set(links.map((u) => u.agreement.service))].filter((s) => !known.has(s)).map((service) => ({ type: "component", service, path: [service], via: "link" }));
    if (extra.length > 0) {
      root = { type: "series", members: [...root.members, ...extra] };
      all.push(...extra.map((node) => ({ node })));
    }
  }
  const components = all.map(({ node, anyOf: anyOf2 }) => {
    const matched = index.byService.get(node.service)?.get(key) ?? [];
    const linked = links.filter((u) => u.agreement.service === node.service);
    const supports = linked.length === 0 ? matched : [...matched.filter((u) => !u.target.supports.includes(slaRef)), ...linked].sort((a, b) => compareStrings(a.ref, b.ref));
    return anyOf2 === void 0 ? { node, supports } : { node, anyOf: anyOf2, supports };
  });
  const clock = CLOCK_METRICS.includes(target.metric);
  if (clock && links.length > 0) {
    return {
      root,
      rule: "linked",
      components: components.map((c) => ({ ...c, supports: c.supports.filter((s) => s.via === "link") })).filter((c) => c.supports.length > 0)
    };
  }
  if (target.metric === "response-time") {
    return { root, rule: "answered", components: components.filter((c) => c.supports.length > 0) };
  }
  return { root, rule: "every", components };
}

export {
  componentGraph,
  buildSupportIndex,
  supportingTargets
};
