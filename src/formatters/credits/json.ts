import type { CreditsResult } from "../../credits/back-to-back-credits.js";

/**
 * SPEC §17: `{ period, payable: [ { sla, customer, service, window, amount, currency } ],
 * claimable: [ { uc, supplier, service, window, amount, currency, deadline } ], net: [ … per
 * service ], cost, totals, notes }` (docs/credits.md). Amounts in currency units, exact to the cent.
 */
export function formatCreditsJson(result: CreditsResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
