// Coverage on both engines: every partial list has a coverage entry (a schema walk), sources state their gaps, look-ups in a gap or past an end say NOT_COVERED.
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { readManifest } from '../../src/import/default-imports';
import { runImport } from '../../src/import/import-runner';
import { createSchema } from '../../src/graphql/schema';
import { COMPLETE_LISTS, COVERED_LISTS, findGaps } from '../../src/repo/coverage.repo';
import { startTestApp, type TestApp, ENGINES } from '../helpers';

/** The relationship lists (lists of objects) of the Node types that neither a coverage entry nor a reason for being whole accounts for. */
function listsWithoutCoverage(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const covered = COVERED_LISTS as Record<string, readonly string[]>;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === 'coverage') continue;
      const unwrapped: GraphQLType = isNonNullType(field.type) ? field.type.ofType : field.type;
      const named = getNamedType(field.type);
      if (!isListType(unwrapped) || !(isObjectType(named) || isInterfaceType(named) || isUnionType(named))) continue;
      const hasEntry = covered[type.name]?.includes(field.name) && type.getFields().coverage !== undefined;
      if (!hasEntry && COMPLETE_LISTS[type.name]?.[field.name] === undefined) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing.sort();
}

describe('the schema', () => {
  it('has a coverage entry for every list that only some sources give (or a reason it is whole)', async () => {
    expect(listsWithoutCoverage(await createSchema())).toEqual([]);
  });

  it('fails the walk for a partial list without one', () => {
    const fake = buildSchema(
      'interface Node { id: ID! } type Query { a: Actor } type Actor implements Node { id: ID! friends: [Actor!]! evidence: [Actor!]! }',
    );
    expect(listsWithoutCoverage(fake)).toEqual(['Actor.friends']);
  });

  it('declares each covered list on its type, nullable where an empty list can be unknown', async () => {
    const schema = await createSchema();
    for (const [typeName, fields] of Object.entries(COVERED_LISTS)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is no object type`);
      for (const field of fields) expect(type.getFields()[field]).toBeDefined();
    }
    const resolution = schema.getType('Resolution');
    if (!isObjectType(resolution)) throw new Error('Resolution is no object type');
    expect(String(resolution.getFields().recalledBy!.type)).toBe('[Resolution!]');
  });
});

describe('findGaps', () => {
  const month = (m: string, rows: number, first = `${m}-01`, last = `${m}-28`) => ({ month: m, first, last, rows });
  it('finds an empty run between busy months and leaves a quiet period alone', () => {
    const busy = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12'];
    const after = ['2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03'];
    const months = [...busy.map((m) => month(m, 20)), month('2020-01', 20, '2020-01-02', '2020-01-13'), ...after.map((m) => month(m, 15))];
    expect(findGaps(months)).toEqual([{ from: '2020-01-14', to: '2020-03-31' }]);
    const quiet = [month('1959-01', 3), month('1959-03', 2), month('1959-04', 4)];
    expect(findGaps(quiet)).toEqual([]);
  });
});

interface Note {
  code: string;
  path: string[];
  message: string;
  source: { title: string };
  from: string;
  to: string | null;
}
type Answer = { data?: Record<string, unknown> | null; errors?: unknown[]; extensions?: { notes?: Note[] } };

const MEETINGS_TABLE = 'Security Council meetings 1946–2022 (DHL meeting tables)';

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine });
    for (const { kind, file } of readManifest()) await runImport(app.store, kind, file);
  }, 600_000);
  afterAll(() => app.close());

  const ask = async (query: string): Promise<Answer> => {
    const res = (await app.gql(query)) as Answer;
    expect(res.errors).toBeUndefined();
    return res;
  };
  const notes = (res: Answer) => (res.extensions?.notes ?? []).map(({ code, path, source, from, to }) => ({ code, path, source: source.title, from, to }));

  it('states what each source covers, with the gap of the meetings table found in its rows', async () => {
    const res = await ask('{ sources { kind document { title } coverage { from to gaps { from to } } } }');
    const sources = res.data!.sources as Array<{ kind: string; document: { title: string | null }; coverage: { from: string; to: string; gaps: unknown[] } }>;
    expect(sources.find((s) => s.document.title === MEETINGS_TABLE)).toEqual({
      kind: 'DATASET',
      document: { title: MEETINGS_TABLE },
      coverage: { from: '1946-01-17', to: '2022-06-30', gaps: [{ from: '2020-03-13', to: '2021-01-11' }] },
    });
    expect(sources.filter((s) => s.coverage.gaps.length > 0)).toHaveLength(1);
    expect(sources.find((s) => s.document.title === 'Security Council voting data (DHL)')!.coverage).toEqual({
      from: '2015-02-12',
      to: '2015-02-12',
      gaps: [],
    });
    expect(new Set(sources.map((s) => s.kind))).toEqual(new Set(['DATASET', 'ARTICLE', 'OFFICIAL_DOCUMENT']));
  });

  it('says NOT_COVERED for a resolution in the gap or past the end, and nothing for one it covers', async () => {
    const gap = await ask('{ resolution(number: 2520) { number } }');
    expect(gap.data).toEqual({ resolution: null });
    expect(notes(gap)).toEqual([{ code: 'NOT_COVERED', path: ['resolution'], source: MEETINGS_TABLE, from: '2020-03-13', to: '2021-01-11' }]);
    expect(gap.extensions!.notes![0]!.message).toBe(
      `Resolution 2520 is not loaded; it was adopted between 12 March 2020 and 29 January 2021 (resolutions 2514 and 2561): "${MEETINGS_TABLE}" has no rows from 13 March 2020 to 11 January 2021 (a gap in the source), so what falls then is missing, not absent`,
    );
    const late = await ask('{ r: resolution(number: 2700) { number } }');
    expect(late.data).toEqual({ r: null });
    expect(notes(late)).toEqual([{ code: 'NOT_COVERED', path: ['r'], source: MEETINGS_TABLE, from: '2022-07-01', to: null }]);
    const known = await ask('{ resolution(number: 2199) { number } }');
    expect(known).not.toHaveProperty('extensions.notes');
    // 666 is missing from the table though its neighbours are there: no gap to name, a plain null.
    const inside = await ask('{ resolution(number: 666) { number } }');
    expect(inside.data).toEqual({ resolution: null });
    expect(inside).not.toHaveProperty('extensions.notes');
  });

  it('says NOT_COVERED for a meeting record in the gap or past the end', async () => {
    const gap = await ask('{ meeting(symbol: "S/PV.8750") { symbol } }');
    expect(gap.data).toEqual({ meeting: null });
    expect(notes(gap)).toEqual([{ code: 'NOT_COVERED', path: ['meeting'], source: MEETINGS_TABLE, from: '2020-03-13', to: '2021-01-11' }]);
    expect(gap.extensions!.notes![0]!.message).toMatch(
      /^Meeting S\/PV\.8750 is not loaded; it was held between 12 March 2020 and .* \(meetings S\/PV\.8745 and S\/PV\.\d+\)/,
    );
    const late = await ask('{ meeting(symbol: "S/PV.9100") { symbol } }');
    expect(notes(late)).toEqual([{ code: 'NOT_COVERED', path: ['meeting'], source: MEETINGS_TABLE, from: '2022-07-01', to: null }]);
    const known = await ask('{ meeting(symbol: "S/PV.7587") { symbol } }');
    expect(known.data).toEqual({ meeting: { symbol: 'S/PV.7587' } });
    expect(known).not.toHaveProperty('extensions.notes');
  });

  it('says NOT_COVERED beside a list whose days reach a gap or the end', async () => {
    const meetings2020 = await ask('{ meetings(where: { date: { gte: "2020-01-01", lte: "2020-12-31" } }) { totalCount } }');
    expect(meetings2020.data).toEqual({ meetings: { totalCount: 51 } });
    expect(notes(meetings2020)).toEqual([{ code: 'NOT_COVERED', path: ['meetings'], source: MEETINGS_TABLE, from: '2020-03-13', to: '2021-01-11' }]);
    const resolutions2020 = await ask('{ resolutions(where: { year: { eq: 2020 } }) { totalCount } }');
    expect(resolutions2020.data).toEqual({ resolutions: { totalCount: 11 } });
    expect(notes(resolutions2020)).toEqual([{ code: 'NOT_COVERED', path: ['resolutions'], source: MEETINGS_TABLE, from: '2020-03-13', to: '2021-01-11' }]);
    const since2022 = await ask('{ resolutions(where: { adoptedOn: { gte: "2022-06-01" } }) { totalCount } }');
    expect(notes(since2022)).toEqual([{ code: 'NOT_COVERED', path: ['resolutions'], source: MEETINGS_TABLE, from: '2022-07-01', to: null }]);
    const covered = await ask(
      '{ meetings(where: { date: { gte: "2015-01-01", lte: "2015-12-31" } }) { totalCount } resolutions(where: { year: { eq: 2015 } }) { totalCount } }',
    );
    expect(covered).not.toHaveProperty('extensions.notes');
  });

  it('gives recalledBy a coverage entry: null when no loaded recall names it, what is loaded otherwise', async () => {
    const res = await ask(
      '{ a: resolution(number: 2253) { recalledBy { number } } b: resolution(number: 2199) { recalledBy { number } coverage { field covered note } } }',
    );
    const b = res.data!.b as { recalledBy: unknown; coverage: Array<{ field: string; covered: boolean; note: string }> };
    expect((res.data!.a as { recalledBy: unknown }).recalledBy).toBeNull();
    expect(b.recalledBy).toEqual([{ number: 2253 }]);
    expect(b.coverage.find((c) => c.field === 'recalledBy')).toEqual({
      field: 'recalledBy',
      covered: false,
      note: 'No loaded source lists every resolution that recalls S/RES/2199 (2015): the list holds the later resolutions whose recalls a loaded source gives, and null when none of them recalls it',
    });
  });

  it("gives an actor's lists coverage entries: only the sanctions lists are whole", async () => {
    const res = await ask('{ actor(name: "ISIL") { coverage { field covered sources { title } } } }');
    const coverage = (res.data!.actor as { coverage: Array<{ field: string; covered: boolean; sources: Array<{ title: string | null }> }> }).coverage;
    expect(coverage.map((c) => [c.field, c.covered])).toEqual([
      ['allegationsMade', false],
      ['allegationsNaming', false],
      ['statements', false],
      ['related', false],
      ['sanctions', true],
    ]);
    expect(
      coverage
        .find((c) => c.field === 'sanctions')!
        .sources.map((s) => s.title)
        .sort(),
    ).toEqual(['UN Security Council sanctions list (generated 2015-02-19)', 'UN Security Council sanctions list (generated 2025-04-19)']);
    expect(coverage.find((c) => c.field === 'allegationsMade')!.sources.map((s) => s.title)).toContain(
      'Russia Pushes for UN Resolution Targeting Islamic State',
    );
  });
});
