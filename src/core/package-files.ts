import { fileURLToPath } from "node:url";

/**
 * The package root (where package.json, locales/ and templates/ are), two levels up from this
 * module: from src/core in the sources, from dist/core in the compiled modules, and from
 * dist/bundle in the bundled CLI, one folder below dist/ too. Every file the
 * package ships beside its code is found from here, so that moving code between those layouts
 * cannot break a path.
 */
const PACKAGE_ROOT = new URL("../../", import.meta.url);

/** A file or folder of the package (segments joined with "/"; a trailing "/" names a folder). */
export function packageUrl(path: string): URL {
  return new URL(path, PACKAGE_ROOT);
}

/** The same as a file system path. */
export function packagePath(path: string): string {
  return fileURLToPath(packageUrl(path));
}
