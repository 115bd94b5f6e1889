// Every query file: listed in QUERY_NAMES (and back), headed by a // comment, clean under Neo4j's
// own parser, and runnable on the embedded engine against the seed.
import fs from 'node:fs';
import path from 'node:path';
import { runSeed } from '../../seed/seed';
import { runImport } from '../../src/import/import-runner';
import { CYPHER_DIR, QUERY_NAMES, loadQueries, loadSchemaStatements, type QueryName } from '../../src/store/queries';
import { guardedParams, specialiseNullGuards } from '../../src/store/null-guards';
import { chainReads, combineReads, splitRows } from '../../src/store/read-batch';
import { ROW_SHAPES, type ColumnShape, type MapShape } from '../../src/store/row-shapes';
import type { GraphStore } from '../../src/store/graph-store';
import { lintCypher, linterTestSchema } from '../../src/store/read-only-guard';
import neo4j from 'neo4j-driver';
import { toNeo4jParam } from '../../src/store/neo4j-store';
import { ENGINES, neo4jSettings, openTestStore } from '../helpers';

function listCypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listCypherFiles(path.join(dir, e.name)) : e.name.endsWith('.cypher') ? [path.join(dir, e.name)] : []));
}

const DATA = path.join(__dirname, '..', '..', 'seed', 'data');
const registry = linterTestSchema();
const files = listCypherFiles(CYPHER_DIR);

const nulls = (...names: string[]) => Object.fromEntries(names.map((n) => [n, null]));
const strings = (p: string) => nulls(`${p}Values`, `${p}Contains`, `${p}StartsWith`, `${p}Words`);
const paging = (orderField: string) => ({ orderField, descending: true, skip: 0, limit: 5 });
const WHERE = {
  actors: { ...strings('name'), nameWords: ['al', 'baghdadi'], kinds: ['PERSON'], memberOfIds: null, sanctioned: null },
  meetings: { ...nulls('dateTo', 'words'), ...strings('kind'), ...strings('title'), ...strings('symbol'), dateFrom: '2015-01-01', topicId: null },
  documents: {
    ...strings('title'),
    ...strings('publisher'),
    ...nulls('words', 'publishedTo'),
    publisherContains: 'united nations',
    publishedFrom: '2015-01-01',
  },
  statements: { ...strings('quote'), ...nulls('meetingSymbols', 'direct'), speakerIds: ['Actor:ilya-rogachev'], quoteWords: ['oil'] },
  resolutions: {
    ...nulls('numberValues', 'numberFrom', 'numberTo', 'yearTo', 'adoptedTo', 'drafterIds', 'targetIds', 'outcome'),
    yearValues: [2015],
    yearFrom: 2015,
    adoptedFrom: '2015-01-01',
    topicId: 'Topic:terrorism',
  },
  allegations: {
    ...strings('summary'),
    ...nulls('statedTo', 'words', 'claimantIds'),
    statuses: ['ALLEGED', 'DISPUTED'],
    statedFrom: '2015-01-01',
    topicId: 'Topic:oil',
    namedIds: ['Actor:turkey'],
  },
};

