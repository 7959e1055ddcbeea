import { readFileSync } from "node:fs";
import { packageUrl } from "./package-files.js";

interface PackageJson {
  name: string;
  version: string;
  homepage: string;
}

/** Read from package.json at startup (a few hundred bytes) so name, version and homepage have one source. */
const PACKAGE = JSON.parse(readFileSync(packageUrl("package.json"), "utf8")) as PackageJson;

export const VERSION: string = PACKAGE.version;
/** The npm name (the command stays `slm`). */
export const PACKAGE_NAME: string = PACKAGE.name;
export const HOMEPAGE: string = PACKAGE.homepage;

/**
 * The documentation of a released version, file by file: the package ships docs/, and a CDN serves
 * every published version's files, so a link written by slm 0.1.0 keeps pointing at 0.1.0's text.
 */
export function docsUrl(file: string, version: string = VERSION): string {
  return `https://unpkg.com/${PACKAGE_NAME}@${version}/docs/${file}`;
}
