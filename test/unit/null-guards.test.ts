// Null-guard specialisation and engine-marked lines: the texts the stores run instead of a query file's own.
import { forEngine } from '../../src/store/queries';
import { guardedParams, specialiseNullGuards } from '../../src/store/null-guards';

const Q = `MATCH (al:Allegation)
WHERE ($statuses IS NULL OR al.status IN $statuses)
  AND ($contains IS NULL OR toLower(al.summary) CONTAINS $contains)
  AND ($words IS NULL OR all(word IN $words WHERE (' ' + al.text + ' ') CONTAINS (' ' + word + ')')))
RETURN al.id AS id
ORDER BY id
LIMIT $end`;

describe('specialiseNullGuards', () => {
  it('keeps the predicate of a filter that is set and drops the guard of one that is not', () => {
    expect(specialiseNullGuards(Q, { statuses: ['ALLEGED'], contains: null, words: null, end: 3 })).toBe(
      'MATCH (al:Allegation)\nWHERE (al.status IN $statuses)\nRETURN al.id AS id\nORDER BY id\nLIMIT $end',
    );
  });

  it('drops the WHERE when no filter is set, and an AND beside each dropped guard', () => {
    expect(specialiseNullGuards(Q, { end: 3 })).toBe('MATCH (al:Allegation)\nRETURN al.id AS id\nORDER BY id\nLIMIT $end');
    expect(specialiseNullGuards(Q, { contains: 'oil' })).toBe(
      'MATCH (al:Allegation)\nWHERE (toLower(al.summary) CONTAINS $contains)\nRETURN al.id AS id\nORDER BY id\nLIMIT $end',
    );
  });

  it('finds the end of a guard past brackets inside string literals', () => {
    const out = specialiseNullGuards(Q, { words: ['oil'] });
    expect(out).toContain("WHERE (all(word IN $words WHERE (' ' + al.text + ' ') CONTAINS (' ' + word + ')')))\nRETURN");
  });

  it('leaves the same text when every filter is set, bar the brackets', () => {
    const out = specialiseNullGuards(Q, { statuses: [], contains: '', words: [] });
    expect(out.replace(/\s+/g, ' ')).toBe(Q.replace(/\$(\w+) IS NULL OR /g, '').replace(/\s+/g, ' '));
  });

  it('keeps `true` where dropping it would change the meaning', () => {
    expect(specialiseNullGuards('MATCH (n) WHERE n.a = 1 OR ($p IS NULL OR n.b = $p) RETURN n', {})).toBe('MATCH (n) WHERE n.a = 1 OR true RETURN n');
    expect(specialiseNullGuards('MATCH (n) WHERE NOT ($p IS NULL OR n.b = $p) RETURN n', {})).toBe('MATCH (n) WHERE NOT true RETURN n');
    expect(specialiseNullGuards('MATCH (n) WHERE n.x AND ($p IS NULL OR n.b) = n.c RETURN n', {})).toBe('MATCH (n) WHERE n.x AND true = n.c RETURN n');
    expect(specialiseNullGuards('MATCH (n) WHERE ($p IS NULL OR n.b = $p) OR n.a = 1 RETURN n', {})).toBe('MATCH (n) WHERE true OR n.a = 1 RETURN n');
  });

  it('works inside a subquery and leaves a text with an unclosed guard as it is', () => {
    expect(specialiseNullGuards('MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE ($p IS NULL OR m.id = $p) } RETURN n', {})).toBe(
      'MATCH (n) WHERE EXISTS { MATCH (n)-->(m) } RETURN n',
    );
    expect(specialiseNullGuards('MATCH (n) WHERE ($p IS NULL OR n.b = $p RETURN n', {})).toBe('MATCH (n) WHERE ($p IS NULL OR n.b = $p RETURN n');
  });

  it('lists the guarded parameters once each', () => {
    expect(guardedParams(Q)).toEqual(['statuses', 'contains', 'words']);
    expect(guardedParams('MATCH (n) WHERE ($a IS NULL OR n.x = $a) AND ($a IS NULL OR n.y = $a) RETURN n')).toEqual(['a']);
  });
});

describe('forEngine', () => {
  const text = 'MATCH (a:Actor)\nWHERE (a.kind IN $kinds)\n  AND a.nameKey IS NOT NULL // neo4j only: index order\nRETURN a.id AS id';
  it('leaves out the lines marked for the other engine', () => {
    expect(forEngine(text, 'embedded')).toBe('MATCH (a:Actor)\nWHERE (a.kind IN $kinds)\nRETURN a.id AS id');
    expect(forEngine(text, 'neo4j')).toBe(text);
    expect(forEngine('MATCH (n)\nRETURN n // embedded only', 'neo4j')).toBe('MATCH (n)');
  });
});
