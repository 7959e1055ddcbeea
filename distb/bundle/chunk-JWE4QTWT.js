import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  OPEN_IMPROVEMENT_STATUSES
} from "./chunk-ADLZAIGX.js";

// dist/lifecycle/improvement-register.js
function isAbout(improvement, agreement) {
  const ref = improvement.agreement;
  return ref.name === agreement.metadata.name && (ref.kind === void 0 || ref.kind === agreement.kind);
}
function improvementsOf(model, agreement) {
  return model.improvements.filter((i) => isAbout(i, agreement));
}
function addressesBreach(improvement, target, period) {
  const targetMatches = improvement.targets === void 0 || improvement.targets.includes(target);
  const periodMatches = improvement.period === void 0 || improvement.period === period;
  return targetMatches && periodMatches;
}
function isOpen(improvement) {
  return OPEN_IMPROVEMENT_STATUSES.includes(improvement.status);
}
function overdueActions(improvement, asOf) {
  if (!isOpen(improvement))
    return [];
  return improvement.actions.filter((a) => a.due !== void 0 && a.done === void 0 && a.due.day < asOf.day);
}

export {
  isAbout,
  improvementsOf,
  addressesBreach,
  isOpen,
  overdueActions
};
