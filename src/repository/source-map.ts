import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from "yaml";

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Resolves JSON pointers of one document to 1-based positions. */
export interface PositionMap {
  locate(pointer: string, options?: { onKey?: boolean }): Position;
}

/** What a position can be found in: a document of a file (yaml-file.ts's LoadedDocument). */
export interface Locatable {
  file: string;
  index: number;
  sourceMap: PositionMap;
  /**
   * Only on an effective agreement (SPEC §21, model/effective-agreements.ts): where each value of
   * the merged document was written — in a template or in the agreement itself.
   */
  origins?: ValueOrigins;
}

/** A value's origin: the document it was written in and its pointer there. */
export interface ValueOrigin {
  doc: Locatable;
  pointer: string;
  /** The agreement's `extends` entry that brought the value in, when it came from a template. */
  via?: string;
}

export interface ValueOrigins {
  /** Origins by pointer into the effective document; pointers not listed inherit their parent's. */
  byPointer: ReadonlyMap<string, ValueOrigin>;
  /** How the agreement is named in a `related` location, e.g. "SLA/acme-email". */
  label: string;
}

/** A finding's place: file, position, document, and the agreement that inherited the value. */
export interface Located extends Position {
  file: string;
  pointer: string;
  document: number;
  related?: { file: string; line: number; column: number; pointer: string; message: string }[];
}

/**
 * THE way from a pointer into a document to the place to report. For an effective agreement, a
 * value inherited from a template is reported at the template's line, with `related` at the
 * agreement's `extends` entry; a missing value is looked up through its nearest listed parent.
 */
export function locateIn(doc: Locatable, pointer: string, options: { onKey?: boolean } = {}): Located {
  const origin = doc.origins ? originOf(doc.origins, pointer) : undefined;
  if (!origin) {
    return { file: doc.file, ...doc.sourceMap.locate(pointer, options), pointer, document: doc.index };
  }
  const exact = origin.pointer;
  const onKey = origin.exact ? options.onKey : false;
  const at: Located = {
    file: origin.value.doc.file,
    ...origin.value.doc.sourceMap.locate(exact, { onKey }),
    pointer: exact,
    document: origin.value.doc.index,
  };
  if (origin.value.doc !== doc && origin.value.via !== undefined) {
    const via = origin.value.via;
    at.related = [
      {
        file: doc.file,
        ...doc.sourceMap.locate(via),
        pointer: via,
        message: `inherited by ${doc.origins!.label}`,
      },
    ];
  }
  return at;
}

/** Where the value at `pointer` of an effective agreement was written; undefined for any other document. */
export function valueOrigin(doc: Locatable, pointer: string): ValueOrigin | undefined {
  return doc.origins ? originOf(doc.origins, pointer)?.value : undefined;
}

function originOf(
  origins: ValueOrigins,
  pointer: string,
): { value: ValueOrigin; pointer: string; exact: boolean } | undefined {
  const path = pointerToPath(pointer);
  for (let n = path.length; n >= 0; n--) {
    const found = origins.byPointer.get(pathToPointer(path.slice(0, n)));
    if (found) {
      // A missing child keeps its segments below the parent that was found, so the position
      // resolves to that parent in the origin document (as locate() does for a missing property).
      const rest = path.slice(n);
      return { value: found, pointer: found.pointer + pathToPointer(rest), exact: n === path.length };
    }
  }
  return undefined;
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
  let pointer = "";
  for (const segment of path) {
    const text = String(segment);
    // Most segments need no escape; the merge of templates builds a pointer for every value.
    pointer +=
      text.includes("~") || text.includes("/")
        ? `/${text.replace(/~/g, "~0").replace(/\//g, "~1")}`
        : `/${text}`;
  }
  return pointer;
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
