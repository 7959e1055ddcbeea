import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/errors.js
var SlmError = class extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
var UsageError = class extends SlmError {
};
var InputError = class extends SlmError {
};

export {
  SlmError,
  UsageError,
  InputError
};
