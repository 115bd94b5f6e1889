// The playground loads in headless Chromium with every outside request blocked and under its CSP, and runs the flagship query.
import type { Browser } from 'playwright-core';
import { describeWithBrowser, launchChromium, offlineContext } from './browser';
import { startTestApp, tempDir, type TestApp } from './helpers';

describeWithBrowser('playground', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads from local files only and runs the example query', async () => {
    const outside: string[] = [];
    const context = await offlineContext(browser, new URL(app.server.url).origin, outside);
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
