import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  HOMEPAGE,
  PACKAGE_NAME,
  VERSION,
  docsUrl
} from "./chunk-J6GEGBRI.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-KBDRPUOI.js";
export {
  HOMEPAGE,
  PACKAGE_NAME,
  VERSION,
  docsUrl
};
