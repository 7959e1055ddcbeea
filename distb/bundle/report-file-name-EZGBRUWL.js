import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  reportFileName
} from "./chunk-X3TALF73.js";
import "./chunk-KBDRPUOI.js";
export {
  reportFileName
};
