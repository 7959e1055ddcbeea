import { formatPercentage, type Percentage } from "../core/values/percentage.js";
import type { ComponentNode } from "./component-graph.js";
import {
  complement,
  type Fraction,
  formatFloorPercent,
  fromPercentage,
  multiply,
  ONE,
} from "./exact-fraction.js";

/** The availability a component is held to, and how to name it in the arithmetic. */
export interface ComponentAvailability {
  objective: Percentage;
  /** e.g. `mail-platform, OLA messaging-ops` */
  label: string;
}

export interface Composition {
  value: Fraction;
  /** The arithmetic without the final comparison, e.g. `99.95% (a, OLA x) × 99.9% (b, UC y) = 99.85%`. */
  text: string;
}

/**
 * Composes the structure exactly: a series is the product of its members, an `anyOf` group is
 * 1 − Π(1 − a). Returns undefined when a component has no availability figure (then there is
 * nothing to compose; the reasons say why). Computed figures in `text` are rounded down to
 * `decimals` places (see formatFloorPercent); input objectives are shown as written.
 */
export function composeAvailability(
  root: ComponentNode,
  availabilityOf: (service: string) => ComponentAvailability | undefined,
  decimals: number,
): Composition | undefined {
  // Bottom up without recursion (groups inside series inside groups nest as deep as the
  // dependency chain); a node shared by several routes is composed once.
  const composed = new Map<ComponentNode, Composition | null>();
  const combine = (node: ComponentNode, nested: boolean): Composition | undefined => {
    if (node.type === "component") {
      const a = availabilityOf(node.service);
      return (
        a && { value: fromPercentage(a.objective), text: `${formatPercentage(a.objective)} (${a.label})` }
      );
    }
    const parts: Composition[] = [];
    for (const member of node.members) {
      const part = composed.get(member);
      if (!part) return undefined;
      parts.push(part);
    }
    if (node.type === "series") {
      const value = parts.reduce((acc, p) => multiply(acc, p.value), ONE);
      const text = parts.map((p) => p.text).join(" × ");
      return { value, text: nested && parts.length > 1 ? `(${text})` : text };
    }
    const down = parts.reduce((acc, p) => multiply(acc, complement(p.value)), ONE);
    const value = complement(down);
    const text = `[1 − ${parts.map((p) => `(1 − ${p.text})`).join("")} = ${formatFloorPercent(value, decimals)}]`;
    return { value, text };
  };
  const pending: { node: ComponentNode; ready: boolean }[] =
    root.type === "component" ? [] : root.members.map((node) => ({ node, ready: false }));
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (composed.has(item.node)) continue;
    if (item.node.type !== "component" && !item.ready) {
      pending.push({ node: item.node, ready: true });
      for (const member of item.node.members)
        if (!composed.has(member)) pending.push({ node: member, ready: false });
      continue;
    }
    composed.set(item.node, combine(item.node, true) ?? null);
  }
  const top = combine(root, false);
  if (!top) return undefined;
  // A single member already shows its figure (a component's objective, a group's "= value").
  const single = root.type !== "series" || root.members.length === 1;
  return single
    ? top
    : { value: top.value, text: `${top.text} = ${formatFloorPercent(top.value, decimals)}` };
}

/** Decimals for computed figures: at least 2, and at least as many as the objective shows. */
export function displayDecimals(objective: Percentage): number {
  const text = formatPercentage(objective);
  const dot = text.indexOf(".");
  return Math.max(2, dot < 0 ? 0 : text.length - dot - 2);
}
