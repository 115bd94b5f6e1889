// The committed schema.graphql is exactly what TypeGraphQL emits now.
import fs from 'node:fs';
import path from 'node:path';
import { createSchema, printSchemaSdl } from '../src/graphql/schema';

it('schema.graphql is current (run npm run schema after changing a type)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(await printSchemaSdl()).toBe(committed);
});

it('keeps the fixed contract names', async () => {
  const sdl = await printSchemaSdl();
  for (const line of [
    'interface Node',
    'node(id: ID!): Node',
    'actor(id: ID, name: String): Actor',
    'resolution(number: Int!): Resolution',
    'statesNamedInConnectionWith(topic: String!): [StateNaming!]!',
    'topics: [Topic!]!',
    'search(after: String, first: Int, text: String!, types: [SearchType!]): SearchConnection!',
    'connections(from: ID!, maxHops: Int, to: ID!): [GraphPath!]!',
    'stats: GraphStats!',
    'union SearchResult = Actor | Allegation | Document | Meeting | Resolution',
    'scalar Date',
  ]) {
    expect(sdl).toContain(line);
  }
});

it('lists every root entity as a Relay connection with where, orderBy, first/after, last/before and totalCount', async () => {
  const schema = await createSchema();
  const query = schema.getQueryType()!.getFields();
  const lists = ['actors', 'meetings', 'documents', 'statements', 'resolutions', 'allegations'];
  for (const name of lists) {
    const field = query[name]!;
    const connection = field.type.toString().replace(/!$/, '');
    expect(connection).toMatch(/Connection$/);
    expect(field.args.map((a) => a.name)).toEqual(expect.arrayContaining(['where', 'orderBy', 'first', 'after', 'last', 'before']));
    const type = schema.getType(connection) as unknown as { getFields(): Record<string, unknown> };
    expect(Object.keys(type.getFields()).sort()).toEqual(['edges', 'pageInfo', 'totalCount']);
  }
  // The old filters keep working, marked deprecated.
  expect(query.allegations!.args.find((a) => a.name === 'filter')?.deprecationReason).toBe('Use where.');
  expect(query.resolutions!.args.find((a) => a.name === 'filter')?.deprecationReason).toBe('Use where.');
});
