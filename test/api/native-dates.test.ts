// Dates are Cypher DATEs on both engines: user Cypher compares them with date() and reads .year, GraphQL still answers ISO strings, and a store an older Dossier wrote with string dates is converted once.
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { readManifest } from '../../src/import/default-imports';
import { convertStringDates } from '../../src/import/backfill';
import { runImport } from '../../src/import/import-runner';
import { toGlobalId } from '../../src/ids';
import { createLogger } from '../../src/logger';
import { prepareStore } from '../../src/main';
import { CYPHER_DIR } from '../../src/store/queries';
import { ENGINES, neo4jSettings, startTestApp, type Engine, type TestApp } from '../helpers';

/** GraphQL answers that carry dates: lists ordered and filtered by day, and every kind of dated value. */
const DATED = `query ($partial: ID!) {
  byDay: meetings(first: 5, orderBy: {field: DATE, direction: DESC}) { totalCount edges { node { symbol date datePrecision } } }
  firstDays: meetings(first: 3, orderBy: {field: DATE}) { edges { node { symbol date } } }
  in2010: meetings(first: 3, where: {date: {gte: "2010-01-01", lte: "2010-12-31"}}, orderBy: {field: DATE}) { totalCount edges { node { symbol date } } }
  adopted: resolutions(first: 3, where: {adoptedOn: {gte: "2015-02-12"}}, orderBy: {field: ADOPTED_ON}) { totalCount edges { node { number adoptedOn } } }
  allegations(first: 20, orderBy: {field: STATED_ON}) { edges { node { summary statedOn statedOnPrecision notBefore notAfter } } }
  documents(first: 20, where: {publishedOn: {gte: "2015-01-01"}}) { totalCount edges { node { title publishedOn publishedNotBefore } } }
  sources { document { title } from to coverage { from to gaps { from to } } }
  isil: actor(name: "ISIL") { sanctions { referenceNumber listedOn listDate events { type date datePrecision } } related(first: 200) { relation since sincePrecision until untilPrecision actor { name } } }
  asOf: actor(name: "ISIL") { related(asOf: "2015-12-17", first: 200) { relation actor { name } } }
  partial: node(id: $partial) { ... on Actor { name related(first: 200) { relation since sincePrecision until untilPrecision } } }
}`;

/** Each converted value made an ISO string again, as an older Dossier wrote it (a relation's date as precise as its precision). */
const STRINGS = [
  'MATCH (m:Meeting) WHERE m.date IS NOT NULL SET m.date = toString(m.date)',
  'MATCH (a:Allegation) WHERE a.statedOn IS NOT NULL SET a.statedOn = toString(a.statedOn)',
  'MATCH (a:Allegation) WHERE a.notBefore IS NOT NULL SET a.notBefore = toString(a.notBefore)',
  'MATCH (a:Allegation) WHERE a.notAfter IS NOT NULL SET a.notAfter = toString(a.notAfter)',
  'MATCH (d:Document) WHERE d.publishedOn IS NOT NULL SET d.publishedOn = toString(d.publishedOn)',
  'MATCH (d:Document) WHERE d.publishedNotBefore IS NOT NULL SET d.publishedNotBefore = toString(d.publishedNotBefore)',
  'MATCH (d:Document) WHERE d.coverageFrom IS NOT NULL SET d.coverageFrom = toString(d.coverageFrom)',
  'MATCH (d:Document) WHERE d.coverageTo IS NOT NULL SET d.coverageTo = toString(d.coverageTo)',
  'MATCH (r:Resolution) WHERE r.adoptedOn IS NOT NULL SET r.adoptedOn = toString(r.adoptedOn)',
  'MATCH (s:SourceRecord) WHERE s.listedOn IS NOT NULL SET s.listedOn = toString(s.listedOn)',
  'MATCH (s:SourceRecord) WHERE s.listDate IS NOT NULL SET s.listDate = toString(s.listDate)',
  `MATCH (:Actor)-[t:RELATED_TO]->(:Actor) WHERE t.since IS NOT NULL
   SET t.since = substring(toString(t.since), 0, CASE t.sincePrecision WHEN 'YEAR' THEN 4 WHEN 'MONTH' THEN 7 ELSE 10 END)`,
  `MATCH (:Actor)-[t:RELATED_TO]->(:Actor) WHERE t.until IS NOT NULL
   SET t.until = substring(toString(t.until), 0, CASE t.untilPrecision WHEN 'YEAR' THEN 4 WHEN 'MONTH' THEN 7 ELSE 10 END)`,
];

