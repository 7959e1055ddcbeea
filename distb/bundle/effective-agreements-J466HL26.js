import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  effectiveDocuments
} from "./chunk-HX6FSHG7.js";
import "./chunk-MGTMLQDH.js";
import "./chunk-56227VBS.js";
import "./chunk-C2E5FT65.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-KBDRPUOI.js";
export {
  effectiveDocuments
};
