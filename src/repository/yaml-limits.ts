import { type CST, isMap, isPair, isSeq, type Node, Parser } from "yaml";

/**
 * How many values one agreement file may hold. A thousand agreements in one file are some 50,000;
 * the full YAML parser (needed for positions) costs 10–40 µs and about 1 KB per value, so a file of
 * a million `a,` — 2 MB — would take half a minute and a gigabyte.
 */
export const MAX_VALUES = 100_000;

/**
 * How deep mappings and lists may nest in one document. Agreements nest about six levels
 * (`spec.targets[].credits[].below`); 64 leaves room for any real document and stops a hostile one
 * (`[[[[…` a thousand deep) before a recursive step of the parser, the schema or a formatter runs
 * out of stack.
 */
export const MAX_NESTING = 64;

/**
 * Beyond this estimated depth a text is refused before any parser sees it: the YAML libraries cost
 * far more than linear time and memory in the depth (half a million `[` took eemeli/yaml 11 s and
 * 600 MB; the 16 MiB a file may have would not finish).
 */
const SURELY_TOO_DEEP = 256;

const NEWLINE = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

export interface Layout {
  /** Where the estimated nesting first passed MAX_NESTING, when it also passed SURELY_TOO_DEEP. */
  tooDeepAt?: number;
  /** About how many values the text holds: its lines with content, plus the commas of flow collections. */
  values: number;
}

/**
 * A YAML text measured from its layout alone, in one pass, before any parser runs. Nesting:
 * levels of indentation, compact `- ` items, and flow brackets outside quotes and comments —
 * exact for the usual layouts; it can overestimate only on text no agreement holds (hundreds of
 * unbalanced brackets inside a plain scalar, a block scalar indented a step further on every
 * line), and the threshold is four times the limit.
 */
export function measureLayout(text: string): Layout {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let values = 0;
  let firstDeep: number | undefined;
  let i = 0;
  const deeper = (depth: number, at: number): boolean => {
    if (depth > MAX_NESTING) firstDeep ??= at;
    return depth > SURELY_TOO_DEEP;
  };
  while (i < n) {
    const lineStart = i;
    while (i < n && text.charCodeAt(i) === SPACE) i++;
    const indent = i - lineStart;
    const first = text.charCodeAt(i);
    if (i >= n || first === NEWLINE || first === CR || first === 35 /* # */) {
      while (i < n && text.charCodeAt(i) !== NEWLINE) i++;
      i++;
      continue;
    }
    if (flow === 0) {
      if (indent === 0 && (text.startsWith("---", i) || text.startsWith("...", i))) indents.length = 0;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length;
    values++;
    if (deeper(depth, i)) return { tooDeepAt: firstDeep, values };
    // Compact sequence items: `- - - x` nests three lists on one line, the first being the line's.
    for (
      let items = 0;
      flow === 0 && text.charCodeAt(i) === 45 /* - */ && isBlank(text.charCodeAt(i + 1));
      items++
    ) {
      if (items > 0 && deeper(++depth, i)) return { tooDeepAt: firstDeep, values };
      i += 2;
      while (text.charCodeAt(i) === SPACE) i++;
    }
    let previous = SPACE;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) break;
      if (c === 35 /* # */ && isBlank(previous)) {
        while (i < n && text.charCodeAt(i) !== NEWLINE) i++;
        break;
      }
      if ((c === 34 || c === 39) /* " ' */ && startsToken(previous)) {
        i = endOfQuoted(text, i, c);
      } else if (c === 91 || c === 123 /* [ { */) {
        if (deeper(depth + ++flow, i)) return { tooDeepAt: firstDeep, values };
      } else if ((c === 93 || c === 125) /* ] } */ && flow > 0) {
        flow--;
      } else if (c === 44 /* , */ && flow > 0) {
        values++;
      }
      previous = c;
    }
    i++;
  }
  return { values };
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === CR || Number.isNaN(c);
}

/** A quote starts a quoted scalar only where a scalar can start; elsewhere (`it's`) it is text. */
function startsToken(previous: number): boolean {
  return isBlank(previous) || previous === 91 || previous === 123 || previous === 44 || previous === 58;
}

/** The offset of the closing quote (or the end of the text): `\` escapes in "…", `''` in '…'. */
function endOfQuoted(text: string, open: number, quote: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92 /* \ */) i++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return text.length;
}

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
