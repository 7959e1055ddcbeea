import { describe, expect, it } from "vitest";
import { loadedFileFromBytes } from "../../src/repository/loader.js";
import { validateDocuments } from "../../src/schema/validate-documents.js";

const TEXT = `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops, unknownKey: 1 }
---
apiVersion: slm/v1
kind: Servce
metadata: { name: x }
spec: {}
---
apiVersion: slm/v1
kind: Service
metadata: { name: y }
spec: {}
`;

describe("a document is schema-checked once (a history loads an unchanged file once for many revisions)", () => {
  it("gives the same findings each time, and a caller changing them does not change the next answer", () => {
    const file = loadedFileFromBytes("a.yaml", "/repo/a.yaml", Buffer.from(TEXT), []);
    const first = validateDocuments(file.documents);
    // By hand from the text above: an unknown property on web, an unknown kind, y without owner.
    expect(first.diagnostics.map((d) => `${d.code} ${d.line}`).sort()).toEqual([
      "schema/required 14",
      "schema/unknown-kind 7",
      "schema/unknown-property 4",
    ]);
    expect(first.outcomes.map((o) => [o.kind, o.valid])).toEqual([
      ["Service", false],
      ["Service", false],
    ]);
    for (const d of first.diagnostics) {
      d.message = "changed by the caller";
      d.severity = "info";
    }
    const second = validateDocuments(file.documents);
    expect(second.diagnostics.map((d) => d.message)).not.toContain("changed by the caller");
    expect(second.diagnostics.map((d) => d.severity)).toEqual(["error", "error", "error"]);
    expect(second.diagnostics.map((d) => `${d.code} ${d.line}`).sort()).toEqual(
      first.diagnostics.map((d) => `${d.code} ${d.line}`).sort(),
    );
    // A document known to be partial (an unresolved template) leaves out its missing properties,
    // checked before or not.
    const partial = validateDocuments(file.documents, { partial: new Set(file.documents) });
    expect(partial.diagnostics.map((d) => d.code).sort()).toEqual([
      "schema/unknown-kind",
      "schema/unknown-property",
    ]);
  });
});
