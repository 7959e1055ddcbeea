import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../src/core/diagnostic-codes.js";
import { DIAGNOSTIC_HELP } from "../../src/core/diagnostic-help.js";

describe("diagnostic help (SARIF rule help, docs)", () => {
  it("tells what to do about every code, in at most 1024 characters with the title (GitHub's limit)", () => {
    const missing = Object.keys(DIAGNOSTIC_CODES).filter((code) => !(code in DIAGNOSTIC_HELP));
    // A new code needs its help text in src/core/diagnostic-help.ts: code scanning shows it under every alert.
    expect(missing).toEqual([]);
    for (const [code, help] of Object.entries(DIAGNOSTIC_HELP)) {
      expect(code in DIAGNOSTIC_CODES, `${code} is not a diagnostic code`).toBe(true);
      const title = DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].title;
      expect(`${title}. ${help}`.length, code).toBeLessThanOrEqual(1024);
      expect(help, code).toMatch(/^[A-Z`].*[.)]$/s);
    }
  });
});
