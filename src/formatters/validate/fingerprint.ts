import { createHash } from "node:crypto";
import type { Diagnostic } from "../../core/diagnostic.js";

/**
 * A finding's identity across runs, for code scanning (SARIF `primaryLocationLineHash`) and GitLab
 * Code Quality (`fingerprint`). Their own defaults hash the text of the line, which changes when
 * the line moves or is edited; slm's findings have a stabler identity: the rule, the file, the
 * document in it and the JSON pointer (`/spec/targets/0/objective`), so an alert follows its
 * finding when lines above it change. Repeats of the same identity count up (`:2`).
 */
export class Fingerprints {
  private readonly seen = new Map<string, number>();

  of(d: Diagnostic): string {
    const hash = createHash("sha256")
      .update(`${d.code}\u0000${d.file}\u0000${d.document ?? 0}\u0000${d.pointer}`)
      .digest("hex");
    const key = hash.slice(0, 16);
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    return `${key}:${occurrence}`;
  }
}
