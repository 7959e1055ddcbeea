import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  processKpis
} from "./chunk-LZ2S5LPM.js";
import "./chunk-JWE4QTWT.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";
export {
  processKpis
};
