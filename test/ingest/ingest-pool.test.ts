// extractInPool: the same extraction as `extract`, computed in a worker thread (the build in dist/ runs it), and refused past its deadline.
import { configureIngestPool, extractInPool, ingestPool } from '../../src/ingest/ingest-pool';
import { NAMES, run, TOPICS } from './ingest-fixture';

describe('extractInPool', () => {
  afterAll(() => ingestPool().close());

  it('answers what extract answers, off the event loop', async () => {
    const text = 'Diplomats said the Syrian regime has bought oil from ISIL through Turkey on Friday.';
    const inPool = await extractInPool({ text, publishedOn: '2015-12-04', publisher: null, names: NAMES, topics: TOPICS, resolutions: [] });
    expect(inPool).toEqual(run(text, '2015-12-04'));
    expect(inPool.dates).toEqual([{ start: 76, end: 82, quote: 'Friday', value: '2015-12-04', precision: 'DAY_INFERRED', weekday: 'Friday' }]);
  });

  it('refuses a text past its deadline with TIMEOUT', async () => {
    configureIngestPool({ deadlineMs: 1 });
    const text = 'Russia said ISIL sold oil through Turkey. '.repeat(20_000);
    await expect(extractInPool({ text, publishedOn: null, publisher: null, names: NAMES, topics: TOPICS, resolutions: [] })).rejects.toMatchObject({
      extensions: { code: 'TIMEOUT' },
    });
    configureIngestPool({ deadlineMs: 30_000 });
  });
});
