import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  compareDiagnostics,
  fullMessage
} from "./chunk-HHI7S6FG.js";
import {
  SEVERITY_RANK
} from "./chunk-DVVF2DU7.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";
export {
  SEVERITY_RANK,
  compareDiagnostics,
  fullMessage
};
