import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  describeSystemError,
  errorCode
} from "./chunk-DQJTU72Y.js";
import "./chunk-KBDRPUOI.js";
export {
  describeSystemError,
  errorCode
};
