// The playground loads in headless Chromium with every outside request blocked and under its CSP, and runs the flagship query.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, tempDir, type TestApp } from './helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
// In CI the browser is installed by .ci/run, so a missing browser fails there instead of skipping.
const maybe = available || process.env.CI ? describe : describe.skip;

maybe('playground', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await chromium.launch({
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
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads from local files only and runs the example query', async () => {
    const context = await browser.newContext();
    const outside: string[] = [];
    const origin = new URL(app.server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      outside.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${app.server.url}/`);
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('statesNamedInConnectionWith'), undefined, {
      timeout: 30000,
    });
    await page.click('.graphiql-execute-button');
    // The response editor is CodeMirror: read its whole value, not just the lines on screen.
    const readResponse = () =>
      page.evaluate(
        () =>
          (document.querySelector('.graphiql-response .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } } | null)?.CodeMirror?.getValue() ?? '',
      );
    await page.waitForFunction(
      () =>
        (
          (document.querySelector('.graphiql-response .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } } | null)?.CodeMirror?.getValue() ?? ''
        ).includes('Turkey'),
      undefined,
      { timeout: 30000 },
    );
    const response = await readResponse();
    expect(response).toContain('TRANSIT');
    expect(response).toContain('some of the Turkish have bought oil');
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The page runs under its Content-Security-Policy (own files only) without a single violation.
    expect(cspViolations).toEqual([]);
    await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT ?? `${tempDir('shot-')}/playground.png` });
    await context.close();
  }, 90000);
});
