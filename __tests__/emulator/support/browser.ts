import puppeteer, { type Browser } from "puppeteer-core";

/** Debian's Chromium, the browser the dashboard tests drive. */
export const CHROMIUM = "/usr/bin/chromium";

/** A headless Chromium for one test file; close it in afterAll. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
}
