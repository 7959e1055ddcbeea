import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-C2E5FT65.js";
import "./chunk-KBDRPUOI.js";
export default require_dist();
