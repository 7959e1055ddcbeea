import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/package-files.js
import { fileURLToPath } from "node:url";
var PACKAGE_ROOT = new URL("../../", import.meta.url);
function packageUrl(path) {
  return new URL(path, PACKAGE_ROOT);
}
function packagePath(path) {
  return fileURLToPath(packageUrl(path));
}

export {
  packageUrl,
  packagePath
};
