#!/usr/bin/env node
// Renders a report model to HTML and screenshots it in headless Chromium: docs/images/report.png.
// Run by hand after `npm run build`:
//   node scripts/screenshot-report.mjs [MODEL.json | REPORT.html] [OUT.png] [--width 1100] [--height 1600]
//     [--full] [--mobile]
// Without --full only the first --height pixels (the header, summary, targets and budget chart) are shot.
// Uses the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium); never downloads a browser.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const positional = args.filter(
  (a, i) => !a.startsWith("--") && !(i > 0 && ["--width", "--height"].includes(args[i - 1])),
);
const input = positional[0] ?? "test/fixtures/report-model/acme-email-2024-05.json";
const out = positional[1] ?? "docs/images/report.png";
const mobile = flag("--mobile");
const width = Number(option("--width", mobile ? "390" : "1100"));
const height = Number(option("--height", mobile ? "844" : "1600"));

let html;
if (input.endsWith(".html")) {
  html = await readFile(input, "utf8");
} else {
  const { renderReport } = await import("../dist/report/render/index.js");
  html = await renderReport(JSON.parse(await readFile(input, "utf8")), "html", {});
}

const dir = await mkdtemp(join(tmpdir(), "slm-screenshot-"));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
try {
  const file = join(dir, "report.html");
  await writeFile(file, html);
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: mobile ? 2 : 1 });
  await page.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort(),
  );
  await page.goto(pathToFileURL(file).href);
  await page.screenshot({ path: out, fullPage: flag("--full") });
  console.log(`wrote ${out} (${width}px wide)`);
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
