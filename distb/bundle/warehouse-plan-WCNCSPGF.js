import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  targetsReading,
  warehousePlan
} from "./chunk-2LJOM6GX.js";
import "./chunk-532D2S4Q.js";
import "./chunk-Z3KBX553.js";
import "./chunk-WALSUJ65.js";
import "./chunk-C2TRXQNV.js";
import "./chunk-WWBM2P7X.js";
import "./chunk-GBT7NRET.js";
import "./chunk-B6ZPJPSO.js";
import "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";
export {
  targetsReading,
  warehousePlan
};
