import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/compare.js
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  compareStrings
};
