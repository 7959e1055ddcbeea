import { isMap, isPair, isSeq, type Node } from "yaml";

/**
 * How deep mappings and lists may nest in one document. Agreements nest about six levels
 * (`spec.targets[].credits[].below`); 64 leaves room for any real document and stops a hostile one
 * (`[[[[…` a thousand deep) before a recursive step of the parser, the schema or a formatter runs
 * out of stack.
 */
export const MAX_NESTING = 64;

/** The offset of the first collection nested deeper than the limit in a parsed YAML tree, if any. */
export function tooDeepNode(root: Node | null): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth + 1 > MAX_NESTING) return node.range?.[0] ?? 0;
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
        } else {
          stack.push({ node: item, depth: depth + 1 });
        }
      }
    }
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
