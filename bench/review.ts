// The review page on a large document: a generated 1 MB text with 2,000 mentions and 200 candidates written into a store, opened in headless Chromium; time until the text and highlights are painted, and frames over a scripted scroll.
import { chromium } from 'playwright-core';
import { storeId, toGlobalId } from '../src/ids';
import { normaliseName, searchTextOf } from '../src/names';
import { runSeed } from '../seed/seed';
import type { CandidateDraft } from '../src/ingest/ingest.types';
import type { GraphStore } from '../src/store/graph-store';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The generated document's size. */
export const REVIEW_DOCUMENT = { chars: 1_000_000, mentions: 2_000, candidates: 200 };

/** Seed actors the generated mentions resolve to, and names left unresolved or ambiguous. */
const RESOLVED: Array<[string, string]> = [
  ['Turkey', 'Actor:turkey'],
  ['Syria', 'Actor:syria'],
  ['Russia', 'Actor:russia'],
  ['ISIL', 'Actor:isil'],
  ['Jordan', 'Actor:jordan'],
];
const UNRESOLVED = ['Kareem Haddad', 'the trading house', 'Abu Muhammad'];

/**
 * Writes the seed and one generated document (paragraphs of ~500 characters, each naming one actor per ~500 characters;
 * one in ten mentions unresolved, one in twenty ambiguous; a candidate every 5,000 characters) into `store`.
 * Returns the document's GraphQL id.
 */
export async function writeReviewDocument(store: GraphStore): Promise<string> {
  await runSeed(store);
  const { chars, mentions: mentionCount, candidates: candidateCount } = REVIEW_DOCUMENT;
  const per = Math.floor(chars / mentionCount);
  let text = '';
  const mentions: Array<Record<string, unknown>> = [];
  for (let i = 0; i < mentionCount; i++) {
    const unresolved = i % 10 === 9;
    const ambiguous = i % 20 === 19;
    const [name, actorId] = unresolved ? [UNRESOLVED[i % UNRESOLVED.length]!, null] : RESOLVED[i % RESOLVED.length]!;
    const lead = `Paragraph ${i + 1}. Officials said on Wednesday that `;
    const start = text.length + lead.length;
    const filler = ` moved oil across the border through intermediaries, according to the report, which cited shipping records and testimony. `;
    let piece = lead + name + filler;
    while (piece.length < per - 1) piece += 'The figures could not be verified independently. '.slice(0, per - 1 - piece.length);
    text += piece + '\n';
    mentions.push({
      id: `Mention:bench-${i}`,
      props: {
        text: name,
        start,
        end: start + name.length,
        confidence: actorId ? 1 : 0.4,
        ...(actorId ? { actorId } : {}),
        choices: ambiguous ? ['Actor:turkey', 'Actor:syria'] : [],
        via: actorId ? 'GAZETTEER' : 'SUGGESTION',
      },
    });
  }
  text = text.padEnd(chars, ' ');
  const documentKey = storeId('Document', 'bench-review');
  const now = new Date().toISOString();
  const everyCandidate = Math.floor(mentionCount / candidateCount);
  const candidates = Array.from({ length: candidateCount }, (_, index) => {
    const m = mentions[index * everyCandidate]!.props as { start: number };
    const start = text.lastIndexOf('\n', m.start) + 1;
    const end = text.indexOf('\n', m.start);
    const quote = text.slice(start, end);
    const draft: CandidateDraft = {
      kind: 'ALLEGATION',
      evidence: { start, end, quote },
      confidence: 0.6,
      summary: `Generated allegation ${index + 1}`,
      claimant: null,
      named: [{ actorId: 'Actor:turkey', name: 'Turkey', role: 'TRANSIT' }],
      topics: ['oil'],
      status: 'ALLEGED',
      statedOn: null,
    };
    const json = JSON.stringify(draft);
    return {
      id: storeId('Candidate', `bench-review-${index}`),
      documentId: documentKey,
      props: {
        documentId: documentKey,
        index,
        kind: 'ALLEGATION',
        status: 'PENDING',
        confidence: 0.6,
        summary: draft.summary,
        quote,
        start,
        end,
        proposal: json,
        draft: json,
        facts: [],
        decisionCount: 0,
        createdAt: now,
      },
    };
  });
  const title = 'Generated review document (1 MB, 2,000 mentions)';
  await store.writeTransaction(
    [
      {
        query: 'upsert-documents',
        params: {
          rows: [
            {
              id: documentKey,
              props: {
                title,
                publisher: 'Bench',
                publishedOn: '2016-02-02',
                text,
                textLength: text.length,
                contentHash: 'bench-review',
                nameKey: normaliseName(title),
                searchText: searchTextOf([title]),
                sourceKind: 'ARTICLE',
                covers: ['allegations', 'statements'],
                ingestedBy: 'bench',
                ingestedAt: now,
              },
            },
          ],
        },
      },
      { query: 'upsert-mentions', params: { rows: mentions.map((m) => ({ ...m, documentId: documentKey })) } },
      { query: 'upsert-candidates', params: { rows: candidates } },
    ],
    { actor: 'bench', decision: 'bench review document' },
  );
  return toGlobalId(documentKey);
}

