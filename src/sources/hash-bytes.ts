/** FNV-1a over bytes [start, start + len): the hash of the interning and id tables. */
export function hashBytes(buf: Uint8Array, start: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + len; i++) {
    h ^= buf[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
