import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  backToBackCredits
} from "./chunk-V4O46NWH.js";
import "./chunk-MAKVS4ER.js";
import "./chunk-Z3KBX553.js";
import "./chunk-PWKK3NVO.js";
import "./chunk-XGYTK23C.js";
import "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-XI5ZFPBU.js";
import "./chunk-JMGTLOBI.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";
export {
  backToBackCredits
};
