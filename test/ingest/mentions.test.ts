// The mention stage: gazetteer hits with case and word rules, demonyms and capitals only as actors, ambiguity kept, unknown names by rule.
import { foldText } from '../../src/ingest/gazetteer.matcher';
import { run } from './ingest-fixture';

describe('mentions', () => {
  const text =
    "Russia's envoy said the U.N. and ISIL disagree. Russian warplanes struck, while Russian citizens left. Moscow is drafting a text. It rained in Moscow. Jordan spoke, and this is Dr. Nasser Bilal.";

  it('finds names, acting demonyms and capitals, keeps a shared name unresolved and proposes unknown names', () => {
    const found = run(text).mentions.map((m) => [m.start, m.end, m.quote, m.actorId, m.choices, m.via, m.proposedName ?? null]);
    expect(found).toEqual([
      [0, 6, 'Russia', 'A:russia', [], 'GAZETTEER', null],
      [24, 28, 'U.N.', 'A:un', [], 'GAZETTEER', null],
      [33, 37, 'ISIL', 'A:isil', [], 'GAZETTEER', null],
      [48, 55, 'Russian', 'A:russia', [], 'GAZETTEER', null],
      [103, 109, 'Moscow', 'A:russia', [], 'GAZETTEER', null],
      [151, 157, 'Jordan', null, ['A:jordan', 'A:jordan-person'], 'GAZETTEER', null],
      [181, 193, 'Nasser Bilal', null, [], 'RULE', 'Nasser Bilal'],
    ]);
  });

  it('matches an acronym only in capitals ("is" is not IS) and a state with its government', () => {
    const found = run('This is what IS wants, and the Syrian regime and the Turkey government know it.').mentions.map((m) => [
      m.start,
      m.end,
      m.quote,
      m.actorId,
    ]);
    expect(found).toEqual([
      [13, 15, 'IS', 'A:isil'],
      [31, 44, 'Syrian regime', 'A:syria'],
      [53, 70, 'Turkey government', 'A:turkey'],
    ]);
  });

  it('folds text keeping offsets: diacritics, apostrophes, possessives', () => {
    const fold = foldText('Da’esh and Russia’s Côte');
    expect(fold.folded).toBe('daesh and russia s cote');
    expect([fold.starts[6], fold.ends[15]]).toEqual([7, 17]);
  });
});
