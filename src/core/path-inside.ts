import { isAbsolute, relative, sep } from "node:path";

/** `path` is `root` itself or below it (both absolute; pass real paths to see through links). */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}
