#!/usr/bin/env node
// The screenshots of docs/site.md: the examples' portfolio page and dependency graph, taken with
// Debian's headless Chromium (never a downloaded browser), after building the site into
// examples/site/ with the generation time fixed; writes docs/images/site-portfolio.png and
// docs/images/site-graph.png. Needs `npm run build` first.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "examples", "site");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const built = spawnSync(
  process.execPath,
  [
    join(root, "bin", "slm.js"),
    "-C",
    join(root, "examples"),
    "site",
    "--period",
    "2024-05",
    "--out",
    site,
    "--as-of",
    "2024-06-30",
  ],
  { stdio: "inherit", env: { ...process.env, SOURCE_DATE_EPOCH: "1719748800" } },
);
if (built.status !== 0) process.exit(built.status ?? 2);
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
for (const [page, image, width] of [
  ["index.html", "site-portfolio.png", 1200],
  ["graph.html", "site-graph.png", 1320],
]) {
  const tab = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  await tab.goto(pathToFileURL(join(site, page)).href);
  await tab.screenshot({ path: join(root, "docs", "images", image), fullPage: true });
  await tab.close();
  console.log(`docs/images/${image}`);
}
await browser.close();