/** Parameters that make each query run (and return rows) on the seed. */
const PARAMS: Record<QueryName, Record<string, unknown>> = {
  'count-listed-actors': WHERE.actors,
  'count-listed-actors-among': { ...WHERE.actors, candidateIds: ['Actor:ilya-rogachev'] },
  'page-actors-among': { ...WHERE.actors, candidateIds: ['Actor:ilya-rogachev'], ...paging('name') },
  'list-actor-ids-matching-words': { words: ['al', 'baghdadi'] },
  'list-actor-ids-member-of': { ids: ['Actor:mfa-new-challenges'] },
  'refresh-actor-sanctioned': { ids: [] },
  'backfill-actor-sanctioned': {},
  'backfill-statement-dates': {},
  'backfill-allegation-status-labels': {},
  'count-allegations-by-status': { statuses: ['ALLEGED', 'DENIED'] },
  'count-listed-allegations': WHERE.allegations,
  'count-listed-documents': WHERE.documents,
  'count-listed-meetings': WHERE.meetings,
  'count-listed-resolutions': WHERE.resolutions,
  'count-listed-statements': WHERE.statements,
  'page-actor-ids': { ...WHERE.actors, end: 5 },
  'page-actor-ids-desc': { ...WHERE.actors, end: 5 },
  'page-actor-ids-by-kind': { ...WHERE.actors, end: 5 },
  'page-actor-ids-by-kind-desc': { ...WHERE.actors, end: 5 },
  'page-allegation-ids': { ...WHERE.allegations, end: 5 },
  'page-allegation-ids-desc': { ...WHERE.allegations, end: 5 },
  'page-allegation-ids-by-day': { ...WHERE.allegations, end: 5 },
  'page-allegation-ids-by-day-desc': { ...WHERE.allegations, end: 5 },
  'page-documents': { ...WHERE.documents, ...paging('title') },
  'page-meetings': { ...WHERE.meetings, ...paging('symbol') },
  'page-resolutions': { ...WHERE.resolutions, ...paging('adopted_on') },
  'page-statement-ids': { ...WHERE.statements, end: 5 },
  'page-all-statement-ids': { end: 5 },
  'page-all-statement-ids-desc': { end: 5 },
  'count-all-statements': {},
  'count-missing-derived': {},
  'page-all-allegation-ids': { end: 5 },
  'page-all-allegation-ids-desc': { end: 5 },
  'page-all-allegation-ids-by-day': { end: 5 },
  'page-all-allegation-ids-by-day-desc': { end: 5 },
  'page-all-actor-ids': { end: 5 },
  'page-all-actor-ids-desc': { end: 5 },
  'page-all-actor-ids-by-kind': { end: 5 },
  'page-all-actor-ids-by-kind-desc': { end: 5 },
  'count-all-allegations': {},
  'count-all-actors': {},
  'page-statement-ids-desc': { ...WHERE.statements, end: 5 },
  'page-statements-by-speaker': { ...WHERE.statements, ...paging('speaker') },
  'page-statements-among': {
    ...WHERE.statements,
    candidateIds: ['Statement:rogachev-warplanes', 'Statement:rogachev-coalition-strikes', 'Statement:rogachev-not-competing'],
    ...paging('speaker'),
  },
  'count-listed-statements-among': {
    ...WHERE.statements,
    candidateIds: ['Statement:rogachev-warplanes', 'Statement:rogachev-coalition-strikes', 'Statement:rogachev-not-competing'],
  },
  'list-statement-ids-by-speakers': { ids: ['Actor:ilya-rogachev'] },
  'list-statement-ids-at-meetings': { ids: ['S/PV.7587'] },
  'count-listed-allegations-among': { ...WHERE.allegations, candidateIds: ['Allegation:oil-flows-through-turkey', 'Allegation:none'] },
  'count-listed-meetings-among': { ...WHERE.meetings, candidateIds: ['Meeting:S/PV.7587'] },
  'count-listed-resolutions-among': { ...WHERE.resolutions, candidateIds: ['Resolution:2253', 'Resolution:2199'] },
  'page-allegations-among': { ...WHERE.allegations, candidateIds: ['Allegation:syria-turkey-bought-isis-oil'], ...paging('stated_on') },
  'page-meetings-among': { ...WHERE.meetings, candidateIds: ['Meeting:S/PV.7587'], ...paging('date') },
  'page-resolutions-among': { ...WHERE.resolutions, candidateIds: ['Resolution:2253', 'Resolution:2199'], ...paging('number') },
  'list-allegation-ids-about-topics': { ids: ['Topic:oil'] },
  'list-allegation-ids-naming': { ids: ['Actor:turkey'] },
  'list-allegation-ids-claimed-by': { ids: ['Actor:russian-mfa'] },
  'list-resolution-ids-about-topics': { ids: ['Topic:terrorism'] },
  'list-resolution-ids-drafted-by': { ids: ['Actor:russia'] },
  'list-resolution-ids-targeting': { ids: ['Actor:isil'] },
  'list-resolution-ids-in-years': { ids: [2015] },
  'list-meeting-ids-about-topics': { ids: ['Topic:terrorism'] },
  'list-sources': {},
  'list-neighbours': { ids: ['Actor:turkey', 'Resolution:2253'], skip: 0, limit: 20 },
  'find-entities': { ids: ['Actor:turkey', 'Topic:oil', 'Resolution:2253'] },
  'list-allegation-graph-edges': { topicId: 'Topic:oil' },
  'list-actor-graph-edges': {},
  'list-recall-edges': {},
  'mark-coverage': { rows: [] },
  'find-actors-by-name-keys': { keys: ['isis', 'turkey'] },
  'find-actors-by-sanction-reference': { refs: ['QDe.115'] },
  'find-import-status': { id: 'Document:rogachev-tass-2015' },
  'find-source-record-actors': { ids: ['SourceRecord:test'] },
  'find-source-record-names': { id: 'SourceRecord:test' },
  'link-possible-matches': { rows: [] },
  'link-source-records': { rows: [] },
  'link-votes': { rows: [] },
  'list-actor-names': { ids: ['Actor:isil'] },
  'list-actor-sanctions': { ids: ['Actor:isil'] },
  'list-actor-source-records': { ids: ['Actor:isil'] },
  'list-possible-matches': { limit: 5 },
  'list-resolution-votes': { ids: ['Resolution:2199'] },
  'mark-import-complete': { id: 'Document:none', kind: 'un-votes', at: '2026-01-01T00:00:00Z', rows: 0 },
  'move-record-names': { recordId: 'SourceRecord:none', fromId: 'Actor:x', toId: 'Actor:y' },
  'move-record-votes': { recordId: 'SourceRecord:none', fromId: 'Actor:x', toId: 'Actor:y' },
  'unmerge-source-record': { recordId: 'SourceRecord:none', newActorId: 'Actor:none', name: 'x', nameKey: 'x', reason: 'test' },
  'upsert-source-records': { rows: [] },
  'find-seed-status': {},
  'mark-seed-complete': { at: '2026-01-01T00:00:00Z', hash: 'test' },
  'upsert-document-chunks': { rows: [] },
  'list-document-chunks': { ids: ['Document:none'] },
  'count-documents': {},
  'count-nodes-by-label': {},
  'count-relationships-by-type': {},
  'find-actor-ids-by-name': { key: 'isis' },
  'find-actors-matching-name': { tokens: ['al', 'baghdadi'], key: 'al baghdadi', limit: 5 },
  'find-actors': { ids: ['Actor:russia'] },
  'find-allegations': { ids: ['Allegation:oil-flows-through-turkey'] },
  'find-documents': { ids: ['Document:rogachev-tass-2015'], withText: false },
  'find-evidence': { ids: ['Evidence:rogachev-tass-2015:615-748'] },
  'find-meeting-by-symbol': { symbol: 'S/PV.7587' },
  'find-meetings': { ids: ['Meeting:S/PV.7587'] },
  'find-resolution-by-number': { number: 2253 },
  'find-resolutions': { ids: ['Resolution:2253'] },
  'find-shortest-paths': { fromId: 'Actor:ilya-rogachev', toId: 'Actor:turkey', maxHops: 4, limit: 5 },
  'find-statements': { ids: ['Statement:rogachev-warplanes'] },
  'link-actor-relations': { rows: [] },
  'link-allegation-claimants': { rows: [] },
  'link-allegation-named': { rows: [] },
  'link-meeting-participants': { rows: [] },
  'link-resolution-drafters': { rows: [] },
  'link-resolution-meetings': { rows: [] },
  'link-resolution-recalls': { rows: [] },
  'link-resolution-targets': { rows: [] },
  'link-statement-meetings': { rows: [] },
  'link-statement-speakers': { rows: [] },
  'link-topics': { rows: [] },
  'list-actor-relations': { ids: ['Actor:russia'] },
  'list-allegation-named': { ids: ['Allegation:oil-flows-through-turkey'] },
  'list-allegations-by-claimants': { ids: ['Actor:ilya-rogachev'] },
  'list-allegations-naming-actors': { ids: ['Actor:turkey'] },
  'list-meeting-participants': { ids: ['Meeting:S/PV.7587'] },
  'list-meeting-resolutions': { ids: ['Meeting:S/PV.7587'] },
  'list-resolution-drafters': { ids: ['Resolution:2253'] },
  'list-resolution-recalled-by': { ids: ['Resolution:2199'] },
  'list-resolution-recalls': { ids: ['Resolution:2253'] },
  'list-resolution-targets': { ids: ['Resolution:2253'] },
  'list-states-named-with-topic': { topicKey: 'oil products' },
  'list-statements-by-speakers': { ids: ['Actor:ilya-rogachev'] },
  'list-topics': {},
  'list-topics-of': { ids: ['Resolution:2253'] },
  'search-entities': { query: 'turkey oil', limit: 5 },
  'upsert-actor-names': { rows: [] },
  'upsert-actors': { rows: [] },
  'upsert-allegations': { rows: [] },
  'upsert-documents': { rows: [] },
  'upsert-evidence': { rows: [] },
  'upsert-meetings': { rows: [] },
  'upsert-resolutions': { rows: [] },
  'upsert-statements': { rows: [] },
  'upsert-topics': { rows: [] },
};

