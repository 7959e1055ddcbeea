import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  TERMS_CHOICES,
  termsFor,
  termsOption
} from "./chunk-JM3LAQVB.js";
import "./chunk-KBDRPUOI.js";
export {
  TERMS_CHOICES,
  termsFor,
  termsOption
};
