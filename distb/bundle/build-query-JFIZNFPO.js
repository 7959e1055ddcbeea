import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  buildQuery,
  outputHeaders
} from "./chunk-BQXYU4DC.js";
import "./chunk-QEMC5QFC.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";
export {
  buildQuery,
  outputHeaders
};