/** How many dates the store holds (the values the conversion turns back into DATEs). */
const DATES_HELD = `CALL () { MATCH (m:Meeting) RETURN count(m.date) AS meetings }
CALL () { MATCH (a:Allegation) RETURN count(a.statedOn) + count(a.notBefore) + count(a.notAfter) AS allegations }
CALL () { MATCH (d:Document) RETURN count(d.publishedOn) + count(d.publishedNotBefore) + count(d.coverageFrom) + count(d.coverageTo) AS documents }
CALL () { MATCH (r:Resolution) RETURN count(r.adoptedOn) AS resolutions }
CALL () { MATCH (s:SourceRecord) RETURN count(s.listedOn) + count(s.listDate) AS records }
CALL () { MATCH (:Actor)-[t:RELATED_TO]->(:Actor) RETURN count(t.since) + count(t.until) AS relations }
RETURN meetings + allegations + documents + resolutions + records + relations AS count`;

const SINCE_2010 = 'MATCH (m:Meeting) WHERE m.date >= date("2010-01-01") RETURN count(m) AS meetings';
const BY_YEAR =
  'MATCH (m:Meeting) WHERE m.date >= date($from) AND m.date < date($to) WITH m.date AS day RETURN day.year AS year, count(*) AS meetings ORDER BY year';

/** Writes outside the named queries, as an older Dossier left the store (the test's own access to each engine). */
async function rawWrite(engine: Engine, app: TestApp, texts: string[]): Promise<void> {
  if (engine === 'embedded') {
    for (const text of texts) await (app.store as unknown as { db: { executeCypher(q: string): Promise<unknown> } }).db.executeCypher(text);
    return;
  }
  const s = neo4jSettings();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password));
  try {
    for (const text of texts) await driver.executeQuery(text, {}, { database: s.database });
  } finally {
    await driver.close();
  }
}

