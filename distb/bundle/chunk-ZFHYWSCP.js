import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/credits/credit-notes.js
function creditNoteText(note, text) {
  return note.kind === "no-fee" ? text.t("credits.note.noFee", { kind: note.agreementKind, name: note.agreement, window: note.window }) : text.t("credits.note.currencies", { service: note.service, currencies: text.list(note.currencies) });
}

export {
  creditNoteText
};
