import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  rangeFailure,
  readRange
} from "./chunk-2IZ6M37U.js";
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
import "./chunk-RMJS7MV5.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/sources/checks-worker.js
import { parentPort } from "node:worker_threads";
parentPort.on("message", (task) => {
  readRange(task).then((result) => parentPort.postMessage(result), (error) => parentPort.postMessage(rangeFailure(error)));
});
parentPort.postMessage("ready");
