// The flagship is priced by what its topic holds, not by the most any topic holds (at ~1M relationships the latter refused it).
import { parse, type OperationDefinitionNode } from 'graphql';
import { ASSUMED_SIZES, LIMITS, measureOperation, type StoreSizes } from '../../src/graphql/limits';
import { createSchema } from '../../src/graphql/schema';

const FLAGSHIP = `query ($topic: String!) {
  statesNamedInConnectionWith(topic: $topic) {
    state { name kind }
    roles
    allegations { summary status claimant { name } named { role actor { name } } topics { key } evidence { quote start end } }
  }
}`;

/** A store like the synthetic ~1M graph: many states and allegations about synthetic topics, few about oil. */
const SIZES: StoreSizes = {
  ...ASSUMED_SIZES,
  maxTextLength: 4000,
  states: 219,
  allegationsPerState: 600,
  namedPerAllegation: 4,
  evidencePerFact: 8,
  topics: 50,
  topicSizes: [
    { key: 'oil', aliasKeys: ['oil', 'oil smuggling'], states: 5, allegationsPerState: 2 },
    { key: 'syn-1', aliasKeys: [], states: 200, allegationsPerState: 300 },
  ],
};

async function cost(topic: string, sizes: StoreSizes = SIZES): Promise<number> {
  const schema = await createSchema();
  const document = parse(FLAGSHIP);
  return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, { topic }, sizes).cost;
}

describe('pricing the flagship by its topic', () => {
  it('prices a topic by its own states and allegations per state, found by key or alias', async () => {
    const oil = await cost('oil');
    expect(oil).toBeLessThan(LIMITS.maxCost);
    expect(await cost('Oil Smuggling')).toBe(oil);
    // 5 states, each 5 (itself, state { name kind }, roles, allegations) plus 2 allegations; an allegation costs the same whatever the topic.
    const perAllegation = ((oil - 1) / 5 - 5) / 2;
    expect(Number.isInteger(perAllegation)).toBe(true);
    expect(perAllegation).toBeGreaterThan(10);
    expect(await cost('syn-1')).toBe(1 + 200 * (5 + 300 * perAllegation));
  });

  it('refuses what a crowded topic can really return, and prices a topic without allegations at nothing below it', async () => {
    expect(await cost('syn-1')).toBeGreaterThan(LIMITS.maxCost);
    expect(await cost('hostages')).toBe(1);
  });

  it('falls back to the most any topic holds when the sizes per topic are not known', async () => {
    const global = await cost('oil', { ...SIZES, topicSizes: null });
    expect(global).toBeGreaterThan(LIMITS.maxCost);
  });
});
