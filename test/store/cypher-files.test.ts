// Every query file: listed in QUERY_NAMES (and back), headed by a // comment, clean under Neo4j's
// own parser, and runnable on the embedded engine against the seed.
import { expandProjections } from '../../src/model/projections';
import fs from 'node:fs';
import path from 'node:path';
import { runSeed } from '../../seed/seed';
import { runImport } from '../../src/import/import-runner';
import { CYPHER_DIR, QUERY_NAMES, loadQueries, loadRowShapes, loadSchemaStatements, type QueryName } from '../../src/store/queries';
import { chainReads, combineReads, splitRows } from '../../src/store/read-batch';
import type { ColumnShape, MapShape } from '../../src/store/row-shapes';

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

/** Parameters that make each query run (and return rows) on the seed. */
const PARAMS: Record<ReadName, Record<string, unknown>> = {
  'list-actor-ids-matching-words': { words: ['al', 'baghdadi'] },
  'list-actor-ids-member-of': { ids: ['Actor:mfa-new-challenges'] },
  'count-allegations-by-status': { statuses: ['ALLEGED', 'DENIED'] },
  'count-missing-derived': {},
  'count-string-dates': {},
  'list-statement-ids-by-speakers': { ids: ['Actor:ilya-rogachev'] },
  'list-statement-ids-at-meetings': { ids: ['S/PV.7587'] },
  'list-allegation-ids-about-topics': { ids: ['Topic:oil'] },
  'list-allegation-ids-naming': { ids: ['Actor:turkey'] },
  'list-allegation-ids-claimed-by': { ids: ['Actor:russian-mfa'] },
  'list-resolution-ids-about-topics': { ids: ['Topic:terrorism'] },
  'list-resolution-ids-drafted-by': { ids: ['Actor:russia'] },
  'list-resolution-ids-targeting': { ids: ['Actor:isil'] },
  'list-resolution-ids-in-years': { ids: [2015] },
  'list-meeting-ids-about-topics': { ids: ['Topic:terrorism'] },
  'list-sources': {},
  'list-source-row-months': {},
  'find-resolution-neighbours': { number: 2200 },
  'find-meeting-neighbours': { number: 7587 },
  'list-neighbours': { ids: ['Actor:turkey', 'Resolution:2253'], skip: 0, limit: 20 },
  'find-entities': { ids: ['Actor:turkey', 'Topic:oil', 'Resolution:2253'] },
  'list-allegation-graph-edges': {},
  'list-allegation-graph-edges-about': { topicId: 'Topic:oil' },
  'list-actor-graph-edges': {},
  'list-recall-edges': {},
  'find-actors-by-name-keys': { keys: ['isis', 'turkey'] },
  'find-actors-by-sanction-reference': { refs: ['QDe.115'] },
  'find-import-status': { id: 'Document:rogachev-tass-2015' },
  'find-source-record-actors': { ids: ['SourceRecord:test'] },
  'find-source-record-names': { id: 'SourceRecord:test' },
  'list-actor-names': { ids: ['Actor:isil'] },
  'list-actor-sanctions': { ids: ['Actor:isil'] },
  'list-actor-source-records': { ids: ['Actor:isil'] },
  'list-possible-matches': { limit: 5 },
  'list-resolution-votes': { ids: ['Resolution:2199'] },
  'find-seed-status': {},
  'list-document-chunks': { ids: ['Document:none'] },
  'count-documents': {},
  'count-list-sizes': {},
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
  'search-entities': { query: 'turkey oil', limit: 5, topicIds: ['Topic:oil'] },
  // Candidates, decisions and mentions (the write API): nothing of them is in the seed.
  'find-candidates': { ids: ['Candidate:none-0'] },
  'list-candidate-decisions': { ids: ['Candidate:none-0'] },
  'list-document-mentions': { ids: ['Document:rogachev-tass-2015'] },
  'find-mentions': { ids: ['Mention:none-0'] },
  'list-mention-decisions': { ids: ['Mention:none-0'] },
  'list-known-names': {},
  'list-resolution-adoptions': {},
};

