// The candidate stage: an allegation with roles from the trigger lexicon, a denial linked to it, a new actor and a relation; every span verified.
import { run } from './ingest-fixture';

describe('candidates', () => {
  const text =
    'Diplomats said the Syrian regime has bought oil from ISIL through Turkey. Turkey denied buying oil from ISIL. Abu Bakr Smith, leader of ISIL, was seen.';
  const x = run(text);

  it('proposes an allegation with roles, an anonymous claimant and topics', () => {
    const allegation = x.candidates.find((c) => c.kind === 'ALLEGATION')!;
    expect(allegation.evidence).toEqual({ start: 0, end: 73, quote: 'Diplomats said the Syrian regime has bought oil from ISIL through Turkey.' });
    expect([allegation.claimant, allegation.claimantIsPublisher, allegation.status, allegation.topics]).toEqual([null, false, 'ALLEGED', ['oil']]);
    expect(allegation.named).toEqual([
      { actorId: 'A:syria', name: 'Syrian regime', role: 'BUYER' },
      { actorId: 'A:isil', name: 'ISIL', role: 'SELLER' },
      { actorId: 'A:turkey', name: 'Turkey', role: 'TRANSIT' },
    ]);
  });

  it('links the denial to the allegation it answers, by the named party itself', () => {
    const denial = x.candidates.find((c) => c.kind === 'STATEMENT')!;
    expect([denial.evidence.quote, denial.speaker?.actorId, denial.answersEvidence?.start, denial.byNamedParty, denial.status]).toEqual([
      'Turkey denied buying oil from ISIL.',
      'A:turkey',
      0,
      true,
      'DENIED',
    ]);
  });

  it('proposes the unknown person and the relation "X, leader of Y"', () => {
    const actor = x.candidates.find((c) => c.kind === 'ACTOR')!;
    expect([actor.name, actor.actorKind, actor.evidence]).toEqual(['Abu Bakr Smith', 'PERSON', { start: 110, end: 124, quote: 'Abu Bakr Smith' }]);
    const relation = x.candidates.find((c) => c.kind === 'RELATION')!;
    expect([relation.subject, relation.object?.actorId, relation.relation, relation.evidence.quote]).toEqual([
      { actorId: null, name: 'Abu Bakr Smith', role: null },
      'A:isil',
      'LEADER_OF',
      'Abu Bakr Smith, leader of ISIL',
    ]);
  });

  it('returns only spans that are exactly the text at their offsets', () => {
    const spans = [...x.mentions, ...x.references, ...x.dates, ...x.quotations, ...x.candidates.map((c) => c.evidence)];
    expect(spans.filter((s) => text.slice(s.start, s.end) !== s.quote)).toEqual([]);
    expect(spans.length).toBeGreaterThan(10);
  });
});
