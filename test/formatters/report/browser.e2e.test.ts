import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inCi, launchChromium, runsInChromium } from "../../helpers/chromium.js";
import { renderReport } from "../../../src/formatters/report/render-template.js";
import type { ReportModel } from "../../../src/report/report-model.js";
import { runCli } from "../../helpers/cli.js";
import { EXAMPLES } from "../../helpers/paths.js";
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

/** poppler-utils reads the printed PDF back as text. */
const POPPLER = existsSync("/usr/bin/pdftotext");

describe.skipIf(!runsInChromium("the HTML report browser test"))("HTML report in headless Chromium", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "slm-html-"));
    browser = await launchChromium();
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
    expect(charts).toHaveLength(8);
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

  it("prints the zh-CN report to PDF with the Chinese text in it, from a CJK font", async (context) => {
    if (!POPPLER) {
      if (inCi) throw new Error("CI=true but pdftotext is missing: apt-get install poppler-utils");
      console.warn("skipping the CJK PDF check: no pdftotext (apt-get install poppler-utils fonts-noto-cjk)");
      context.skip();
    }
    const json = await runCli(
      ["report", "--period", "2024-Q2", "--sla", "jinling-erp", "--format", "json", "--out", "-"],
      { cwd: `${EXAMPLES}/china`, env: { SOURCE_DATE_EPOCH: "1719792000" } },
    );
    expect(json.code).toBe(0);
    const html = renderReport(JSON.parse(json.stdout) as ReportModel, "html", { locale: "zh-CN" });
    const { page, problems, requests, url } = await open("zh-CN", html);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(
      await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang),
    ).toBe("zh-CN");
    // The glyphs of the headings come from a font that has them (Debian's fonts-noto-cjk in CI),
    // not from a fallback that draws boxes: Chromium says which platform font rendered a node.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: "#summary-heading",
    });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    expect(fonts.map((f) => f.familyName).join(", ")).toMatch(/CJK|Source Han|PingFang|YaHei|WenQuanYi/i);

    const file = join(dir, "zh-CN.pdf");
    await page.pdf({ path: file, format: "A4", printBackground: true });
    await page.close();

    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    for (const heading of [
      "摘要",
      "服务级别指标",
      "违约",
      "服务抵扣",
      "趋势",
      "服务评审事项",
      "数据质量",
      "报告输入文件",
    ])
      expect(text, heading).toContain(heading);
    // Data from the files (the customer's name) and words from the catalogue side by side.
    expect(text).toContain("金陵零售集团");
    expect(text).toContain("4 项指标中 0 项达标");
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
