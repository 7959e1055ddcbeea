import picomatch from "picomatch";
import { BUILT_IN_IGNORES, type SlmConfig } from "../repository/config.js";

/**
 * Whether a repository-relative path is an agreement file under the config, as the loader's glob
 * decides for the work tree (`include` minus `exclude` and the built-in ignores, no dot files):
 * git trees list every file of a revision, this picks the ones the loader would have read.
 */
export function agreementFileFilter(config: SlmConfig): (path: string) => boolean {
  const options = { dot: false, posix: true };
  const strip = (patterns: readonly string[]) => patterns.map((p) => p.replace(/^\.\//, ""));
  const included = picomatch(strip(config.include), options);
  const ignored = picomatch(strip([...BUILT_IN_IGNORES, ...config.exclude]), options);
  return (path) => included(path) && !ignored(path);
}
