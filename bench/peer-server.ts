// The peer a user would pick instead of Dossier: @neo4j/graphql 7 over the same Neo4j and data, served by Apollo over HTTP.
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { benchDriver } from './ideal-queries';

/** Type definitions for the labels the compared questions touch; list properties of evidence ids become @cypher fields. */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Names @relationshipProperties {
    role: String
  }
  type Related @relationshipProperties {
    relation: String
  }
  type Actor @node {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]
    allegationsNaming: [Allegation!]! @relationship(type: "NAMES", direction: IN, properties: "Names")
    allegationsMade: [Allegation!]! @relationship(type: "CLAIMED_BY", direction: IN)
    related: [Actor!]! @relationship(type: "RELATED_TO", direction: OUT, properties: "Related")
  }
  type Topic @node {
    id: ID!
    key: String!
    name: String
  }
  type Document @node {
    id: ID!
    title: String
  }
  type Evidence @node {
    id: ID!
    quote: String!
    start: Int!
    end: Int!
    document: [Document!]! @relationship(type: "FROM", direction: OUT)
  }
  type Allegation @node {
    id: ID!
    summary: String
    status: String
    statedOn: String
    claimant: [Actor!]! @relationship(type: "CLAIMED_BY", direction: OUT)
    named: [Actor!]! @relationship(type: "NAMES", direction: OUT, properties: "Names")
    topics: [Topic!]! @relationship(type: "ABOUT", direction: OUT)
    evidence: [Evidence!]! @cypher(statement: "UNWIND coalesce(this.evidence, []) AS evidenceId MATCH (e:Evidence {id: evidenceId}) RETURN e", columnName: "e")
  }
  type Meeting @node {
    id: ID!
    symbol: String
    date: String
  }
  type Resolution @node {
    id: ID!
    number: Int!
    symbol: String!
    adoptedOn: String
    votesFor: Int
    adoptedAt: [Meeting!]! @relationship(type: "ADOPTED_AT", direction: OUT)
    drafters: [Actor!]! @relationship(type: "DRAFTED", direction: IN)
    targets: [Actor!]! @relationship(type: "TARGETS", direction: OUT)
    recalls: [Resolution!]! @relationship(type: "RECALLS", direction: OUT)
    topics: [Topic!]! @relationship(type: "ABOUT", direction: OUT)
    evidence: [Evidence!]! @cypher(statement: "UNWIND coalesce(this.evidence, []) AS evidenceId MATCH (e:Evidence {id: evidenceId}) RETURN e", columnName: "e")
  }
`;

/** The same questions as Dossier's benchmark, in the peer's own query language. */
export const PEER_QUERIES: Record<string, string> = {
  flagship: `{ actors(where: { kind: { eq: "STATE" }, allegationsNaming: { some: { topics: { some: { key: { eq: "oil" } } } } } }, sort: [{ name: ASC }]) {
    name
    allegationsNamingConnection(where: { node: { topics: { some: { key: { eq: "oil" } } } } }) { edges { properties { role } node {
      summary status statedOn claimant { name }
      namedConnection { edges { properties { role } node { name } } }
      evidence { quote start end document { title } }
    } } }
  } }`,
  resolution:
    '{ resolutions(where: { number: { eq: 2253 } }) { symbol adoptedOn votesFor adoptedAt { symbol date } drafters { name } targets { name } recalls { number symbol } topics { key } evidence { quote } } }',
  actor:
    '{ actors(where: { aliases: { includes: "Da’esh" } }) { name kind aliases allegationsNaming { summary claimant { name } } relatedConnection { edges { properties { relation } node { name } } } } }',
};

async function main(): Promise<void> {
  const driver = benchDriver();
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' }, context: async () => ({}) });
  process.stdout.write(`peer ready at ${url}\n`);
}

if (require.main === module) void main();
