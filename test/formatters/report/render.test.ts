import { describe, expect, it } from "vitest";
import { renderReport } from "../../../src/formatters/report/render-template.js";
import { loadModel } from "./fixtures.js";

const FIXTURES = ["acme-email-2024-05", "messaging-ola-no-data"] as const;

// Snapshots end in .snap so that biome does not lint the generated HTML as source.
describe("built-in report templates", () => {
  for (const name of FIXTURES) {
    for (const format of ["md", "html"] as const) {
      it(`renders ${name} as ${format}`, async () => {
        const output = await renderReport(loadModel(name), format, {});
        await expect(output).toMatchFileSnapshot(`__snapshots__/${name}.${format}.snap`);
      });
    }
  }

  it("is deterministic: same model, same bytes", async () => {
    const model = loadModel("acme-email-2024-05");
    for (const format of ["md", "html"] as const) {
      expect(await renderReport(model, format, {})).toBe(
        await renderReport(structuredClone(model), format, {}),
      );
    }
  });

  it("never shows a no-data target as met", async () => {
    const md = await renderReport(loadModel("acme-email-2024-05"), "md", {});
    const row = md.split("\n").find((line) => line.startsWith("| webmail-success | requests"));
    expect(row).toContain("| no data | No data |");
    expect(row).not.toMatch(/\bMet\b/);
    const html = await renderReport(loadModel("messaging-ola-no-data"), "html", {});
    expect(html).not.toContain('class="badge met"');
    expect(html.match(/class="badge no-data">No data</g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("HTML is self-contained: no scripts, no external resources", async () => {
    const html = await renderReport(loadModel("acme-email-2024-05"), "html", {});
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\//i);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain("@page { size: A4;");
    // A trend chart per target and the budget chart (8), and the availability target's downtime by cause.
    expect(html.match(/<svg class="chart"[^>]* role="img"/g)?.length).toBe(8 + 1);
    expect(html.match(/<caption/g)?.length).toBeGreaterThan(5);
  });

  it("shows each section of SPEC §6", async () => {
    const md = await renderReport(loadModel("acme-email-2024-05"), "md", {});
    for (const heading of [
      "Summary",
      "Targets",
      "Breaches",
      "Worst outages",
      "Breached tickets",
      "Service credits",
      "Trend",
      "For the service review",
      "Data quality",
      "Report inputs",
    ]) {
      expect(md).toContain(`\n## ${heading}\n`);
    }
    expect(md).toContain(
      "| data/outages.csv | c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9 |",
    );
    expect(md).toContain("| **Total due** | | | **25%** | **EUR 3,000.00** | |");
    expect(md).toContain(
      "| NC-1 | p2-resolution: 90% of P2 tickets resolved within 8h not achieved | Critical |",
    );
  });

  it("resolves the templates from the built package too (dist/)", async () => {
    // dist/ is built by the global test setup; a computed specifier keeps tsc from resolving it.
    const built = "../../../dist/formatters/report/render-template.js";
    const dist = (await import(built)) as typeof import("../../../src/formatters/report/render-template.js");
    const model = loadModel("acme-email-2024-05");
    expect(await dist.renderReport(model, "html", {})).toBe(await renderReport(model, "html", {}));
  });
});
