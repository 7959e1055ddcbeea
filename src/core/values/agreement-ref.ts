import { AGREEMENT_KINDS, type AgreementKind } from "../model.js";
import { fail, ok, type ParseResult } from "./result.js";

/** A reference to an agreement: its name, or `KIND/name` when an SLA and an OLA share the name. */
export interface AgreementRef {
  kind?: AgreementKind;
  name: string;
}

export const AGREEMENT_REF_PATTERN = "^((SLA|OLA|UC)/)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";
const REF = new RegExp(AGREEMENT_REF_PATTERN);

export function parseAgreementRef(text: string): AgreementRef {
  const slash = text.indexOf("/");
  if (slash < 0) return { name: text };
  return { kind: text.slice(0, slash) as AgreementKind, name: text.slice(slash + 1) };
}

export function checkAgreementRef(input: unknown): ParseResult<AgreementRef> {
  if (typeof input !== "string" || !REF.test(input)) {
    return fail(
      `${JSON.stringify(input)} is not an agreement reference (a name, or ${AGREEMENT_KINDS.join("/, ")}/ and a name)`,
    );
  }
  return ok(parseAgreementRef(input));
}

export function agreementRefText(ref: AgreementRef): string {
  return ref.kind ? `${ref.kind}/${ref.name}` : ref.name;
}
