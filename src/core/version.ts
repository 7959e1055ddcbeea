import { readFileSync } from "node:fs";

/** Read from package.json at startup (a few hundred bytes) so the version has one source. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;
