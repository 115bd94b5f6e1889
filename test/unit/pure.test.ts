// The pure functions, without a store: names, meeting symbols, vote outcomes, agenda topics, list filters, algorithm scores, config.
import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { agendaTopics } from '../../src/import/agenda-topics';
import { parseOutcome } from '../../src/import/un-meetings.importer';
import { normaliseName, searchTextOf, symbolNumber } from '../../src/names';
import { allowedValues, dateParams, intParams, matchWords, stringParams } from '../../src/repo/listing';
import { firstItems } from '../../src/repo/loaders';
import { checkArgBounds, NestedFirstArgs, PageArgs } from '../../src/graphql/list.type';
import { multiplicity, normaliseAlgorithmRows } from '../../src/store/algorithms';
import { neo4jVersionProblem } from '../../src/store/neo4j-store';

const codeOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code ?? (error as Error).name;
  }
  return null;
};

describe('names', () => {
  it.each([
    ['Da’esh', 'daesh'],
    ["Da'esh", 'daesh'],
    ['  The Islamic State  ', 'islamic state'],
    ['Côte d’Ivoire', 'cote divoire'],
    ['al-Baghdadi', 'al baghdadi'],
    ['S/RES/2199 (2015)', 's res 2199 2015'],
  ])('normalises %j to %j', (name, key) => expect(normaliseName(name)).toBe(key));

  it('joins search texts normalised, skipping empty parts', () => expect(searchTextOf(['Oil', null, '', 'Da’esh'])).toBe('oil | daesh'));

  it.each([
    ['S/PV.7587', 7587],
    ['S/PV.999(Resumption1)', 999],
    ['S/PV.2970(PARTI)|S/PV.2970(PARTII)', 2970],
    [null, null],
    ['press statement', null],
  ])('reads the number of %j as %j', (symbol, n) => expect(symbolNumber(symbol)).toBe(n));
});

describe('vote outcomes of the meetings table', () => {
  it('reads votes, unanimity and adoption without a vote', () => {
    expect(parseOutcome('S/RES/2199 (2015) | 15-0-0')).toEqual([
      expect.objectContaining({ number: 2199, year: 2015, votesFor: 15, votesAgainst: 0, abstentions: 0, unanimous: true }),
    ]);
    expect(parseOutcome('S/RES/1973 (2011) | 10-0-5')[0]).toMatchObject({ votesFor: 10, abstentions: 5, unanimous: false });
    expect(parseOutcome('S/RES/100 (1953) adopted without vote')[0]).toMatchObject({ number: 100, adoptedWithoutVote: true });
    expect(parseOutcome('--')).toEqual([]);
  });
});

describe('agenda titles to topics', () => {
  it.each([
    ['Threats to international peace and security caused by terrorist acts', ['terrorism']],
    ['Briefings by Chairmen of subsidiary bodies of the Security Council — sanctions, terrorism, Africa', ['terrorism', 'sanctions']],
    ['The situation in Cyprus', []],
    ['Counter-terrorist financing', ['terrorism']],
  ])('maps %j to %j (whole words)', (title, topics) => expect(agendaTopics(title).sort()).toEqual([...topics].sort()));
});

describe('list filters', () => {
  it('turns eq and in into one list of allowed values', () => {
    expect(allowedValues('x', 'a', null)).toEqual(['a']);
    expect(allowedValues('x', 'a', ['a', 'b'])).toEqual(['a']);
    expect(allowedValues('x', 'c', ['a', 'b'])).toEqual([]);
    expect(allowedValues('x', null, null)).toBeNull();
    expect(
      codeOf(() =>
        allowedValues(
          'x',
          null,
          Array.from({ length: 101 }, (_, i) => i),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('narrows date bounds with eq, and reads Date scalars as days', () => {
    expect(dateParams('d', { gte: '2015-01-01', eq: '2015-06-01' })).toEqual({ dFrom: '2015-06-01', dTo: '2015-06-01' });
    expect(dateParams('d', { gte: new Date('2015-01-01T00:00:00Z'), lte: '2015-12-31' })).toEqual({ dFrom: '2015-01-01', dTo: '2015-12-31' });
    expect(dateParams('d', null)).toEqual({ dFrom: null, dTo: null });
  });

  it('lower-cases contains/startsWith, splits matches into normalised words and refuses empty ones', () => {
    expect(stringParams('name', { contains: 'ISIL', matches: 'al-Baghdadi' })).toEqual({
      nameValues: null,
      nameContains: 'isil',
      nameStartsWith: null,
      nameWords: ['al', 'baghdadi'],
    });
    expect(codeOf(() => matchWords('name', '%%'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => stringParams('name', { contains: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
    expect(intParams('n', { in: [1, 2], gte: 1 })).toEqual({ nValues: [1, 2], nFrom: 1, nTo: null });
  });

  it('bounds page sizes and nested firsts on their argument classes', () => {
    expect(codeOf(() => checkArgBounds({ first: 100 }, PageArgs))).toBeNull();
    expect(codeOf(() => checkArgBounds({ first: 101 }, PageArgs))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkArgBounds({ last: -1 }, PageArgs))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkArgBounds({ first: 500 }, NestedFirstArgs))).toBeNull();
    expect(codeOf(() => checkArgBounds({ first: 501 }, NestedFirstArgs))).toBe('BAD_USER_INPUT');
    expect(firstItems([1, 2, 3], 2)).toEqual([1, 2]);
    expect(firstItems([1, 2, 3], null)).toEqual([1, 2, 3]);
  });
});

describe('algorithm results', () => {
  it('normalises PageRank to sum 1 (GDS does not, Grafeo does) and keeps community ids', () => {
    const rows = normaliseAlgorithmRows('pagerank', [
      { id: 'b', score: 0.15 },
      { id: 'a', score: 0.45 },
    ]);
    expect(rows).toEqual([
      { id: 'a', score: 0.75 },
      { id: 'b', score: 0.25 },
    ]);
    expect(normaliseAlgorithmRows('louvain', [{ id: 'x', score: 7 }])).toEqual([{ id: 'x', score: 7 }]);
    expect([multiplicity(0), multiplicity(3), multiplicity(99)]).toEqual([1, 3, 10]);
  });
});

describe('the Neo4j versions Dossier runs on', () => {
  it.each([
    ['Neo4j/5.26.0', true],
    ['Neo4j/5.23.0', true],
    ['Neo4j/2025.01.0', true],
    ['Neo4j/5.22.0', false],
    ['Neo4j/4.4.30', false],
  ])('%s: %s', (agent, runs) => {
    const problem = neo4jVersionProblem(agent);
    if (runs) expect(problem).toBeNull();
    else expect(problem).toBe(`Dossier needs Neo4j 5.23 or later (its Cypher uses CALL (x) { … } subqueries); the server at NEO4J_URI is ${agent}`);
  });
});

describe('config', () => {
  it('reads defaults and refuses bad values naming the variable', () => {
    expect(loadConfig({}).port).toBe(4000);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI must start with neo4j:\/\/ or bolt:\/\//);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });
});
