import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/validate/fingerprint.js
import { createHash } from "node:crypto";
var Fingerprints = class {
  seen = /* @__PURE__ */ new Map();
  of(d) {
    const hash = createHash("sha256").update(`${d.code}\0${d.file}\0${d.document ?? 0}\0${d.pointer}`).digest("hex");
    const key = hash.slice(0, 16);
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    return `${key}:${occurrence}`;
  }
};

export {
  Fingerprints
};