describe('cypher/ files', () => {
  it('match QUERY_NAMES both ways (plus schema and analytics)', () => {
    // `<name>.embedded.cypher` / `<name>.neo4j.cypher` are one query's engine variants.
    const top = new Set(files.filter((f) => path.dirname(f) === CYPHER_DIR).map((f) => path.basename(f, '.cypher').replace(/\.(embedded|neo4j)$/, '')));
    expect([...top].sort()).toEqual([...QUERY_NAMES].sort());
  });

  it.each(files.map((f) => [path.relative(CYPHER_DIR, f), f]))('%s has a // header and no Neo4j parser errors', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('//')).toBe(true);
    if (file.endsWith('.embedded.cypher')) return; // the embedded engine's own dialect (its procedures): Neo4j never runs it
    const statements = path.basename(path.dirname(file)) === 'schema' ? loadSchemaStatements(path.basename(file, '.cypher') as 'embedded' | 'neo4j') : [text];
    for (const statement of statements) {
      const errors = lintCypher(statement, registry).filter((d) => d.severity === 1);
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });

  it('the linter does fail on broken Cypher (the check can fail)', () => {
    const errors = lintCypher('MATCH (n RETURN n', registry).filter((d) => d.severity === 1);
    expect(errors.length).toBeGreaterThan(0);
  });
});

