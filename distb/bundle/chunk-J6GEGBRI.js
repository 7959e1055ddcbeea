import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  packageUrl
} from "./chunk-ITEXS6TC.js";

// dist/core/version.js
import { readFileSync } from "node:fs";
var PACKAGE = JSON.parse(readFileSync(packageUrl("package.json"), "utf8"));
var VERSION = PACKAGE.version;
var PACKAGE_NAME = PACKAGE.name;
var HOMEPAGE = PACKAGE.homepage;
function docsUrl(file, version = VERSION) {
  return `https://unpkg.com/${PACKAGE_NAME}@${version}/docs/${file}`;
}

export {
  VERSION,
  PACKAGE_NAME,
  HOMEPAGE,
  docsUrl
};
