import { hashBytes } from "./hash-bytes.js";

/**
 * A compact map from row ids to a number, for `dedupe` on exports that are not sorted by id. A
 * `Map<string, number>` costs about 80 bytes per id (2,000,000 ids: ~160 MB); this table keeps each
 * id's UTF-8 bytes in one arena, two 32-bit numbers (where the id starts, its value) and a slot of
 * an open-addressing table at most 3/4 full: about the id's length + 13 to 19 bytes per id, and it
 * stays exact (ids are compared byte for byte, not by hash alone).
 */
export class IdTable {
  private slots = new Int32Array(1 << 12);
  private starts = new Uint32Array((1 << 11) + 1);
  private values = new Int32Array(1 << 11);
  private arena = Buffer.allocUnsafe(1 << 15);
  private scratch = Buffer.allocUnsafe(256);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes held by the table (its typed arrays and arena). */
  get bytes(): number {
    return this.slots.byteLength + this.starts.byteLength + this.values.byteLength + this.arena.length;
  }

  /** The value stored for `id`, or -1. */
  get(id: string): number {
    const len = this.encode(id);
    const slot = this.find(len, hashBytes(this.scratch, 0, len));
    const entry = this.slots[slot]!;
    return entry === 0 ? -1 : this.values[entry - 1]!;
  }

  /** Stores `value` for `id`; returns whether the id is new. */
  set(id: string, value: number): boolean {
    const len = this.encode(id);
    const h = hashBytes(this.scratch, 0, len);
    let slot = this.find(len, h);
    const entry = this.slots[slot]!;
    if (entry !== 0) {
      this.values[entry - 1] = value;
      return false;
    }
    if ((this.count + 1) * 4 > this.slots.length * 3) {
      this.rehash(this.slots.length * 2);
      slot = this.find(len, h);
    }
    this.append(len, value);
    this.slots[slot] = this.count;
    return true;
  }

  private encode(id: string): number {
    if (id.length * 3 > this.scratch.length) this.scratch = Buffer.allocUnsafe(id.length * 3);
    return this.scratch.write(id, 0, "utf8");
  }

  /** The slot holding the id in `scratch[0, len)`, or the empty slot where it would go. */
  private find(len: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return slot;
      const e = entry - 1;
      const start = this.starts[e]!;
      if (
        this.starts[e + 1]! - start === len &&
        this.arena.compare(this.scratch, 0, len, start, start + len) === 0
      )
        return slot;
    }
  }

  private append(len: number, value: number): void {
    const e = this.count;
    if (e === this.values.length) {
      this.values = grow(this.values, new Int32Array(e * 2));
      this.starts = grow(this.starts, new Uint32Array(e * 2 + 1));
    }
    const start = this.starts[e]!;
    if (start + len > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(Math.ceil(this.arena.length * 1.5), start + len));
      this.arena.copy(bigger, 0, 0, start);
      this.arena = bigger;
    }
    this.scratch.copy(this.arena, start, 0, len);
    this.values[e] = value;
    this.starts[e + 1] = start + len;
    this.count = e + 1;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.count; e++) {
      const start = this.starts[e]!;
      let slot = hashBytes(this.arena, start, this.starts[e + 1]! - start) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
    this.slots = slots;
  }
}

function grow<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
