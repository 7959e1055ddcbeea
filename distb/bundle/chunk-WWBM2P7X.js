import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  CALENDAR_24X7
} from "./chunk-ADLZAIGX.js";

// dist/time/agreement-zone.js
function agreementZone(model, agreement) {
  if (agreement.timezone !== void 0)
    return agreement.timezone;
  if (agreement.calendar === CALENDAR_24X7 && !model.calendars.has(CALENDAR_24X7))
    return "UTC";
  return model.calendars.get(agreement.calendar)?.timezone ?? "UTC";
}

export {
  agreementZone
};
