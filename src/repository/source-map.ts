import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from "yaml";

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Splits an RFC 6901 JSON pointer into its unescaped segments. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .slice(pointer.startsWith("/") ? 1 : 0)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function pathToPointer(path: readonly (string | number)[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/**
 * Maps JSON pointers of one YAML document back to positions. A pointer that does not exist
 * (a missing property) resolves to its nearest existing parent; `onKey` points at the key of the
 * last segment instead of its value (for unknown properties).
 */
export class SourceMap {
  constructor(
    private readonly contents: Node | null,
    private readonly lineCounter: LineCounter,
    /** Offset of the document start, used when the document is empty. */
    private readonly documentOffset: number,
  ) {}

  locate(pointer: string, options: { onKey?: boolean } = {}): Position {
    return this.position(this.offsetOf(pointer, options.onKey ?? false));
  }

  /** The offset of the node (or key) at `pointer`, or of its nearest existing parent. */
  offsetOf(pointer: string, onKey: boolean): number {
    let node: Node | null = this.contents;
    let offset = node?.range?.[0] ?? this.documentOffset;
    const path = pointerToPath(pointer);
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i]!;
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = (node.items as Pair<unknown, unknown>[]).find(
          (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment,
        );
        if (!pair) break;
        const key = pair.key as Node | null;
        if (last && onKey && key?.range) return key.range[0];
        const value = pair.value as Node | null;
        // `key:` with no value: point at the key.
        if (!value?.range) return key?.range?.[0] ?? offset;
        node = value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item?.range) break;
        node = item;
      } else {
        break;
      }
      offset = node.range?.[0] ?? offset;
    }
    return offset;
  }

  position(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}
