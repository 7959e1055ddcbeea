import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  CONFIG_SCHEMA_FILE,
  DOCUMENT_SCHEMA_FILE,
  KIND_SCHEMA_FILES,
  configSchema,
  documentSchema,
  kindSchema
} from "./chunk-CQ6KMK7V.js";
import "./chunk-7K6IKEOI.js";
import "./chunk-L2KHN3JD.js";
import "./chunk-OTE4TAJD.js";
import "./chunk-PWKK3NVO.js";
import "./chunk-U4VTH3HM.js";
import "./chunk-XGYTK23C.js";
import "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-BMYYV2CW.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import {
  KINDS
} from "./chunk-ADLZAIGX.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-OT7COJM5.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/schema/schema-names.js
var SCHEMA_NAMES = [
  ...KINDS.map((k) => ({ name: k.toLowerCase(), file: KIND_SCHEMA_FILES[k], build: () => kindSchema(k) })),
  { name: "config", file: CONFIG_SCHEMA_FILE, build: configSchema },
  { name: "document", file: DOCUMENT_SCHEMA_FILE, build: documentSchema }
];
function schemaByName(name) {
  return SCHEMA_NAMES.find((n) => n.name === name.toLowerCase())?.build();
}
export {
  SCHEMA_NAMES,
  schemaByName
};
