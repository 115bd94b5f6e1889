// The reference stage: resolutions by number and symbol, "the resolution" by discourse, a described adoption ranked by date and topic.
import { run } from './ingest-fixture';

describe('resolution references', () => {
  it('reads numbers and symbols, and takes "the resolution" to the one last cited (not one recalled)', () => {
    const refs = run('The Council adopted Resolution 2253 (2015) and recalled S/RES/2199 (2015). The resolution targets ISIL.').references;
    expect(refs.map((r) => [r.start, r.end, r.quote, r.number, r.choices])).toEqual([
      [20, 42, 'Resolution 2253 (2015)', 2253, [2253]],
      [56, 73, 'S/RES/2199 (2015)', 2199, [2199]],
      [75, 89, 'The resolution', null, [2253, 2199]],
    ]);
  });

  it('ranks the resolutions adopted on the day a described adoption gives, by topic, never picking one silently', () => {
    const x = run('The Security Council adopted a resolution on Thursday to cut off oil money to terrorism.', '2015-02-13', [
      { number: 2199, adoptedOn: '2015-02-12', topics: ['oil', 'terrorism'] },
      { number: 2200, adoptedOn: '2015-02-12', topics: ['oil'] },
      { number: 2100, adoptedOn: '2013-04-25', topics: ['oil'] },
    ]);
    expect(x.references.map((r) => [r.start, r.end, r.quote, r.number, r.choices])).toEqual([[29, 41, 'a resolution', null, [2199, 2200]]]);
    const link = x.candidates.find((c) => c.kind === 'RESOLUTION_LINK')!;
    expect([link.evidence, link.resolutionNumbers]).toEqual([{ start: 29, end: 41, quote: 'a resolution' }, [2199, 2200]]);
  });
});
