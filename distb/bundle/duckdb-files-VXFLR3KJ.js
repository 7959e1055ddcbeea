import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  duckdbFiles
} from "./chunk-L2XC4MU7.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";
export {
  duckdbFiles
};
