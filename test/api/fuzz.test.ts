// Generated hostile requests (fast-check, a bounded number here; `npm run bench -- fuzz` runs ≥ 10,000): never a 5xx but 503/504, every error coded.
import fc from 'fast-check';
import { HOSTILE_REQUEST, sendAndCheck } from '../../bench/hostile-requests';
import { startTestApp, type TestApp, ENGINES } from '../helpers';

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine });
  });
  afterAll(() => app.close());

  it('answers 400 generated hostile requests with coded client errors and stays up', async () => {
    await fc.assert(
      fc.asyncProperty(HOSTILE_REQUEST, async (request) => {
        const problem = await sendAndCheck(app.server.url, request);
        if (problem)
          throw new Error(
            `${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers)} ${request.body?.slice(0, 300) ?? ''} → ${problem}`,
          );
      }),
      { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
    );
    const res = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ topics { key } }"}',
    });
    expect(((await res.json()) as { data: { topics: unknown[] } }).data.topics).toHaveLength(10);
  }, 120000);
});