describe.each(ENGINES)('native dates on %s', (engine) => {
  let app: TestApp;
  let before: unknown;
  /** An actor with a tie whose start is known to the month or year only. */
  let partial = '';
  beforeAll(async () => {
    app = await startTestApp({ engine, env: { DOSSIER_MAX_ROWS: '1000', DOSSIER_QUERY_TIMEOUT_MS: '30000' } });
    for (const { kind, file } of readManifest()) await runImport(app.store, kind, file);
    const found = await app.store.readUserCypher(
      "MATCH (a:Actor)-[t:RELATED_TO]-() WHERE t.sincePrecision IN ['YEAR', 'MONTH'] RETURN a.id AS id ORDER BY id LIMIT 1",
      {},
      { maxRows: 1, timeoutMs: 10000 },
    );
    partial = toGlobalId(String(found.rows[0]!.id));
    const res = await app.gql(DATED, { partial });
    expect(res.errors).toBeUndefined();
    before = res.data;
  }, 300000);
  afterAll(() => app.close());

  async function cypher(statement: string, parameters: Record<string, unknown> = {}): Promise<unknown[][]> {
    const res = await fetch(`${app.server.url}/db/neo4j/query/v2`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ statement, parameters }),
    });
    const body = (await res.json()) as { data?: { values: unknown[][] }; errors?: unknown };
    expect([res.status, body.errors]).toEqual([202, undefined]);
    return body.data!.values;
  }

  /** The meetings GraphQL counts in a range of days (the lists' own filter). */
  async function meetingsBetween(gte: string, lte?: string): Promise<number> {
    const res = await app.gql<{ meetings: { totalCount: number } }>('query ($d: DateFilter) { meetings(where: {date: $d}) { totalCount } }', {
      d: { gte, ...(lte ? { lte } : {}) },
    });
    return res.data!.meetings.totalCount;
  }

  it('compares days with date() in user Cypher over the Query API, as GraphQL counts them', async () => {
    const since2010 = await meetingsBetween('2010-01-01');
    expect(since2010).toBeGreaterThan(1000);
    expect(await cypher(SINCE_2010)).toEqual([[since2010]]);
    // .year of a day (bound first, as CYPHER.md says for the embedded engine) and straight off the property
    expect(await cypher(BY_YEAR, { from: '2014-01-01', to: '2016-01-01' })).toEqual([
      [2014, await meetingsBetween('2014-01-01', '2014-12-31')],
      [2015, await meetingsBetween('2015-01-01', '2015-12-31')],
    ]);
    expect(await cypher("MATCH (m:Meeting {symbol: 'S/PV.7587'}) RETURN m.date AS day, m.date.year AS year, m.date.month AS month")).toEqual([
      ['2015-12-17', 2015, 12],
    ]);
    // a relation's year is the DATE of its first day, its precision beside it
    const [[years]] = (await cypher("MATCH ()-[t:RELATED_TO]->() WHERE t.sincePrecision = 'YEAR' RETURN count(t.since.year) AS n")) as [[number]];
    const [[dayOne]] = (await cypher(
      "MATCH ()-[t:RELATED_TO]->() WHERE t.sincePrecision = 'YEAR' AND t.since.month = 1 AND t.since.day = 1 RETURN count(t) AS n",
    )) as [[number]];
    expect(years).toBeGreaterThan(0);
    expect(dayOne).toBe(years);
  });

  it('runs the analytics file meetings-per-year on DATE values', async () => {
    const rows = (await cypher(fs.readFileSync(path.join(CYPHER_DIR, 'analytics', 'meetings-per-year.cypher'), 'utf8'))) as number[][];
    const y2015 = rows.find(([year]) => year === 2015);
    expect(y2015).toEqual([2015, await meetingsBetween('2015-01-01', '2015-12-31')]);
  });

  it('converts a store written with string dates once, logged as a count, and answers exactly as before', async () => {
    const [[held]] = (await cypher(DATES_HELD)) as [[number]];
    expect(held).toBeGreaterThan(9000);
    await rawWrite(engine, app, STRINGS);
    // As the issue found it: the strings match no date.
    expect(await cypher(SINCE_2010)).toEqual([[0]]);
    // The start-up preparation converts them, with one log line (seed and imports are done already: not asked for here).
    const lines: string[] = [];
    const config = { ...app.config, seedOnStart: false, importOnStart: false };
    const prepare = async () =>
      expect(
        await prepareStore(
          app.store,
          config,
          createLogger('info', (line) => lines.push(line)),
        ),
      ).toBe(true);
    await prepare();
    const logged = lines.map((line) => JSON.parse(line) as { message: string; values?: number; ms?: number }).filter((l) => /dates/.test(l.message));
    expect(logged).toEqual([
      { time: expect.any(String), level: 'info', message: 'string dates converted to DATE values', values: held, ms: expect.any(Number) },
    ]);
    process.stdout.write(`${engine}: ${held} string dates converted in ${logged[0]!.ms} ms\n`);
    // Once: a second start converts nothing and says nothing.
    lines.length = 0;
    await prepare();
    expect(lines.filter((line) => /dates/.test(line))).toEqual([]);
    expect(await convertStringDates(app.store)).toBe(0);
    const after = await app.gql(DATED, { partial });
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before);
    expect(await cypher(SINCE_2010)).toEqual([[await meetingsBetween('2010-01-01')]]);
  });

  it('answers GraphQL with ISO strings as precise as before (not vacuous: every kind of date is in the answer)', () => {
    const b = before as {
      byDay: { edges: Array<{ node: { date: string | null } }> };
      adopted: { totalCount: number; edges: Array<{ node: { adoptedOn: string } }> };
      isil: { sanctions: Array<{ listedOn: string | null; listDate: string }> };
      partial: { related: Array<{ since: string | null; sincePrecision: string | null }> };
      sources: Array<{ from: string | null; coverage: { from: string | null } }>;
    };
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    expect(b.byDay.edges[0]!.node.date).toMatch(iso);
    expect(b.adopted.edges[0]!.node.adoptedOn).toMatch(iso);
    expect(b.isil.sanctions[0]!.listDate).toMatch(iso);
    expect(b.sources.some((s) => s.coverage.from !== null)).toBe(true);
    const cut = b.partial.related.filter((r) => r.sincePrecision === 'YEAR' || r.sincePrecision === 'MONTH');
    expect(cut.length).toBeGreaterThan(0);
    for (const r of cut) expect(r.since).toMatch(r.sincePrecision === 'YEAR' ? /^\d{4}$/ : /^\d{4}-\d{2}$/);
  });
});
