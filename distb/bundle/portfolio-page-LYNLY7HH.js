import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  creditsText,
  formatPortfolioPage,
  reportBadge
} from "./chunk-QSP6ZW6V.js";
import "./chunk-MSRTPGDN.js";
import "./chunk-DPJWOEM6.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";
export {
  creditsText,
  formatPortfolioPage,
  reportBadge
};
