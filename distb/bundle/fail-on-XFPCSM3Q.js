import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  STATUS_FAIL_ON,
  statusFails
} from "./chunk-MDDK4IX4.js";
import "./chunk-KBDRPUOI.js";
export {
  STATUS_FAIL_ON,
  statusFails
};
