// The committed schema.graphql is exactly what TypeGraphQL emits now.
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaSdl } from '../src/graphql/schema';

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
    'allegations(after: String, filter: AllegationFilter, first: Int): AllegationConnection!',
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
