import type { CreditsResult } from "../../credits/back-to-back-credits.js";
import { englishText } from "../../text/locale-text.js";
import { creditNoteText } from "./credit-notes.js";

/**
 * SPEC §17: `{ period, payable: [ { sla, customer, service, window, amount, currency } ],
 * claimable: [ { uc, supplier, service, window, amount, currency, deadline } ], net: [ … per
 * service ], cost, totals, notes }` (docs/measurement.md). Amounts in currency units, exact to
 * the cent; notes in English whatever the locale (JSON never changes with it, SPEC §18).
 */
export function formatCreditsJson(result: CreditsResult): string {
  const en = englishText();
  return `${JSON.stringify({ ...result, notes: result.notes.map((n) => creditNoteText(n, en)) }, null, 2)}\n`;
}
