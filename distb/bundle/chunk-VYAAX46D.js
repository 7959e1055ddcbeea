import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/values/result.js
var ok = (value) => ({ ok: true, value });
var fail = (error) => ({ ok: false, error });
function unwrap(result, what) {
  if (!result.ok)
    throw new Error(`${what}: ${result.error}`);
  return result.value;
}

export {
  ok,
  fail,
  unwrap
};