/** What the writes that take no row list return for their fixtures. */
const WRITE_RESULTS: Partial<Record<QueryName, unknown[]>> = {
  'mark-import-complete': [],
  'mark-seed-complete': [{ id: 'seed' }],
  'move-record-names': [{ count: 0 }],
  'move-record-votes': [{ count: 0 }],
  'unmerge-source-record': [],
};

/** Reads that legitimately find nothing for their fixture (they look up a record that does not exist). */
// Meetings get topics from their agenda items, which only the meetings import gives (tested in test/api/lists.test.ts); no seed statement was made at a meeting with a record symbol.
const EMPTY_ON_SEED = new Set<QueryName>([
  'find-source-record-actors',
  'find-source-record-names',
  'list-document-chunks',
  'list-meeting-ids-about-topics',
  'list-statement-ids-at-meetings',
]);

describe.each(ENGINES)('cypher/ files on %s', (engine) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openTestStore(engine);
    await runSeed(store);
    await runImport(store, 'un-votes', path.join(DATA, 'dhl_sc_voting_v6_2026-02-06_S-RES-2199-2015_rows.csv'));
    await runImport(store, 'un-sanctions', path.join(DATA, 'alqaida_sanctions_list_2015-02-19.xml'));
    await runImport(store, 'un-sanctions', path.join(DATA, 'un_sc_consolidated_list_2025-04-19.xml'));
  }, 180000);
  afterAll(() => store.close());

  it.each([...QUERY_NAMES])('%s runs', async (name) => {
    const isWrite = /^(upsert|link|mark|move|unmerge|refresh|backfill)-/.test(name);
    const rows = isWrite ? await store.write(name, PARAMS[name]) : await store.read(name, PARAMS[name]);
    if (isWrite) {
      // With no rows (or ids that match nothing) a write changes nothing and says so.
      expect(rows).toEqual(WRITE_RESULTS[name] ?? [{ count: 0 }]);
    } else if (EMPTY_ON_SEED.has(name)) {
      expect(rows).toEqual([]);
    } else {
      // Reads return rows on the seed plus the shipped votes and sanctions files.
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  // The embedded store runs a read's text specialised to the filters that are set (src/store/null-guards.ts).
  const texts = loadQueries(engine);
  const guarded = QUERY_NAMES.filter((name) => !/^(upsert|link|mark|move|unmerge|refresh|backfill)-/.test(name) && guardedParams(texts.get(name)!).length > 0);
  it('reads with optional filters are many (the test below is not vacuous)', () => expect(guarded.length).toBeGreaterThan(25));
  it.each(guarded)('%s specialised to the filters set (as given, then none) returns the same rows', async (name) => {
    const text = texts.get(name)!;
    const rows = async (query: string, params: Record<string, unknown>) =>
      (await store.readUserCypher(query, params, { maxRows: 100000, timeoutMs: 20000 })).rows.map((row) => JSON.stringify(row)).sort();
    const none = { ...PARAMS[name], ...Object.fromEntries(guardedParams(text).map((p) => [p, null])) };
    let seen = 0;
    for (const params of [PARAMS[name], none]) {
      const whole = await rows(text, params);
      expect(await rows(specialiseNullGuards(text, params), params)).toEqual(whole);
      seen += whole.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  // A map column declared in ROW_SHAPES is sent as a list of its values when reads are combined: a key the shape
  // lacked would be lost, one it has too many would be null. Every declared shape, nested ones too, is met here.
  const shaped = Object.entries(ROW_SHAPES) as Array<[QueryName, Record<string, ColumnShape>]>;
  it('map columns sent as lists are many (the test below is not vacuous)', () => expect(shaped.length).toBeGreaterThan(20));
  it.each(shaped)('%s returns maps of exactly the keys ROW_SHAPES declares, and combined the same rows', async (name, shapes) => {
    const rows = await store.read(name, PARAMS[name]);
    const met = new Set<MapShape>();
    const check = (value: unknown, shape: ColumnShape, where: string): void => {
      if (value === null) return;
      if (!Array.isArray(shape)) {
        expect(Array.isArray(value)).toBe(true);
        for (const item of value as unknown[]) check(item, (shape as { listOf: MapShape }).listOf, `${where}[]`);
        return;
      }
      const map = shape as MapShape;
      met.add(map);
      expect([where, Object.keys(value as object).sort()]).toEqual([where, map.map((k) => (typeof k === 'string' ? k : k[0])).sort()]);
      for (const key of map) if (typeof key !== 'string') check((value as Record<string, unknown>)[key[0]], key[1], `${where}.${key[0]}`);
    };
    for (const row of rows) for (const [column, shape] of Object.entries(shapes)) check(row[column], shape, column);
    const declared = new Set<MapShape>();
    const collect = (shape: ColumnShape): void => {
      const map = Array.isArray(shape) ? (shape as MapShape) : (shape as { listOf: MapShape }).listOf;
      declared.add(map);
      for (const key of map) if (typeof key !== 'string') collect(key[1]);
    };
    Object.values(shapes).forEach(collect);
    expect(met.size).toBe(declared.size);
    // The statement a combined read sends, run as user Cypher on this engine, splits back into the same rows.
    const part = { text: texts.get(name)!, params: PARAMS[name], columns: Object.keys(rows[0]!), shapes };
    const combined = combineReads([part]);
    const sent = await store.readUserCypher(combined.text, combined.params, { maxRows: 100000, timeoutMs: 20000 });
    const split = splitRows([part], sent.rows as Array<{ part: unknown; rows: unknown }>)[0]!;
    expect(split).toHaveLength(rows.length);
    expect(split).toEqual(expect.arrayContaining(rows));
  });

  // Neo4j 5.23+ deprecates `CALL { WITH x … }` and sends a notice per subquery with every result (the store asks for none).
  (engine === 'neo4j' ? it : it.skip)('no query file, nor a combination of them, draws a deprecation notice from Neo4j', async () => {
    const settings = neo4jSettings();
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    const deprecations = async (text: string, params: Record<string, unknown>) => {
      const session = driver.session({ database: settings.database });
      try {
        const { summary } = await session.run(`EXPLAIN ${text}`, toNeo4jParam(params));
        return summary.notifications.filter((n) => n.category === 'DEPRECATION').map((n) => n.description);
      } finally {
        await session.close();
      }
    };
    try {
      // The check sees them: the old form draws one.
      expect(await deprecations('MATCH (a:Actor) CALL { WITH a RETURN a.id AS id } RETURN id', {})).toHaveLength(1);
      const found: Record<string, string[]> = {};
      for (const name of QUERY_NAMES) {
        const notices = await deprecations(texts.get(name)!, PARAMS[name]);
        if (notices.length > 0) found[name] = notices;
      }
      const reads = shaped.slice(0, 4).map(([name]) => name);
      const combined = combineReads(
        reads.map((name) => ({ text: texts.get(name)!, params: PARAMS[name], columns: Object.keys(ROW_SHAPES[name]!), shapes: ROW_SHAPES[name] })),
      );
      const chained = chainReads(
        {
          text: texts.get('find-resolution-by-number')!,
          params: { number: 2253 },
          columns: ['id', 'resolution'],
          shapes: ROW_SHAPES['find-resolution-by-number'],
        },
        [
          { text: texts.get('find-meetings')!, params: {}, columns: ['meeting'], from: { column: 'resolution', key: 'adoptedAtId' } },
          { text: texts.get('list-resolution-drafters')!, params: {}, columns: ['parentId', 'childId', 'evidence', 'child'] },
        ],
      );
      for (const [name, statement] of [
        ['combined', combined],
        ['chained', chained],
      ] as const) {
        const notices = await deprecations(statement.text, statement.params);
        if (notices.length > 0) found[name] = notices;
      }
      expect(found).toEqual({});
    } finally {
      await driver.close();
    }
  });

  it.each(files.filter((f) => f.includes(`${path.sep}analytics${path.sep}`)).map((f) => [path.basename(f), f]))(
    'analytics %s runs read-only with rows',
    async (_name, file) => {
      const result = await store.readUserCypher(fs.readFileSync(file, 'utf8'), {}, { maxRows: 100, timeoutMs: 5000 });
      expect(result.rows.length).toBeGreaterThan(0);
    },
  );
});
