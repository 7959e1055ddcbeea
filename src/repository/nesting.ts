import { type CST, isMap, isPair, isSeq, type Node, Parser } from "yaml";

/**
 * How deep mappings and lists may nest in one document. Agreements nest about six levels
 * (`spec.targets[].credits[].below`); 64 leaves room for any real document and stops a hostile one
 * (`[[[[…` a thousand deep) before a recursive step of the parser, the schema or a formatter runs
 * out of stack.
 */
export const MAX_NESTING = 64;

/** The offset of the first collection nested deeper than the limit in a parsed YAML tree, if any. */
export function tooDeepNode(root: Node | null): number | undefined {
  return firstTooDeep(root, (node) => {
    if (!isMap(node) && !isSeq(node)) return undefined;
    return {
      offset: node.range?.[0] ?? 0,
      children: node.items.flatMap((i) => (isPair(i) ? [i.key, i.value] : [i])),
    };
  });
}

/**
 * The same, for the documents of a text that the parser could not build a tree of (it ran out of
 * stack): the concrete syntax tree has no recursion limit and gives the same, deterministic offset.
 */
export function tooDeepInText(text: string): (number | undefined)[] {
  const collection = new Set(["block-map", "block-seq", "flow-collection"]);
  const offsets: (number | undefined)[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type !== "document") continue;
    offsets.push(
      firstTooDeep(token.value, (node) => {
        const t = node as CST.Token | undefined;
        if (t === undefined || !collection.has(t.type) || !("items" in t)) return undefined;
        const items = t.items as { key?: unknown; value?: unknown }[];
        return { offset: t.offset, children: items.flatMap((i) => [i.key, i.value]) };
      }),
    );
  }
  return offsets;
}

/** Depth first with an explicit stack: the walk itself must not be what runs out of stack. */
function firstTooDeep(
  root: unknown,
  collection: (node: unknown) => { offset: number; children: unknown[] } | undefined,
): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const c = collection(node);
    if (c === undefined) continue;
    if (depth + 1 > MAX_NESTING) return c.offset;
    for (let i = c.children.length - 1; i >= 0; i--) stack.push({ node: c.children[i], depth: depth + 1 });
  }
  return undefined;
}

/**
 * The JSON path of the first object or array nested deeper than the limit in plain data (the
 * value after aliases are expanded: `&a [*b]` chains nest without nesting in the text), if any.
 */
export function tooDeepValue(value: unknown): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (path.length + 1 > MAX_NESTING) return path;
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((item, i) => [i, item])
      : Object.entries(v as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      if (item !== null && typeof item === "object") stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}
