// No N+1: nested fields are batched per request, one store query per field per level, however many parents.
import { primeStoreSizes } from '../../src/graphql/limits';
import { runSeed } from '../../seed/seed';
import { loadConfig } from '../../src/config';
import { createContext } from '../../src/context';
import { readManifest } from '../../src/import/default-imports';
import { runImport } from '../../src/import/import-runner';
import { createLogger } from '../../src/logger';
import { createApolloServer } from '../../src/server';
import type { GraphStore } from '../../src/store/graph-store';
import { countingStore, recordedNames, type RecordedRead } from '../../bench/counting-store';
import { encodeCursor } from '../../src/cursor';
import type { QueryName } from '../../src/store/queries';
import { ENGINES, openTestStore } from '../helpers';

describe.each(ENGINES)('on %s', (engine) => {
  let inner: GraphStore;
  beforeAll(async () => {
    inner = await openTestStore(engine);
    await runSeed(inner);
    await runImport(inner, 'un-votes', readManifest().find((m) => m.kind === 'un-votes')!.file);
  });
  afterAll(() => inner.close());

  /** Round trips of the last operation: store queries issued in the same turn of the event loop share one. */
  let rounds = 0;
  /** The reads of the last operation as recorded (with the reads that followed each, for GraphStore.readThen). */
  let lastCalls: RecordedRead[] = [];

  /** Runs an operation and returns the store queries it made, by name. */
  async function queriesOf(query: string, batch = true): Promise<string[]> {
    const calls: RecordedRead[] = [];
    const { store, counter } = countingStore(inner, calls);
    // The store's sizes (for the operation's cost) are read once at start by the server; here, before counting.
    await primeStoreSizes(store);
    calls.length = 0;
    counter.calls = 0;
    counter.rounds = 0;
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const apollo = await createApolloServer(config, createLogger('silent'));
    try {
      const res = await apollo.executeOperation({ query }, { contextValue: createContext(store, config, createLogger('silent'), { batch }) });
      if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    } finally {
      await apollo.stop();
    }
    rounds = counter.rounds;
    lastCalls = calls;
    return recordedNames(calls);
  }

  it('answers the flagship with one query per field per level, whatever the number of states', async () => {
    const made = await queriesOf(
      '{ statesNamedInConnectionWith(topic: "oil") { state { name } allegations { claimant { name } named { actor { name } } evidence { document { title } } } } }',
    );
    const count = (q: QueryName) => made.filter((m) => m === q).length;
    // Five states with seven allegations: each kind of look-up happens at most once, and rows that carry
    // their node (the states and allegations of the listing with their claimants, named actors, the documents of evidence) prime it.
    expect(count('list-states-named-with-topic')).toBe(1);
    expect(count('find-actors')).toBe(0);
    expect(count('find-allegations')).toBe(0);
    expect(count('list-allegation-named')).toBe(1);
    expect(count('find-evidence')).toBe(1);
    expect(count('find-documents')).toBe(0);
    // The listing with named, evidence and the topic list (for the topic check) read ahead: one read, one statement
    // on Neo4j; two steps in-process on the embedded engine.
    expect(count('list-topics')).toBe(1);
    expect(lastCalls).toHaveLength(1);
    expect(rounds).toBe(engine === 'neo4j' ? 1 : 2);
  });

  it("loads a search's first page of hits with the full-text query: no look-up of the hits afterwards", async () => {
    const query =
      '{ search(text: "oil smuggling Turkey", first: 10) { edges { node { __typename ... on Actor { name } ... on Meeting { symbol } ... on Allegation { summary } } } } }';
    const made = await queriesOf(query);
    // The text names the oil topic: its expanded words (with the topic's members) and, beside them, its own words.
    expect(made.filter((q) => q === 'search-entities')).toHaveLength(2);
    // Each entity type's look-up once, as a read that follows the full text (none afterwards).
    const lookUps = made.filter((q) => /^find-(actors|meetings|allegations|resolutions|documents)$/.test(q));
    expect(new Set(lookUps).size).toBe(lookUps.length);
    expect(
      lastCalls.filter(([q, , , following]) => !following && typeof q === 'string' && /^find-(actors|meetings|allegations|resolutions|documents)$/.test(q)),
    ).toEqual([]);
    // The expansion's look-ups, then the full text with its hits: one statement on Neo4j, two steps in-process on the embedded engine.
    expect(rounds).toBe(engine === 'neo4j' ? 2 : 3);
    // A later page looks its hits up as before.
    const after = await queriesOf(
      `{ search(text: "oil smuggling Turkey", first: 3, after: "${encodeCursor('Search', 2)}") { edges { node { __typename } } } }`,
    );
    expect(after.filter((q) => /^find-/.test(q)).length).toBeGreaterThan(0);
  });

  it('answers a resolution with its meeting, drafters, targets, recalls, topics, evidence and votes in one round trip (Neo4j; two steps embedded)', async () => {
    const made = await queriesOf(
      '{ resolution(number: 2253) { adoptedAt { symbol } drafters { name } targets { name } recalls { number symbol } recalledBy { number } topics { key } evidence { quote document { title } } votes { state { name } } } }',
    );
    expect(made).not.toContain('find-actors');
    expect(made).not.toContain('find-resolutions');
    expect(made).not.toContain('find-documents');
    // One read, the rest read ahead with it: each query once, nothing read afterwards.
    expect(lastCalls).toHaveLength(1);
    expect(new Set(made).size).toBe(made.length);
    expect(made).toContain('find-meetings');
    expect(rounds).toBe(engine === 'neo4j' ? 1 : 2);
    // Only what is asked is read ahead.
    expect(await queriesOf('{ resolution(number: 2253) { symbol drafters { name } } }')).toEqual(['find-resolution-by-number', 'list-resolution-drafters']);
    expect(await queriesOf('{ resolution(number: 2253) { symbol } }')).toEqual(['find-resolution-by-number']);
    // Through fragments too.
    const viaFragments = await queriesOf('{ resolution(number: 2253) { ...R } } fragment R on Resolution { ... on Resolution { targets { name } } }');
    expect(viaFragments).toEqual(['find-resolution-by-number', 'list-resolution-targets']);
    expect(rounds).toBe(engine === 'neo4j' ? 1 : 2);
  });

  it('makes the named actors of 11 allegations cost one query, against one per allegation without batching', async () => {
    const query = '{ allegations(first: 20) { edges { node { claimant { name } named { actor { name } } } } } }';
    const batched = await queriesOf(query);
    const naive = await queriesOf(query, false);
    expect(batched.filter((q) => q === 'list-allegation-named')).toHaveLength(1);
    expect(naive.filter((q) => q === 'list-allegation-named').length).toBeGreaterThan(3);
    expect(batched).not.toContain('find-actors'); // claimants come with their allegations
  });

  it('answers a meeting by symbol in one round trip (the look-up returns the meeting)', async () => {
    const made = await queriesOf('{ meeting(symbol: "S/PV.7587") { symbol date title } }');
    expect(made).toEqual(['find-meeting-by-symbol']);
    expect(rounds).toBe(1);
  });

  it('counts a list alongside its page when totalCount is asked for (one round trip, not two)', async () => {
    const made = await queriesOf('{ meetings(first: 3) { totalCount edges { node { symbol } } } }');
    expect(made).toHaveLength(2);
    expect(rounds).toBe(1);
    // Not asked for: not counted.
    expect(await queriesOf('{ meetings(first: 3) { edges { node { symbol } } } }')).toHaveLength(1);
    // Asked for through a fragment: counted alongside as well.
    expect(
      await queriesOf('{ meetings(first: 3) { ...Counted edges { node { symbol } } } } fragment Counted on MeetingConnection { totalCount }'),
    ).toHaveLength(2);
    expect(rounds).toBe(1);
  });

  it('pages a top-k list in two round trips (its ids with the count alongside, then its nodes), filtered or not', async () => {
    const ids = '{ totalCount edges { node { id summary } } }';
    for (const query of [
      `{ allegations(first: 3, orderBy: { field: STATED_ON, direction: DESC }) ${ids} }`,
      `{ allegations(first: 3, where: { status: { eq: ALLEGED } }) ${ids} }`,
      `{ allegations(first: 3, where: { status: { in: [ALLEGED, DENIED] }, statedOn: { gte: "2015-01-01" } }) ${ids} }`,
    ]) {
      const made = await queriesOf(query);
      expect([query, made.length, rounds]).toEqual([query, 3, 2]);
      expect(made).toContain('find-allegations');
    }
    expect(await queriesOf('{ actors(first: 3, orderBy: { field: KIND }) { edges { node { name } } } }')).toHaveLength(2);
    expect(rounds).toBe(2);
  });

  it('answers an actor by name with its allegations, their claimants and its relations in one round trip (Neo4j; two steps embedded)', async () => {
    const made = await queriesOf(
      '{ actor(name: "Da’esh") { name aliases allegationsNaming { summary claimant { name } } related { relation actor { name } } } }',
    );
    expect(made).not.toContain('find-actors'); // the name look-up returns the actor, the allegations their claimants
    expect(made).not.toContain('find-allegations'); // read ahead with the actor, with their claimants
    expect(rounds).toBe(engine === 'neo4j' ? 1 : 2);
  });
});
