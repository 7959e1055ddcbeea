import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  displayPath,
  loadRepository,
  loadedFileFromBytes
} from "./chunk-MY42XYML.js";
import "./chunk-5NDPJT3T.js";
import "./chunk-7CIBHZEB.js";
import "./chunk-56227VBS.js";
import "./chunk-C2E5FT65.js";
import "./chunk-3DFEWKER.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-DQJTU72Y.js";
import "./chunk-Q3UBS4PV.js";
import "./chunk-OT7COJM5.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";
export {
  displayPath,
  loadRepository,
  loadedFileFromBytes
};
