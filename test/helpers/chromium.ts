import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/**
 * Debian's headless Chromium for the browser tests (never a browser a tool downloads). In CI a
 * missing Chromium fails the run; elsewhere the tests are skipped with a message naming them.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumAvailable = existsSync(CHROMIUM);
export const inCi = process.env.CI === "true" || process.env.CI === "1";

/** Whether the browser tests named `what` run here; warns when they are skipped. */
export function runsInChromium(what: string): boolean {
  if (!chromiumAvailable && !inCi)
    console.warn(`skipping ${what}: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  return chromiumAvailable || inCi;
}

/** Launches it headless, without anything that would reach the network by itself. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable)
    throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: install it (apt-get install chromium)`);
  return chromium.launch({
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
}