interface PageRun {
  /** From navigation start to the page's marks (ms): the text arrived, the text with the candidates' quotes painted; the mentions arrived, the whole painted. */
  text: number;
  textPainted: number;
  mentions: number;
  painted: number;
  /** Frames over the scripted scroll. */
  frames: number[];
}

/** Opens /review/<id> `runs` times in a fresh context each; the page's marks and the frames of a scripted scroll. */
export async function measureReviewPage(url: string, documentId: string, runs: number): Promise<Array<[string, string, string]>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const results: PageRun[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${url}/review/${documentId}`);
      await page.waitForFunction(() => performance.getEntriesByName('review:painted').length > 0, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
        return {
          text: at('review:text'),
          textPainted: at('review:text-painted'),
          mentionsIn: at('review:mentions'),
          painted: at('review:painted'),
          mentions: document.querySelectorAll('#text [data-m]').length,
        };
      });
      if (marks.mentions < REVIEW_DOCUMENT.mentions) throw new Error(`only ${marks.mentions} mentions on the page`);
      // A scripted scroll through the text: 40 px a frame for 300 frames, each frame's duration.
      const frames = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const out: number[] = [];
            let last = performance.now();
            let n = 0;
            const step = (t: number) => {
              out.push(t - last);
              last = t;
              window.scrollBy(0, 40);
              if (++n < 300) requestAnimationFrame(step);
              else resolve(out.slice(1));
            };
            requestAnimationFrame((t) => {
              last = t;
              requestAnimationFrame(step);
            });
          }),
      );
      results.push({ text: marks.text, textPainted: marks.textPainted, mentions: marks.mentionsIn, painted: marks.painted, frames });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const frames = results.flatMap((r) => r.frames);
  const f = (x: number) => x.toFixed(0);
  const long = frames.filter((x) => x > 50).length;
  const m = (key: keyof Omit<PageRun, 'frames'>) => f(median(results.map((r) => r[key])));
  return [
    [
      `review page, 1 MB / 2,000 mentions / 200 candidates: first paint of the text with the candidates' quotes (median of ${runs})`,
      `${m('textPainted')} ms from navigation (text arrived at ${m('text')} ms)`,
      '< 1500 ms',
    ],
    ['review page, the same with the 2,000 mentions underlined', `${m('painted')} ms from navigation (mentions arrived at ${m('mentions')} ms)`, ''],
    [
      'review page, scripted scroll (40 px a frame, 300 frames a run)',
      `frame median ${median(frames).toFixed(1)} ms, p95 ${[...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)]!.toFixed(1)} ms, ${long} of ${frames.length} frames over 50 ms`,
      'smooth: p95 ≤ 33 ms',
    ],
  ];
}
