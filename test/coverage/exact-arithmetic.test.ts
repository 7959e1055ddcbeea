import { describe, expect, it } from "vitest";
import { parsePercentage, unwrap } from "../../src/core/values/index.js";
import type { ComponentNode } from "../../src/coverage/component-graph.js";
import { composeAvailability, displayDecimals } from "../../src/coverage/compose-availability.js";
import { compareToPercentage, formatFloorPercent, toNumber } from "../../src/coverage/exact-fraction.js";

const pct = (text: string) => unwrap(parsePercentage(text), text);
const leaf = (service: string): ComponentNode => ({
  type: "component",
  service,
  path: [service],
  via: "dependency",
});
const series = (...members: ComponentNode[]): ComponentNode & { type: "series" } => ({
  type: "series",
  members,
});
const anyOf = (...members: ComponentNode[]): ComponentNode => ({ type: "any-of", members });

function compose(root: ComponentNode, objectives: Record<string, string>, decimals = 2) {
  return composeAvailability(
    root,
    (s) => (objectives[s] ? { objective: pct(objectives[s]!), label: s } : undefined),
    decimals,
  );
}

describe("composeAvailability", () => {
  it("multiplies a series exactly and rounds the shown figure down (SPEC: 99.95% × 99.9% = 99.85%)", () => {
    const c = compose(series(leaf("a"), leaf("b")), { a: "99.95%", b: "99.9%" })!;
    expect(c.text).toBe("99.95% (a) × 99.9% (b) = 99.85%");
    expect(compareToPercentage(c.value, pct("99.9%"))).toBe(-1);
    expect(c.value).toEqual({ n: 999_500_000n * 999_000_000n, d: 1_000_000_000n ** 2n });
    expect(toNumber(c.value)).toBe(0.9985005);
  });

  it("composes an anyOf group as 1 − Π(1 − a)", () => {
    const c = compose(
      series(leaf("net"), anyOf(leaf("isp-a"), leaf("isp-b"))),
      { net: "99.99%", "isp-a": "99.5%", "isp-b": "99%" },
      4,
    )!;
    // 1 − 0.005 × 0.01 = 0.99995; × 0.9999 = 0.999850005
    expect(c.text).toBe("99.99% (net) × [1 − (1 − 99.5% (isp-a))(1 − 99% (isp-b)) = 99.995%] = 99.985%");
    expect(compareToPercentage(c.value, pct("99.985%"))).toBe(1);
    expect(compareToPercentage(c.value, pct("99.9850006%"))).toBe(-1);
  });

  it("is exact at equality: 100% × 99.9% meets 99.9%, where floats would not decide reliably", () => {
    const c = compose(series(leaf("a"), leaf("b")), { a: "100%", b: "99.9%" })!;
    expect(compareToPercentage(c.value, pct("99.9%"))).toBe(0);
    // 99.99% × 99.8% = 99.79002% exactly; naive floats give (99.99 / 100) * (99.8 / 100) = 0.9979001999999999
    const d = compose(series(leaf("a"), leaf("b")), { a: "99.99%", b: "99.8%" })!;
    expect((99.99 / 100) * (99.8 / 100) >= 0.9979002).toBe(false);
    expect(compareToPercentage(d.value, pct("99.79002%"))).toBe(0);
    expect(compareToPercentage(d.value, pct("99.7900201%"))).toBe(-1);
  });

  it("nests a series inside an anyOf member in parentheses", () => {
    const c = compose(series(anyOf(series(leaf("a"), leaf("b")), leaf("c"))), {
      a: "99%",
      b: "99%",
      c: "90%",
    })!;
    expect(c.text).toBe("[1 − (1 − (99% (a) × 99% (b)))(1 − 90% (c)) = 99.8%]");
  });

  it("needs every component's figure", () => {
    expect(compose(series(leaf("a"), leaf("b")), { a: "99.9%" })).toBeUndefined();
  });

  it("shows a single component without '= value'", () => {
    expect(compose(series(leaf("a")), { a: "99.9%" })!.text).toBe("99.9% (a)");
  });
});

describe("displayed rounding", () => {
  it("uses at least two decimals and as many as the objective has", () => {
    expect(displayDecimals(pct("99.9%"))).toBe(2);
    expect(displayDecimals(pct("99.995%"))).toBe(3);
    expect(displayDecimals(pct("100%"))).toBe(2);
  });

  it("rounds down so a value just below the objective never shows as equal to it", () => {
    const justBelow = { n: 999_499_999n, d: 1_000_000_000n };
    expect(formatFloorPercent(justBelow, 2)).toBe("99.94%");
    expect(formatFloorPercent({ n: 1n, d: 1n }, 2)).toBe("100%");
    expect(formatFloorPercent({ n: 9_985_005n, d: 10_000_000n }, 2)).toBe("99.85%");
  });
});
