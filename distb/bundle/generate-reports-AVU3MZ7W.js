import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  generateReportSets,
  generateReports
} from "./chunk-X3TUULSM.js";
import "./chunk-F7F6JMNS.js";
import "./chunk-MAKVS4ER.js";
import "./chunk-25O36LN2.js";
import "./chunk-KO44X4PI.js";
import "./chunk-JWE4QTWT.js";
import "./chunk-JQOUH4MK.js";
import "./chunk-532D2S4Q.js";
import "./chunk-Z3KBX553.js";
import "./chunk-WALSUJ65.js";
import "./chunk-C2TRXQNV.js";
import "./chunk-WWBM2P7X.js";
import "./chunk-FJHNBEBL.js";
import "./chunk-TKEVRWOP.js";
import "./chunk-I4FYCAP7.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-2TG2Q2CL.js";
import "./chunk-7VQ4EFNS.js";
import "./chunk-MY42XYML.js";
import "./chunk-5NDPJT3T.js";
import "./chunk-7CIBHZEB.js";
import "./chunk-64IYXHT6.js";
import "./chunk-SGPNXJH6.js";
import "./chunk-75NXACXC.js";
import "./chunk-CQ6KMK7V.js";
import "./chunk-7K6IKEOI.js";
import "./chunk-L2KHN3JD.js";
import "./chunk-OTE4TAJD.js";
import "./chunk-PWKK3NVO.js";
import "./chunk-GBT7NRET.js";
import "./chunk-B6ZPJPSO.js";
import "./chunk-U4VTH3HM.js";
import "./chunk-XGYTK23C.js";
import "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-HX6FSHG7.js";
import "./chunk-MGTMLQDH.js";
import "./chunk-56227VBS.js";
import "./chunk-C2E5FT65.js";
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
import "./chunk-ITEXS6TC.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-HHI7S6FG.js";
import "./chunk-DVVF2DU7.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-DQJTU72Y.js";
import "./chunk-Q3UBS4PV.js";
import "./chunk-OT7COJM5.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";
export {
  generateReportSets,
  generateReports
};
