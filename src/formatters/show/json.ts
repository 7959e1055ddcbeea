import type { ShownAgreement } from "../../model/shown-agreement.js";
import type { Formatter } from "../formatter.js";

/** `{ kind, name, templates, effective, origins }`: origins by JSON pointer into `effective`. */
export const formatShowJson: Formatter<ShownAgreement> = (shown) => `${JSON.stringify(shown, null, 2)}\n`;
