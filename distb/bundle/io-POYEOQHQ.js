import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  closeStdout,
  generationTime,
  processIo
} from "./chunk-BRTT36DB.js";
import "./chunk-KBDRPUOI.js";
export {
  closeStdout,
  generationTime,
  processIo
};
