import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../../src/formatters/report/render-template.js";
import { hostileModel, loadModel } from "./fixtures.js";

/**
 * Opens the HTML report in Debian's headless Chromium (never a downloaded browser). In CI a missing
 * Chromium fails the run; elsewhere the test is skipped with a message.
 */
/** The few DOM globals used in page callbacks (the project's tsconfig has no DOM lib). */
interface PageGlobals {
  document: { documentElement: { lang: string; scrollWidth: number } };
  innerWidth: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === "true" || process.env.CI === "1";
if (!available && !inCi) {
  console.warn(
    `skipping the HTML report browser test: no Chromium at ${CHROMIUM} (apt-get install chromium)`,
  );
}

describe.skipIf(!available && !inCi)("HTML report in headless Chromium", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!available)
      throw new Error(
        `CI=true but Chromium is missing at ${CHROMIUM}: install it (apt-get install chromium)`,
      );
    dir = await mkdtemp(join(tmpdir(), "slm-html-"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function open(name: string, html: string, viewport = { width: 1100, height: 900 }) {
    const file = join(dir, `${name}.html`);
    await writeFile(file, html);
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return { page, problems, requests, url: pathToFileURL(file).href };
  }

  it("renders with no console errors, no network, sized charts, and prints to A4", async () => {
    const html = await renderReport(loadModel("acme-email-2024-05"), "html", {});
    const { page, problems, requests, url } = await open("report", html);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);

    const charts = await page.locator("svg.chart").evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return {
          width: box.width,
          height: box.height,
          role: svg.getAttribute("role"),
          title: svg.querySelector("title")?.textContent,
        };
      }),
    );
    // A trend chart per target, the budget chart and the downtime-by-cause chart.
    expect(charts).toHaveLength(9);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(100);
      expect(chart.height).toBeGreaterThan(50);
      expect(chart.role).toBe("img");
      expect(chart.title).toBeTruthy();
    }
    expect(await page.locator("script").count()).toBe(0);
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang),
    ).toBe("en");

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    await page.close();
  });

  it("fits a phone: only table wrappers scroll sideways", async () => {
    const html = await renderReport(loadModel("acme-email-2024-05"), "html", {});
    const { page, problems } = await open("phone", html, { width: 390, height: 844 });
    expect(problems).toEqual([]);
    const overflow = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return g.document.documentElement.scrollWidth - g.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("hostile values stay text: no script runs, no element is injected", async () => {
    const html = await renderReport(hostileModel(), "html", {});
    const { page, problems, requests, url } = await open("hostile", html);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.locator("script, img, iframe, [onerror], [onload]").count()).toBe(0);
    expect(await page.locator("h1").textContent()).toBe("<script>alert(1)</script>");
    await page.close();
  });
});
