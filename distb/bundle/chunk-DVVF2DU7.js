import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/severity.js
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };

export {
  SEVERITY_RANK
};
