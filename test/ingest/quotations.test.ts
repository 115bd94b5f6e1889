// The quotation stage: direct quotes and reported speech with their speakers (a spokesman for a body is the body; "He" the last speaker; unnamed sources anonymous).
import { run } from './ingest-fixture';

describe('quotations', () => {
  it('attributes a direct quote, a pronoun and an anonymous source', () => {
    const quotes = run(
      '"We are preparing the text," a spokesman for Russia\'s UN mission said. He added that the vote would come soon. Diplomats said Russia circulated a draft.',
    ).quotations;
    expect(quotes.map((q) => [q.kind, q.start, q.end, q.quote, q.speaker?.actorId ?? null, q.anonymous, q.cue, q.speakerSpan?.quote ?? null])).toEqual([
      ['DIRECT', 1, 26, 'We are preparing the text', 'A:mission', false, 'said', "a spokesman for Russia's UN mission"],
      ['REPORTED', 85, 109, 'the vote would come soon', 'A:mission', false, 'added', 'He'],
      ['REPORTED', 126, 151, 'Russia circulated a draft', null, true, 'said', 'Diplomats'],
    ]);
  });

  it('reads a clause before its attribution, and does not take quoted terms for quotes', () => {
    const quotes = run(
      'Russia is leading an initiative on oil, Russia and council diplomats said Wednesday. The list is called the "Islamic State list".',
    ).quotations;
    expect(quotes.map((q) => [q.kind, q.start, q.end, q.quote, q.speaker?.actorId ?? null])).toEqual([
      ['REPORTED', 0, 38, 'Russia is leading an initiative on oil', 'A:russia'],
    ]);
  });
});
