import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  parseDataOverrides,
  registerReport
} from "./chunk-ERPLGJLE.js";
import "./chunk-25O36LN2.js";
import "./chunk-BRGS3O63.js";
import "./chunk-JM3LAQVB.js";
import "./chunk-FEUMEWLU.js";
import "./chunk-L2KHN3JD.js";
import "./chunk-2IZ6M37U.js";
import "./chunk-TWB6RIXN.js";
import "./chunk-XI5ZFPBU.js";
import "./chunk-JMGTLOBI.js";
import "./chunk-3DFEWKER.js";
import "./chunk-MNMDZN6F.js";
import "./chunk-BMYYV2CW.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-BRTT36DB.js";
import "./chunk-J6GEGBRI.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";
export {
  parseDataOverrides,
  registerReport
};
