import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  InputError,
  SlmError,
  UsageError
} from "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";
export {
  InputError,
  SlmError,
  UsageError
};
