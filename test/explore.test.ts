// /explore draws ISIL's neighbourhood in headless Chromium from local files only: nodes, "N more", evidence of nodes and edges, search.
import type { Browser, Page } from 'playwright-core';
import { readManifest } from '../src/import/default-imports';
import { runImport } from '../src/import/import-runner';
import { toGlobalId } from '../src/ids';
import { describeWithBrowser, launchChromium, offlineContext } from './browser';
import { startTestApp, type TestApp } from './helpers';

/** How many rendered pixels of the graph canvases are not background. */
function inkedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    let inked = 0;
    for (const canvas of Array.from(document.querySelectorAll('[data-testid="graph"] canvas'))) {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      if (!data) continue;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    }
    return inked;
  });
}

describeWithBrowser('explore', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    for (const { kind, file } of readManifest()) if (kind === 'un-sanctions') await runImport(app.store, kind, file);
    browser = await launchChromium();
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("draws ISIL's neighbourhood, expands it 20 at a time, shows evidence and searches, with outside requests blocked", async () => {
    const outside: string[] = [];
    const context = await offlineContext(browser, new URL(app.server.url).origin, outside, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    const isil = toGlobalId('Actor:isil');
    const started = Date.now();
    await page.goto(`${app.server.url}/explore?id=${isil}`);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count')) > 20, undefined, {
      timeout: 30000,
    });
    const firstPaintMs = Date.now() - started;
    const nodes = Number(await page.getAttribute('[data-testid="graph"]', 'data-node-count'));
    process.stdout.write(`explore: ${nodes} nodes drawn ${firstPaintMs} ms after navigation\n`);
    expect(nodes).toBeLessThanOrEqual(200);
    expect(await inkedPixels(page)).toBeGreaterThan(5000);

    // Click ISIL: its evidence quotes with their documents, and "N more" loads 20 more neighbours.
    const tap = (id: string) =>
      page.evaluate(
        (nodeId) => (window as unknown as { cy: { getElementById(id: string): { emit(e: string): void } } }).cy.getElementById(nodeId).emit('tap'),
        id,
      );
    await tap(isil);
    await page.waitForSelector('[data-testid="quote"]', { timeout: 15000 });
    expect(await page.textContent('#details')).toContain('Islamic State');
    const before = Number(await page.getAttribute('[data-testid="graph"]', 'data-node-count'));
    const label = await page.textContent('[data-testid="more"]');
    expect(label).toMatch(/^\d+ more$/);
    await page.click('[data-testid="more"]');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count')) > n, before, { timeout: 15000 });
    const after = Number(await page.getAttribute('[data-testid="graph"]', 'data-node-count'));
    expect(after - before).toBeGreaterThan(0);
    expect(after - before).toBeLessThanOrEqual(20);

    // Click an edge: its evidence quotes.
    await page.evaluate(() => {
      const cy = (window as unknown as { cy: { edges(s: string): Array<{ emit(e: string): void }> } }).cy;
      cy.edges('[type = "NAMES"]')[0]!.emit('tap');
    });
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.startsWith('NAMES'), undefined, { timeout: 10000 });
    expect(await page.locator('[data-testid="quote"]').count()).toBeGreaterThan(0);

    // Search: results link to their pictures.
    await page.fill('#q', 'Turkey');
    await page.click('#search button');
    await page.waitForSelector('#results a', { timeout: 15000 });
    expect(await page.textContent('#results')).toContain('Turkey');

    const shot = await page.locator('[data-testid="graph"]').screenshot();
    expect(shot.length).toBeGreaterThan(10000);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120000);

  it('is linked from the playground, and answers an unknown id with NOT_FOUND', async () => {
    const page = await fetch(`${app.server.url}/`);
    expect(await page.text()).toContain('href="/explore"');
    const res = await fetch(`${app.server.url}/explore/neighbours?id=nobody-at-all`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });
});
