// Headless Chromium for the page tests: launched from the Debian package, with every request outside the server blocked.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** describe, or describe.skip without a browser outside CI (in CI, .ci/run installs it: a missing browser fails there). */
export const describeWithBrowser = fs.existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

/** Chromium without network extras (no sync, updates or background requests). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser context that lets through only `origin` (and data:/blob:); `outside` collects every other URL asked for. */
export async function offlineContext(
  browser: Browser,
  origin: string,
  outside: string[],
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  return context;
}