describe('cypher/ files', () => {
  it('match QUERY_NAMES both ways (plus schema and analytics)', () => {
    // `<name>.embedded.cypher` / `<name>.neo4j.cypher` are one query's engine variants.
    const top = new Set(files.filter((f) => path.dirname(f) === CYPHER_DIR).map((f) => path.basename(f, '.cypher').replace(/\.(embedded|neo4j)$/, '')));
    expect([...top].sort()).toEqual([...QUERY_NAMES].sort());
  });

  // Linted as the stores run it: with each `x {...Entity}` expanded to the model's map projection.
  it.each(files.map((f) => [path.relative(CYPHER_DIR, f), f]))('%s has a // header and no Neo4j parser errors', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('//')).toBe(true);
    if (file.endsWith('.embedded.cypher')) return; // the embedded engine's own dialect (its procedures): Neo4j never runs it
    const statements =
      path.basename(path.dirname(file)) === 'schema'
        ? loadSchemaStatements(path.basename(file, '.cypher') as 'embedded' | 'neo4j')
        : [expandProjections(text, file)];
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

/** A write query's round trip: its fixture, what it reports, and what a read then finds. */
interface WriteCase {
  /** Writes run first (other write query files), each [query, params]: the nodes the write links or changes. */
  setup?: Array<[QueryName, Record<string, unknown>]>;
  /** Cypher run outside the named queries before the write: the stale state an older Dossier left (the backfills). */
  stale?: string;
  params: Record<string, unknown>;
  /** The rows the write returns. */
  result: unknown[];
  /** A read of what the write left (user Cypher, with `read.params`), and the exact rows it must find. */
  read: { cypher: string; params: Record<string, unknown>; rows: unknown[] };
}

type WriteName = Extract<QueryName, `${'upsert' | 'link' | 'mark' | 'move' | 'unmerge' | 'refresh' | 'backfill' | 'convert' | 'record' | 'retract'}-${string}`>;
const isWriteName = (name: QueryName): name is WriteName => /^(upsert|link|mark|move|unmerge|refresh|backfill|convert|record|retract)-/.test(name);

// Nodes of the write tests: ids no other test reads (`…:test-write-…`), made by the upsert query files.
const W = 'test-write';
type Step = [QueryName, Record<string, unknown>];
const actors = (...ids: string[]): Step => [
  'upsert-actors',
  { rows: ids.map((id) => ({ id, props: { kind: 'PERSON', name: id, nameKey: id }, evidence: [] })) },
];
const resolutions = (...ids: string[]): Step => ['upsert-resolutions', { rows: ids.map((id) => ({ id, props: { title: id }, evidence: [] })) }];
const meeting = (id: string, date: string): Step => ['upsert-meetings', { rows: [{ id, props: { symbol: id, date }, evidence: [] }] }];
const statements = (...ids: string[]): Step => ['upsert-statements', { rows: ids.map((id) => ({ id, props: { text: id }, evidence: [] })) }];
const allegation = (id: string, status: string): Step => ['upsert-allegations', { rows: [{ id, props: { summary: id, status }, evidence: [] }] }];
const documents = (...ids: string[]): Step => ['upsert-documents', { rows: ids.map((id) => ({ id, props: { title: id } })) }];
const record = (id: string, referenceNumber: string | null): Step => [
  'upsert-source-records',
  { rows: [{ id, labels: null, props: { source: 'un-sanctions', name: id, referenceNumber }, evidence: [`Evidence:${W}-record`] }] },
];
const resolve = (recordId: string, actorId: string): Step => ['link-source-records', { rows: [{ recordId, actorId, rule: 'new-actor', reason: 'test' }] }];
const topic = (id: string): Step => ['upsert-topics', { rows: [{ id, key: id, name: id, aliases: [], aliasKeys: [] }] }];
const candidate = (id: string, documentId: string): Step => [
  'upsert-candidates',
  { rows: [{ id, documentId, props: { documentId, index: 0, kind: 'ALLEGATION', status: 'PENDING', summary: 'first', decisionCount: 0 } }] },
];
/** The evidence a link carries. */
const ev = (name: string) => [`Evidence:${W}-${name}`];
const AT = '2026-01-02T03:04:05Z';

/** Every write query file, run on the seeded store: it writes real rows, says how many, and a read finds them. */
const WRITES: Record<WriteName, WriteCase> = {
  'upsert-actors': {
    // The second write of an actor adds its evidence to what was there.
    setup: [['upsert-actors', { rows: [{ id: `Actor:${W}-a`, props: { kind: 'STATE', name: 'Before' }, evidence: ev('a1') }] }]],
    params: {
      rows: [
        { id: `Actor:${W}-a`, props: { kind: 'PERSON', name: 'Ann Writer', nameKey: 'ann writer' }, evidence: [...ev('a1'), ...ev('a2')] },
        { id: `Actor:${W}-b`, props: { kind: 'ORGANIZATION', name: 'Bee Group', nameKey: 'bee group' }, evidence: ev('b1') },
      ],
    },
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (a:Actor:Entity) WHERE a.id IN $ids
        RETURN a.id AS id, a.kind AS kind, a.name AS name, a.nameKey AS nameKey, a.evidence AS evidence, a.sanctioned AS sanctioned ORDER BY id`,
      params: { ids: [`Actor:${W}-a`, `Actor:${W}-b`] },
      rows: [
        { id: `Actor:${W}-a`, kind: 'PERSON', name: 'Ann Writer', nameKey: 'ann writer', evidence: [...ev('a1'), ...ev('a2')], sanctioned: false },
        { id: `Actor:${W}-b`, kind: 'ORGANIZATION', name: 'Bee Group', nameKey: 'bee group', evidence: ev('b1'), sanctioned: false },
      ],
    },
  },
  'upsert-allegations': {
    // A new status moves the status label.
    setup: [allegation(`Allegation:${W}-status`, 'ALLEGED')],
    params: { rows: [{ id: `Allegation:${W}-status`, props: { summary: 'Denied now', status: 'DENIED', statedOn: '2015-12-17' }, evidence: ev('al') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Allegation:Entity {id: $id}) RETURN a.summary AS summary, a.status AS status, a.evidence AS evidence,
        a:AllegationAlleged AS alleged, a:AllegationDenied AS denied, a.statedOn AS statedOn, a.statedOn >= date('2015-12-01') AS december`,
      params: { id: `Allegation:${W}-status` },
      rows: [{ summary: 'Denied now', status: 'DENIED', evidence: ev('al'), alleged: false, denied: true, statedOn: '2015-12-17', december: true }],
    },
  },
  'upsert-candidates': {
    setup: [documents(`Document:${W}-candidates`)],
    params: {
      rows: [
        {
          id: `Candidate:${W}-0`,
          documentId: `Document:${W}-candidates`,
          props: { documentId: `Document:${W}-candidates`, index: 0, kind: 'STATEMENT', status: 'PENDING', confidence: 0.75, decisionCount: 0 },
        },
      ],
    },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (c:Candidate {id: $id})-[:FOUND_IN]->(d:Document)
        RETURN d.id AS document, c.index AS index, c.kind AS kind, c.status AS status, c.confidence AS confidence, c.decisionCount AS decisions`,
      params: { id: `Candidate:${W}-0` },
      rows: [{ document: `Document:${W}-candidates`, index: 0, kind: 'STATEMENT', status: 'PENDING', confidence: 0.75, decisions: 0 }],
    },
  },
  'upsert-document-chunks': {
    setup: [documents(`Document:${W}-chunks`)],
    params: {
      rows: [
        { id: `TextChunk:${W}-1`, documentId: `Document:${W}-chunks`, index: 1, text: 'second part' },
        { id: `TextChunk:${W}-0`, documentId: `Document:${W}-chunks`, index: 0, text: 'first part ' },
      ],
    },
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (:Document {id: $id})-[:HAS_CHUNK]->(c:TextChunk) RETURN c.id AS id, c.documentId AS documentId, c.index AS index, c.text AS text ORDER BY index`,
      params: { id: `Document:${W}-chunks` },
      rows: [
        { id: `TextChunk:${W}-0`, documentId: `Document:${W}-chunks`, index: 0, text: 'first part ' },
        { id: `TextChunk:${W}-1`, documentId: `Document:${W}-chunks`, index: 1, text: 'second part' },
      ],
    },
  },
  'upsert-documents': {
    params: {
      rows: [
        {
          id: `Document:${W}-doc`,
          props: { title: 'A test document', text: 'Its text.', textLength: 9, sourceKind: 'ARTICLE', publishedOn: '2015-11-28', coverageFrom: '2015-11-28' },
        },
      ],
    },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (d:Document:Entity {id: $id}) WITH d, d.publishedOn AS published
        RETURN d.title AS title, d.text AS text, d.textLength AS textLength, d.sourceKind AS sourceKind, published, published.month AS month,
        d.coverageFrom = published AS sameDay, d.publishedNotBefore AS notBefore`,
      params: { id: `Document:${W}-doc` },
      rows: [
        {
          title: 'A test document',
          text: 'Its text.',
          textLength: 9,
          sourceKind: 'ARTICLE',
          published: '2015-11-28',
          month: 11,
          sameDay: true,
          notBefore: null,
        },
      ],
    },
  },
  'upsert-evidence': {
    setup: [documents(`Document:${W}-evidence`)],
    params: { rows: [{ id: `Evidence:${W}-span`, documentId: `Document:${W}-evidence`, quote: 'Its text', start: 3, end: 11 }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (e:Evidence {id: $id})-[:FROM]->(d:Document) RETURN d.id AS document, e.documentId AS documentId, e.quote AS quote, e.start AS start, e.end AS end`,
      params: { id: `Evidence:${W}-span` },
      rows: [{ document: `Document:${W}-evidence`, documentId: `Document:${W}-evidence`, quote: 'Its text', start: 3, end: 11 }],
    },
  },
  'upsert-meetings': {
    // A meeting's new day reaches the statements made at it.
    setup: [
      meeting(`Meeting:${W}-day`, '2019-01-01'),
      statements(`Statement:${W}-day`),
      ['link-statement-meetings', { rows: [{ statementId: `Statement:${W}-day`, meetingId: `Meeting:${W}-day`, evidence: [] }] }],
    ],
    params: { rows: [{ id: `Meeting:${W}-day`, props: { symbol: 'S/PV.test', date: '2020-02-03' }, evidence: ev('m') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (s:Statement {id: $id})-[:MADE_AT]->(m:Meeting:Entity) RETURN m.symbol AS symbol, m.date AS date, m.date.year AS year,
        m.date = date('2020-02-03') AS isDate, m.evidence AS evidence, s.meetingDay AS day`,
      params: { id: `Statement:${W}-day` },
      rows: [{ symbol: 'S/PV.test', date: '2020-02-03', year: 2020, isDate: true, evidence: ev('m'), day: '2020-02-03' }],
    },
  },
  'upsert-mentions': {
    setup: [documents(`Document:${W}-mentions`)],
    params: {
      rows: [
        { id: `Mention:${W}-0`, documentId: `Document:${W}-mentions`, props: { text: 'Turkey', start: 4, end: 10, confidence: 0.5, actorId: 'Actor:turkey' } },
      ],
    },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (m:Mention {id: $id})-[:MENTIONED_IN]->(d:Document)
        RETURN d.id AS document, m.text AS text, m.start AS start, m.end AS end, m.confidence AS confidence, m.actorId AS actorId`,
      params: { id: `Mention:${W}-0` },
      rows: [{ document: `Document:${W}-mentions`, text: 'Turkey', start: 4, end: 10, confidence: 0.5, actorId: 'Actor:turkey' }],
    },
  },
  'upsert-resolutions': {
    params: {
      rows: [{ id: `Resolution:${W}-res`, props: { number: 99001, year: 2030, title: 'A test resolution', adoptedOn: '2030-04-05' }, evidence: ev('r') }],
    },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (r:Resolution:Entity {id: $id}) RETURN r.number AS number, r.year AS year, r.title AS title, r.evidence AS evidence,
        r.adoptedOn AS adoptedOn, r.adoptedOn.year = r.year AS sameYear`,
      params: { id: `Resolution:${W}-res` },
      rows: [{ number: 99001, year: 2030, title: 'A test resolution', evidence: ev('r'), adoptedOn: '2030-04-05', sameYear: true }],
    },
  },
  'upsert-source-records': {
    params: {
      rows: [
        {
          id: `SourceRecord:${W}-rec`,
          labels: null,
          props: { source: 'un-sanctions', name: 'TEST ENTRY', referenceNumber: 'QDi.999', listedOn: '2014-09-23', listDate: '2015-02-19' },
          evidence: ev('s'),
        },
      ],
    },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (s:SourceRecord {id: $id}) RETURN s.source AS source, s.name AS name, s.referenceNumber AS ref, s.evidence AS evidence,
        s.listedOn AS listedOn, s.listedOn < s.listDate AS before, s.listDate = date('2015-02-19') AS listDate`,
      params: { id: `SourceRecord:${W}-rec` },
      rows: [{ source: 'un-sanctions', name: 'TEST ENTRY', ref: 'QDi.999', evidence: ev('s'), listedOn: '2014-09-23', before: true, listDate: true }],
    },
  },
  'upsert-statements': {
    params: { rows: [{ id: `Statement:${W}-said`, props: { text: 'We said it.', statedOn: '2021-05-06' }, evidence: ev('st') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (s:Statement:Entity {id: $id}) RETURN s.text AS text, s.statedOn AS statedOn, s.evidence AS evidence, s.meetingDay AS day`,
      params: { id: `Statement:${W}-said` },
      rows: [{ text: 'We said it.', statedOn: '2021-05-06', evidence: ev('st'), day: '' }],
    },
  },
  'upsert-topics': {
    params: { rows: [{ id: `Topic:${W}-topic`, key: 'test topic', name: 'Test topic', aliases: ['Trial topic'], aliasKeys: ['trial topic'] }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (t:Topic:Entity {id: $id}) RETURN t.key AS key, t.name AS name, t.aliases AS aliases, t.aliasKeys AS aliasKeys`,
      params: { id: `Topic:${W}-topic` },
      rows: [{ key: 'test topic', name: 'Test topic', aliases: ['Trial topic'], aliasKeys: ['trial topic'] }],
    },
  },
  'upsert-actor-names': {
    setup: [actors(`Actor:${W}-named`)],
    params: {
      rows: [
        { actorId: `Actor:${W}-named`, key: 'test write name', text: 'Test Write Name', source: `SourceRecord:${W}-1 [good]` },
        { actorId: `Actor:${W}-named`, key: 'test write name', text: 'TEST WRITE NAME', source: `SourceRecord:${W}-2 [low]` },
      ],
    },
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (n:Name)-[r:NAME_OF]->(:Actor {id: $id}) RETURN n.key AS key, r.text AS text, r.source AS source ORDER BY source`,
      params: { id: `Actor:${W}-named` },
      rows: [
        { key: 'test write name', text: 'Test Write Name', source: `SourceRecord:${W}-1 [good]` },
        { key: 'test write name', text: 'TEST WRITE NAME', source: `SourceRecord:${W}-2 [low]` },
      ],
    },
  },
  'link-actor-relations': {
    setup: [actors(`Actor:${W}-member`, `Actor:${W}-group`)],
    params: {
      rows: [
        { fromId: `Actor:${W}-member`, toId: `Actor:${W}-group`, relation: 'MEMBER_OF', evidence: ev('rel'), since: '2014-06', sincePrecision: 'MONTH' },
        { fromId: `Actor:${W}-member`, toId: `Actor:${W}-group`, relation: 'HEAD_OF', evidence: ev('rel'), until: '2016', untilPrecision: 'YEAR' },
      ],
    },
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (:Actor {id: $from})-[r:RELATED_TO]->(b:Actor) RETURN b.id AS to, r.relation AS relation, r.evidence AS evidence,
        r.since AS since, r.sincePrecision AS sincePrecision, r.until AS until, r.untilPrecision AS untilPrecision, r.until.year AS untilYear ORDER BY relation`,
      params: { from: `Actor:${W}-member` },
      // a year or month is stored as the DATE of its first day, its precision beside it
      rows: [
        {
          to: `Actor:${W}-group`,
          relation: 'HEAD_OF',
          evidence: ev('rel'),
          since: null,
          sincePrecision: null,
          until: '2016-01-01',
          untilPrecision: 'YEAR',
          untilYear: 2016,
        },
        {
          to: `Actor:${W}-group`,
          relation: 'MEMBER_OF',
          evidence: ev('rel'),
          since: '2014-06-01',
          sincePrecision: 'MONTH',
          until: null,
          untilPrecision: null,
          untilYear: null,
        },
      ],
    },
  },
  'link-allegation-claimants': {
    setup: [allegation(`Allegation:${W}-claimed`, 'ALLEGED'), actors(`Actor:${W}-claimant`)],
    params: { rows: [{ allegationId: `Allegation:${W}-claimed`, actorId: `Actor:${W}-claimant`, evidence: ev('claim') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:Allegation {id: $id})-[e:CLAIMED_BY]->(a:Actor) RETURN a.id AS actor, e.evidence AS evidence`,
      params: { id: `Allegation:${W}-claimed` },
      rows: [{ actor: `Actor:${W}-claimant`, evidence: ev('claim') }],
    },
  },
  'link-allegation-named': {
    setup: [allegation(`Allegation:${W}-naming`, 'ALLEGED'), actors(`Actor:${W}-accused`)],
    params: {
      rows: [
        { allegationId: `Allegation:${W}-naming`, actorId: `Actor:${W}-accused`, role: 'ACCUSED', evidence: ev('n1') },
        { allegationId: `Allegation:${W}-naming`, actorId: `Actor:${W}-accused`, role: 'BENEFICIARY', evidence: ev('n2') },
      ],
    },
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (:Allegation {id: $id})-[e:NAMES]->(a:Actor) RETURN a.id AS actor, e.role AS role, e.evidence AS evidence ORDER BY role`,
      params: { id: `Allegation:${W}-naming` },
      rows: [
        { actor: `Actor:${W}-accused`, role: 'ACCUSED', evidence: ev('n1') },
        { actor: `Actor:${W}-accused`, role: 'BENEFICIARY', evidence: ev('n2') },
      ],
    },
  },
  'link-meeting-participants': {
    // A second link of the same pair adds its evidence to the one edge.
    setup: [
      actors(`Actor:${W}-participant`),
      meeting(`Meeting:${W}-met`, '2020-01-01'),
      ['link-meeting-participants', { rows: [{ actorId: `Actor:${W}-participant`, meetingId: `Meeting:${W}-met`, evidence: ev('p1') }] }],
    ],
    params: { rows: [{ actorId: `Actor:${W}-participant`, meetingId: `Meeting:${W}-met`, evidence: [...ev('p1'), ...ev('p2')] }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Actor)-[r:PARTICIPATED_IN]->(:Meeting {id: $id}) RETURN a.id AS actor, r.evidence AS evidence`,
      params: { id: `Meeting:${W}-met` },
      rows: [{ actor: `Actor:${W}-participant`, evidence: [...ev('p1'), ...ev('p2')] }],
    },
  },
  'link-possible-matches': {
    setup: [record(`SourceRecord:${W}-possible`, null), actors(`Actor:${W}-maybe`)],
    params: { rows: [{ recordId: `SourceRecord:${W}-possible`, actorId: `Actor:${W}-maybe`, rule: 'weak-name', reason: 'a name in common' }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:SourceRecord {id: $id})-[r:POSSIBLE_MATCH]->(a:Actor) RETURN a.id AS actor, r.rule AS rule, r.reason AS reason`,
      params: { id: `SourceRecord:${W}-possible` },
      rows: [{ actor: `Actor:${W}-maybe`, rule: 'weak-name', reason: 'a name in common' }],
    },
  },
  'link-resolution-drafters': {
    setup: [actors(`Actor:${W}-drafter`), resolutions(`Resolution:${W}-drafted`)],
    params: { rows: [{ actorId: `Actor:${W}-drafter`, resolutionId: `Resolution:${W}-drafted`, evidence: ev('d') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Actor)-[e:DRAFTED]->(:Resolution {id: $id}) RETURN a.id AS actor, e.evidence AS evidence`,
      params: { id: `Resolution:${W}-drafted` },
      rows: [{ actor: `Actor:${W}-drafter`, evidence: ev('d') }],
    },
  },
  'link-resolution-meetings': {
    setup: [resolutions(`Resolution:${W}-adopted`), meeting(`Meeting:${W}-adopting`, '2020-03-04')],
    params: { rows: [{ resolutionId: `Resolution:${W}-adopted`, meetingId: `Meeting:${W}-adopting`, evidence: ev('ad') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:Resolution {id: $id})-[e:ADOPTED_AT]->(m:Meeting) RETURN m.id AS meeting, e.evidence AS evidence`,
      params: { id: `Resolution:${W}-adopted` },
      rows: [{ meeting: `Meeting:${W}-adopting`, evidence: ev('ad') }],
    },
  },
  'link-resolution-recalls': {
    setup: [resolutions(`Resolution:${W}-later`, `Resolution:${W}-earlier`)],
    params: { rows: [{ fromId: `Resolution:${W}-later`, toId: `Resolution:${W}-earlier`, relation: 'IMPLEMENTS', evidence: ev('rc') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:Resolution {id: $id})-[e:RECALLS]->(r:Resolution) RETURN r.id AS recalled, e.relation AS relation, e.evidence AS evidence`,
      params: { id: `Resolution:${W}-later` },
      rows: [{ recalled: `Resolution:${W}-earlier`, relation: 'IMPLEMENTS', evidence: ev('rc') }],
    },
  },
  'link-resolution-targets': {
    setup: [resolutions(`Resolution:${W}-targeting`), actors(`Actor:${W}-target`)],
    params: { rows: [{ resolutionId: `Resolution:${W}-targeting`, actorId: `Actor:${W}-target`, evidence: ev('t') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:Resolution {id: $id})-[e:TARGETS]->(a:Actor) RETURN a.id AS actor, e.evidence AS evidence`,
      params: { id: `Resolution:${W}-targeting` },
      rows: [{ actor: `Actor:${W}-target`, evidence: ev('t') }],
    },
  },
  'link-source-records': {
    // An actor a sanctions entry (a record with a UN reference number) resolves to is sanctioned.
    setup: [record(`SourceRecord:${W}-listed`, 'QDi.998'), actors(`Actor:${W}-listed`)],
    params: { rows: [{ recordId: `SourceRecord:${W}-listed`, actorId: `Actor:${W}-listed`, rule: 'same-reference', reason: 'same UN reference number' }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:SourceRecord {id: $id})-[r:RESOLVED_TO]->(a:Actor) RETURN a.id AS actor, r.rule AS rule, r.reason AS reason, a.sanctioned AS sanctioned`,
      params: { id: `SourceRecord:${W}-listed` },
      rows: [{ actor: `Actor:${W}-listed`, rule: 'same-reference', reason: 'same UN reference number', sanctioned: true }],
    },
  },
  'link-statement-answers': {
    setup: [statements(`Statement:${W}-denial`), allegation(`Allegation:${W}-answered`, 'DENIED')],
    params: { rows: [{ statementId: `Statement:${W}-denial`, allegationId: `Allegation:${W}-answered`, evidence: ev('ans') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:Statement {id: $id})-[e:ANSWERS]->(a:Allegation) RETURN a.id AS allegation, e.evidence AS evidence`,
      params: { id: `Statement:${W}-denial` },
      rows: [{ allegation: `Allegation:${W}-answered`, evidence: ev('ans') }],
    },
  },
  'link-statement-meetings': {
    // The statement keeps its meeting's day.
    setup: [statements(`Statement:${W}-at`), meeting(`Meeting:${W}-at`, '2022-07-08')],
    params: { rows: [{ statementId: `Statement:${W}-at`, meetingId: `Meeting:${W}-at`, evidence: ev('at') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (s:Statement {id: $id})-[e:MADE_AT]->(m:Meeting) RETURN m.id AS meeting, e.evidence AS evidence, s.meetingDay AS day`,
      params: { id: `Statement:${W}-at` },
      rows: [{ meeting: `Meeting:${W}-at`, evidence: ev('at'), day: '2022-07-08' }],
    },
  },
  'link-statement-speakers': {
    setup: [statements(`Statement:${W}-spoken`), actors(`Actor:${W}-speaker`)],
    params: { rows: [{ statementId: `Statement:${W}-spoken`, speakerId: `Actor:${W}-speaker`, evidence: ev('sp') }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:Statement {id: $id})-[e:SPOKEN_BY]->(a:Actor) RETURN a.id AS speaker, e.evidence AS evidence`,
      params: { id: `Statement:${W}-spoken` },
      rows: [{ speaker: `Actor:${W}-speaker`, evidence: ev('sp') }],
    },
  },
  'link-topics': {
    setup: [resolutions(`Resolution:${W}-about`), allegation(`Allegation:${W}-about`, 'ALLEGED'), topic(`Topic:${W}-about`)],
    params: {
      rows: [
        { fromId: `Resolution:${W}-about`, topicId: `Topic:${W}-about`, evidence: ev('ab1') },
        { fromId: `Allegation:${W}-about`, topicId: `Topic:${W}-about`, evidence: ev('ab2') },
      ],
    },
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (n)-[e:ABOUT]->(:Topic {id: $id}) RETURN n.id AS id, e.evidence AS evidence ORDER BY id`,
      params: { id: `Topic:${W}-about` },
      rows: [
        { id: `Allegation:${W}-about`, evidence: ev('ab2') },
        { id: `Resolution:${W}-about`, evidence: ev('ab1') },
      ],
    },
  },
  'link-votes': {
    setup: [actors(`Actor:${W}-voter`), resolutions(`Resolution:${W}-voted`)],
    params: {
      rows: [{ actorId: `Actor:${W}-voter`, resolutionId: `Resolution:${W}-voted`, vote: 'ABSTAIN', recordId: `SourceRecord:${W}-vote`, evidence: ev('v') }],
    },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Actor)-[v:CAST_VOTE]->(:Resolution {id: $id}) RETURN a.id AS actor, v.vote AS vote, v.record AS record, v.evidence AS evidence`,
      params: { id: `Resolution:${W}-voted` },
      rows: [{ actor: `Actor:${W}-voter`, vote: 'ABSTAIN', record: `SourceRecord:${W}-vote`, evidence: ev('v') }],
    },
  },
  'mark-coverage': {
    // Coverage already there is kept, a new source added once.
    setup: [resolutions(`Resolution:${W}-covered`), ['mark-coverage', { rows: [{ id: `Resolution:${W}-covered`, coverage: ['drafters|Document:a'] }] }]],
    params: { rows: [{ id: `Resolution:${W}-covered`, coverage: ['drafters|Document:a', 'targets|Document:b'] }] },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (n:Entity {id: $id}) RETURN n.coveredBy AS coveredBy`,
      params: { id: `Resolution:${W}-covered` },
      rows: [{ coveredBy: ['drafters|Document:a', 'targets|Document:b'] }],
    },
  },
  'mark-import-complete': {
    setup: [documents(`Document:${W}-imported`)],
    params: { id: `Document:${W}-imported`, kind: 'un-votes', at: AT, rows: 12 },
    result: [{ id: `Document:${W}-imported` }],
    read: {
      cypher: `MATCH (d:Document {id: $id}) RETURN d.importedAt AS at, d.importKind AS kind, d.importRows AS rows`,
      params: { id: `Document:${W}-imported` },
      rows: [{ at: AT, kind: 'un-votes', rows: 12 }],
    },
  },
  'mark-seed-complete': {
    params: { at: AT, hash: `${W}-hash` },
    result: [{ id: 'seed' }],
    read: {
      cypher: `MATCH (m:Meta) RETURN m.id AS id, m.seededAt AS at, m.hash AS hash`,
      params: {},
      rows: [{ id: 'seed', at: AT, hash: `${W}-hash` }],
    },
  },
  'move-record-names': {
    // The names a record brought move; another source's stay.
    setup: [
      actors(`Actor:${W}-names-from`, `Actor:${W}-names-to`),
      [
        'upsert-actor-names',
        {
          rows: [
            { actorId: `Actor:${W}-names-from`, key: 'test moved name', text: 'Test Moved Name', source: `SourceRecord:${W}-names [good]` },
            { actorId: `Actor:${W}-names-from`, key: 'test kept name', text: 'Test Kept Name', source: `SourceRecord:${W}-other [good]` },
          ],
        },
      ],
    ],
    params: { recordId: `SourceRecord:${W}-names`, fromId: `Actor:${W}-names-from`, toId: `Actor:${W}-names-to` },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (n:Name)-[r:NAME_OF]->(a:Actor) WHERE a.id IN $ids RETURN a.id AS actor, n.key AS key, r.text AS text, r.source AS source ORDER BY key`,
      params: { ids: [`Actor:${W}-names-from`, `Actor:${W}-names-to`] },
      rows: [
        { actor: `Actor:${W}-names-from`, key: 'test kept name', text: 'Test Kept Name', source: `SourceRecord:${W}-other [good]` },
        { actor: `Actor:${W}-names-to`, key: 'test moved name', text: 'Test Moved Name', source: `SourceRecord:${W}-names [good]` },
      ],
    },
  },
  'move-record-votes': {
    // The vote a record cast moves; another record's stays.
    setup: [
      actors(`Actor:${W}-votes-from`, `Actor:${W}-votes-to`),
      resolutions(`Resolution:${W}-votes`),
      [
        'link-votes',
        {
          rows: [
            { actorId: `Actor:${W}-votes-from`, resolutionId: `Resolution:${W}-votes`, vote: 'NO', recordId: `SourceRecord:${W}-votes`, evidence: ev('vm') },
            { actorId: `Actor:${W}-votes-from`, resolutionId: `Resolution:${W}-votes`, vote: 'YES', recordId: `SourceRecord:${W}-kept`, evidence: ev('vk') },
          ],
        },
      ],
    ],
    params: { recordId: `SourceRecord:${W}-votes`, fromId: `Actor:${W}-votes-from`, toId: `Actor:${W}-votes-to` },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Actor)-[v:CAST_VOTE]->(:Resolution {id: $id}) RETURN a.id AS actor, v.record AS record, v.vote AS vote, v.evidence AS evidence ORDER BY record`,
      params: { id: `Resolution:${W}-votes` },
      rows: [
        { actor: `Actor:${W}-votes-from`, record: `SourceRecord:${W}-kept`, vote: 'YES', evidence: ev('vk') },
        { actor: `Actor:${W}-votes-to`, record: `SourceRecord:${W}-votes`, vote: 'NO', evidence: ev('vm') },
      ],
    },
  },
  'unmerge-source-record': {
    // The record gets an actor of its own; the old one stays a possible match.
    setup: [
      ['upsert-actors', { rows: [{ id: `Actor:${W}-merged`, props: { kind: 'ORGANIZATION', name: 'Merged Org' }, evidence: [] }] }],
      record(`SourceRecord:${W}-unmerged`, null),
      resolve(`SourceRecord:${W}-unmerged`, `Actor:${W}-merged`),
    ],
    params: { recordId: `SourceRecord:${W}-unmerged`, newActorId: `Actor:${W}-split`, name: 'Split Org', nameKey: 'split org', reason: 'not the same' },
    result: [{ oldId: `Actor:${W}-merged`, newId: `Actor:${W}-split` }],
    read: {
      cypher: `MATCH (:SourceRecord {id: $id})-[r]->(a:Actor) RETURN type(r) AS type, r.rule AS rule, r.reason AS reason, a.id AS actor,
        a.kind AS kind, a.name AS name, a.nameKey AS nameKey, a.evidence AS evidence, a.description AS description, a.sanctioned AS sanctioned ORDER BY type`,
      params: { id: `SourceRecord:${W}-unmerged` },
      rows: [
        {
          type: 'POSSIBLE_MATCH',
          rule: 'undone-merge',
          reason: 'not the same',
          actor: `Actor:${W}-merged`,
          kind: 'ORGANIZATION',
          name: 'Merged Org',
          nameKey: null,
          evidence: [],
          description: null,
          sanctioned: false,
        },
        {
          type: 'RESOLVED_TO',
          rule: 'manual-split',
          reason: 'not the same',
          actor: `Actor:${W}-split`,
          kind: 'ORGANIZATION',
          name: 'Split Org',
          nameKey: 'split org',
          evidence: ev('record'),
          description: 'Split from Merged Org by hand',
          sanctioned: false,
        },
      ],
    },
  },
  'refresh-actor-sanctioned': {
    // A sanctions entry moved to another actor (an unmerge): `sanctioned` moves with it.
    setup: [
      actors(`Actor:${W}-was-listed`),
      record(`SourceRecord:${W}-moved`, 'QDi.997'),
      resolve(`SourceRecord:${W}-moved`, `Actor:${W}-was-listed`),
      ['unmerge-source-record', { recordId: `SourceRecord:${W}-moved`, newActorId: `Actor:${W}-now-listed`, name: 'Now', nameKey: 'now', reason: 'test' }],
    ],
    params: { ids: [`Actor:${W}-was-listed`, `Actor:${W}-now-listed`] },
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.sanctioned AS sanctioned ORDER BY id`,
      params: { ids: [`Actor:${W}-was-listed`, `Actor:${W}-now-listed`] },
      rows: [
        { id: `Actor:${W}-now-listed`, sanctioned: true },
        { id: `Actor:${W}-was-listed`, sanctioned: false },
      ],
    },
  },
  'backfill-actor-sanctioned': {
    // An actor an older Dossier wrote without `sanctioned`; every other actor has it (the count is exactly this one).
    setup: [actors(`Actor:${W}-old`), record(`SourceRecord:${W}-old`, 'QDi.996'), resolve(`SourceRecord:${W}-old`, `Actor:${W}-old`)],
    stale: `MATCH (a:Actor {id: 'Actor:${W}-old'}) REMOVE a.sanctioned`,
    params: {},
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Actor {id: $id}) RETURN a.sanctioned AS sanctioned`,
      params: { id: `Actor:${W}-old` },
      rows: [{ sanctioned: true }],
    },
  },
  'backfill-statement-dates': {
    // Two statements an older Dossier wrote without `meetingDay`: one made at a meeting, one not.
    setup: [
      statements(`Statement:${W}-old-at`, `Statement:${W}-old-nowhere`),
      meeting(`Meeting:${W}-old`, '2015-11-30'),
      ['link-statement-meetings', { rows: [{ statementId: `Statement:${W}-old-at`, meetingId: `Meeting:${W}-old`, evidence: [] }] }],
    ],
    stale: `MATCH (s:Statement) WHERE s.id IN ['Statement:${W}-old-at', 'Statement:${W}-old-nowhere'] REMOVE s.meetingDay`,
    params: {},
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (s:Statement) WHERE s.id IN $ids RETURN s.id AS id, s.meetingDay AS day ORDER BY id`,
      params: { ids: [`Statement:${W}-old-at`, `Statement:${W}-old-nowhere`] },
      rows: [
        { id: `Statement:${W}-old-at`, day: '2015-11-30' },
        { id: `Statement:${W}-old-nowhere`, day: '' },
      ],
    },
  },
  'backfill-allegation-status-labels': {
    // An allegation whose label an older Dossier got wrong.
    setup: [allegation(`Allegation:${W}-old`, 'CONFIRMED')],
    stale: `MATCH (a:Allegation {id: 'Allegation:${W}-old'}) REMOVE a:AllegationConfirmed SET a:AllegationAlleged`,
    params: {},
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Allegation {id: $id}) RETURN a:AllegationAlleged AS alleged, a:AllegationConfirmed AS confirmed, a:AllegationDenied AS denied`,
      params: { id: `Allegation:${W}-old` },
      rows: [{ alleged: false, confirmed: true, denied: false }],
    },
  },
  'backfill-allegation-bounds': {
    // An undated allegation an older Dossier wrote without the bounds its document gives.
    setup: [
      ['upsert-documents', { rows: [{ id: `Document:${W}-bounds`, props: { title: 'Dated', publishedOn: '2015-11-28' } }] }],
      ['upsert-evidence', { rows: [{ id: `Evidence:${W}-bounds`, documentId: `Document:${W}-bounds`, quote: 'D', start: 0, end: 1 }] }],
      [
        'upsert-allegations',
        { rows: [{ id: `Allegation:${W}-bounds`, props: { summary: 'Undated', status: 'ALLEGED' }, evidence: [`Evidence:${W}-bounds`] }] },
      ],
    ],
    stale: `MATCH (a:Allegation {id: 'Allegation:${W}-bounds'}) REMOVE a.notAfter, a.notBefore`,
    params: {},
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Allegation {id: $id}) RETURN a.notAfter AS notAfter, a.notBefore AS notBefore, a.notAfter = date('2015-11-28') AS isDate`,
      params: { id: `Allegation:${W}-bounds` },
      rows: [{ notAfter: '2015-11-28', notBefore: null, isDate: true }],
    },
  },
  'convert-string-dates': {
    // Dates an older Dossier wrote as ISO strings (a meeting's day, a relation's year): made DATEs; a string that is no
    // ISO date stays as it was. Every other date in the store is a DATE already (the count is exactly these two). The read
    // takes no `.year` of what may still be a string: Neo4j refuses it (a type error), Grafeo gives null.
    setup: [
      meeting(`Meeting:${W}-old-day`, '2015-12-17'),
      meeting(`Meeting:${W}-no-day`, '2015-12-18'),
      actors(`Actor:${W}-old-member`, `Actor:${W}-old-group`),
      ['link-actor-relations', { rows: [{ fromId: `Actor:${W}-old-member`, toId: `Actor:${W}-old-group`, relation: 'MEMBER_OF', evidence: [] }] }],
    ],
    stale: `MATCH (m:Meeting {id: 'Meeting:${W}-old-day'}), (n:Meeting {id: 'Meeting:${W}-no-day'}), (:Actor {id: 'Actor:${W}-old-member'})-[r:RELATED_TO]->()
      SET m.date = '2015-12-17', n.date = 'Friday', r.since = '2012', r.sincePrecision = 'YEAR'`,
    params: {},
    result: [{ count: 2 }],
    read: {
      cypher: `MATCH (m:Meeting) WHERE m.id IN $ids
        OPTIONAL MATCH (:Actor {id: $member})-[r:RELATED_TO]->()
        RETURN m.id AS id, m.date AS date, m.date >= date('2015-01-01') AS dated, r.since AS since, r.since = date('2012-01-01') AS sinceIsDate ORDER BY id`,
      params: { ids: [`Meeting:${W}-no-day`, `Meeting:${W}-old-day`], member: `Actor:${W}-old-member` },
      rows: [
        { id: `Meeting:${W}-no-day`, date: 'Friday', dated: null, since: '2012-01-01', sinceIsDate: true },
        { id: `Meeting:${W}-old-day`, date: '2015-12-17', dated: true, since: '2012-01-01', sinceIsDate: true },
      ],
    },
  },
  'record-decision': {
    setup: [documents(`Document:${W}-decided`), candidate(`Candidate:${W}-decided`, `Document:${W}-decided`)],
    params: {
      candidateId: `Candidate:${W}-decided`,
      seen: 0,
      status: 'ACCEPTED',
      draft: '{"kind":"ALLEGATION"}',
      facts: [`Allegation:${W}-fact`],
      answered: null,
      decision: { id: `Decision:${W}-decided-1`, candidateId: `Candidate:${W}-decided`, seq: 1, actor: 'tester', at: AT, action: 'ACCEPT' },
    },
    result: [{ id: `Decision:${W}-decided-1` }],
    read: {
      cypher: `MATCH (c:Candidate {id: $id})-[:DECIDED]->(x:Decision) RETURN c.status AS status, c.draft AS draft, c.facts AS facts, c.answered AS answered,
        c.decisionCount AS decisions, x.id AS decision, x.candidateId AS candidateId, x.seq AS seq, x.actor AS actor, x.at AS at, x.action AS action`,
      params: { id: `Candidate:${W}-decided` },
      rows: [
        {
          status: 'ACCEPTED',
          draft: '{"kind":"ALLEGATION"}',
          facts: [`Allegation:${W}-fact`],
          answered: null,
          decisions: 1,
          decision: `Decision:${W}-decided-1`,
          candidateId: `Candidate:${W}-decided`,
          seq: 1,
          actor: 'tester',
          at: AT,
          action: 'ACCEPT',
        },
      ],
    },
  },
  'retract-allegations': {
    setup: [allegation(`Allegation:${W}-retracted`, 'ALLEGED')],
    params: { ids: [`Allegation:${W}-retracted`], decisionId: `Decision:${W}-r1`, at: AT },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:RetractedAllegation {id: $id}) RETURN a:Allegation AS allegation, a:Entity AS entity, a:AllegationAlleged AS alleged,
        a.retractedBy AS by, a.retractedAt AS at, a.status AS status`,
      params: { id: `Allegation:${W}-retracted` },
      rows: [{ allegation: false, entity: false, alleged: false, by: `Decision:${W}-r1`, at: AT, status: 'ALLEGED' }],
    },
  },
  'retract-statements': {
    setup: [statements(`Statement:${W}-retracted`)],
    params: { ids: [`Statement:${W}-retracted`], decisionId: `Decision:${W}-r2`, at: AT },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (s:RetractedStatement {id: $id}) RETURN s:Statement AS statement, s:Entity AS entity, s.retractedBy AS by, s.retractedAt AS at, s.text AS text`,
      params: { id: `Statement:${W}-retracted` },
      rows: [{ statement: false, entity: false, by: `Decision:${W}-r2`, at: AT, text: `Statement:${W}-retracted` }],
    },
  },
  'record-mention-resolution': {
    setup: [
      documents(`Document:${W}-resolved`),
      ['upsert-mentions', { rows: [{ id: `Mention:${W}-resolved`, documentId: `Document:${W}-resolved`, props: { text: 'Haddad', start: 0, end: 6 } }] }],
    ],
    params: {
      mentionId: `Mention:${W}-resolved`,
      seen: 0,
      actorId: 'Actor:jordan',
      decision: { id: `Decision:${W}-mention-1`, mentionId: `Mention:${W}-resolved`, seq: 1, actor: 'tester', at: AT, action: 'RESOLVE_MENTION' },
    },
    result: [{ id: `Decision:${W}-mention-1` }],
    read: {
      cypher: `MATCH (m:Mention {id: $id})-[:DECIDED]->(x:Decision) RETURN m.actorId AS actorId, m.decisionCount AS decisions, x.id AS decision, x.actor AS actor, x.action AS action`,
      params: { id: `Mention:${W}-resolved` },
      rows: [{ actorId: 'Actor:jordan', decisions: 1, decision: `Decision:${W}-mention-1`, actor: 'tester', action: 'RESOLVE_MENTION' }],
    },
  },
  'link-accepted-relations': {
    setup: [actors(`Actor:${W}-rel-a`, `Actor:${W}-rel-b`)],
    params: {
      rows: [
        {
          fromId: `Actor:${W}-rel-a`,
          toId: `Actor:${W}-rel-b`,
          props: {
            id: `Relation:${W}-accepted`,
            relation: 'HEAD_OF',
            evidence: ev('rel'),
            since: '2014-06',
            sincePrecision: 'MONTH',
            candidateId: 'Candidate:x',
          },
        },
      ],
    },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (:Actor {id: $id})-[r:RELATED_TO]->(b:Actor) RETURN b.id AS to, r.id AS id, r.relation AS relation, r.evidence AS evidence, toString(r.since) AS since, r.sincePrecision AS precision`,
      params: { id: `Actor:${W}-rel-a` },
      rows: [{ to: `Actor:${W}-rel-b`, id: `Relation:${W}-accepted`, relation: 'HEAD_OF', evidence: ev('rel'), since: '2014-06-01', precision: 'MONTH' }],
    },
  },
  'retract-relations': {
    setup: [
      actors(`Actor:${W}-ret-a`, `Actor:${W}-ret-b`),
      [
        'link-accepted-relations',
        {
          rows: [
            {
              fromId: `Actor:${W}-ret-a`,
              toId: `Actor:${W}-ret-b`,
              props: { id: `Relation:${W}-retracted`, relation: 'LEADER_OF', evidence: ev('ret'), until: '2016' },
            },
          ],
        },
      ],
    ],
    params: { rows: [{ id: `Relation:${W}-retracted`, fromId: `Actor:${W}-ret-a`, toId: `Actor:${W}-ret-b` }], decisionId: `Decision:${W}-r4`, at: AT },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:Actor {id: $id})-[r]->(b:Actor) RETURN type(r) AS type, r.id AS id, r.relation AS relation, r.evidence AS evidence, toString(r.until) AS until, r.retractedBy AS by, r.retractedAt AS at`,
      params: { id: `Actor:${W}-ret-a` },
      rows: [
        {
          type: 'RETRACTED_RELATED_TO',
          id: `Relation:${W}-retracted`,
          relation: 'LEADER_OF',
          evidence: ev('ret'),
          until: '2016-01-01',
          by: `Decision:${W}-r4`,
          at: AT,
        },
      ],
    },
  },
  'link-resolution-evidence': {
    setup: [resolutions(`Resolution:${W}-linked`)],
    params: { id: `Resolution:${W}-linked`, evidence: ev('linked') },
    result: [{ id: `Resolution:${W}-linked` }],
    read: {
      cypher: `MATCH (r:Resolution {id: $id}) RETURN r.evidence AS evidence`,
      params: { id: `Resolution:${W}-linked` },
      rows: [{ evidence: ev('linked') }],
    },
  },
  'retract-resolution-evidence': {
    setup: [['upsert-resolutions', { rows: [{ id: `Resolution:${W}-unlinked`, props: { title: 'x' }, evidence: [...ev('kept'), ...ev('unlinked')] }] }]],
    params: { ids: [`Resolution:${W}-unlinked`], evidence: ev('unlinked') },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (r:Resolution {id: $id}) RETURN r.evidence AS evidence, r.retractedEvidence AS retracted`,
      params: { id: `Resolution:${W}-unlinked` },
      rows: [{ evidence: ev('kept'), retracted: ev('unlinked') }],
    },
  },
  'retract-actors': {
    setup: [actors(`Actor:${W}-retracted`)],
    params: { ids: [`Actor:${W}-retracted`], decisionId: `Decision:${W}-r3`, at: AT },
    result: [{ count: 1 }],
    read: {
      cypher: `MATCH (a:RetractedActor {id: $id}) RETURN a:Actor AS actor, a:Entity AS entity, a.retractedBy AS by, a.retractedAt AS at, a.name AS name`,
      params: { id: `Actor:${W}-retracted` },
      rows: [{ actor: false, entity: false, by: `Decision:${W}-r3`, at: AT, name: `Actor:${W}-retracted` }],
    },
  },
};

type ReadName = Exclude<QueryName, WriteName>;
/** The parameters a query file runs with here: a read's from PARAMS, a write's from its round trip. */
const paramsOf = (name: QueryName): Record<string, unknown> => (isWriteName(name) ? WRITES[name].params : PARAMS[name]);

/** Reads that legitimately find nothing for their fixture (they look up a record that does not exist). */
// Meetings get topics from their agenda items, which only the meetings import gives (tested in test/api/lists.test.ts); no seed statement was made at a meeting with a record symbol.
const EMPTY_ON_SEED = new Set<QueryName>([
  'find-candidates',
  'list-candidate-decisions',
  'list-document-mentions',
  'find-mentions',
  'list-mention-decisions',
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

  it.each(QUERY_NAMES.filter((name): name is ReadName => !isWriteName(name)))('%s runs', async (name) => {
    const rows = await store.read(name, PARAMS[name]);
    if (EMPTY_ON_SEED.has(name)) {
      expect(rows).toEqual([]);
    } else {
      // Reads return rows on the seed plus the shipped votes and sanctions files.
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  const texts = loadQueries(engine);
  const SHAPES = loadRowShapes(engine);
  // A map column whose shape the model gives is sent as a list of its values when reads are combined: a key the shape
  // lacked would be lost, one it has too many would be null. Every derived shape, nested ones too, is met here.
  // (A query that finds nothing on the seed has no map to check: the candidates', met through the API in test/api/write.test.ts.)
  const shaped = [...SHAPES.entries()].filter(([name]) => !EMPTY_ON_SEED.has(name));
  it('map columns sent as lists are many (the test below is not vacuous)', () => expect(shaped.length).toBeGreaterThan(20));
  it.each(shaped)('%s returns maps of exactly the keys its model declares, and combined the same rows', async (name, shapes) => {
    const rows = await store.read(name, paramsOf(name));
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
    const part = { text: texts.get(name)!, params: paramsOf(name), columns: Object.keys(rows[0]!), shapes };
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
        const notices = await deprecations(texts.get(name)!, paramsOf(name));
        if (notices.length > 0) found[name] = notices;
      }
      const reads = shaped.slice(0, 4).map(([name]) => name);
      const combined = combineReads(
        reads.map((name) => ({ text: texts.get(name)!, params: paramsOf(name), columns: Object.keys(SHAPES.get(name)!), shapes: SHAPES.get(name) })),
      );
      const chained = chainReads(
        {
          text: texts.get('find-resolution-by-number')!,
          params: { number: 2253 },
          columns: ['id', 'resolution'],
          shapes: SHAPES.get('find-resolution-by-number'),
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
  // Last: the writes change the store the tests above read (each on nodes of its own, but mark-seed-complete, the
  // backfills and the retractions touch what the seed made or count the whole store).
  describe('writes', () => {
    /** Writes outside the named queries, as an older Dossier left the store (the test's own access to each engine). */
    const rawWrite = async (text: string): Promise<void> => {
      if (engine === 'embedded') {
        await (store as unknown as { db: { executeCypher(q: string): Promise<unknown> } }).db.executeCypher(text);
        return;
      }
      const settings = neo4jSettings();
      const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
      try {
        await driver.executeQuery(text, {}, { database: settings.database });
      } finally {
        await driver.close();
      }
    };

    it('every write query file has a round trip', () => {
      expect(Object.keys(WRITES).sort()).toEqual(QUERY_NAMES.filter(isWriteName).sort());
    });

    // All the setups, then every read, then all the writes, then every read again: the embedded engine's user Cypher
    // runs on a copy of the store made after each write, and its sandbox runs out of memory after some 70 copies.
    const names = Object.keys(WRITES) as WriteName[];
    const readAll = async (): Promise<Map<WriteName, unknown[]>> => {
      const found = new Map<WriteName, unknown[]>();
      for (const name of names) {
        const { cypher, params } = WRITES[name].read;
        found.set(name, (await store.readUserCypher(cypher, params, { maxRows: 1000, timeoutMs: 20000 })).rows);
      }
      return found;
    };
    let before = new Map<WriteName, unknown[]>();
    let after = new Map<WriteName, unknown[]>();
    const written = new Map<WriteName, unknown[] | Error>();
    beforeAll(async () => {
      for (const name of names) {
        for (const [query, params] of WRITES[name].setup ?? []) await store.write(query, params);
        if (WRITES[name].stale) await rawWrite(WRITES[name].stale);
      }
      before = await readAll();
      for (const name of names) written.set(name, await store.write(name, WRITES[name].params).catch((error: Error) => error));
      after = await readAll();
    }, 120000);

    it.each(names)('%s writes its rows and a read finds exactly them', (name) => {
      const { result, read } = WRITES[name];
      // Not vacuous: before the write the read finds something else.
      expect(before.get(name)).not.toEqual(read.rows);
      expect(written.get(name)).toEqual(result);
      expect(after.get(name)).toEqual(read.rows);
    });
  });
});
