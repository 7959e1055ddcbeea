import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  configOutputDirectory,
  directoryInside,
  makeDirectory
} from "./chunk-6D6XSSKZ.js";
import "./chunk-7CIBHZEB.js";
import "./chunk-U4VTH3HM.js";
import "./chunk-VYAAX46D.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-DQJTU72Y.js";
import "./chunk-KBDRPUOI.js";
export {
  configOutputDirectory,
  directoryInside,
  makeDirectory
};
