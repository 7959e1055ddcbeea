import type { CreditNote } from "../../credits/back-to-back-credits.js";
import type { LocaleText } from "../../text/locale-text.js";

/** A note of `slm credits` in words. */
export function creditNoteText(note: CreditNote, text: LocaleText): string {
  return note.kind === "no-fee"
    ? text.t("credits.note.noFee", { kind: note.agreementKind, name: note.agreement, window: note.window })
    : text.t("credits.note.currencies", { service: note.service, currencies: text.list(note.currencies) });
}
