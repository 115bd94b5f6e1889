// The one-statement ideal answered through Apollo 5 with Dossier's own schema and no work of Dossier's: the floor of any server on this stack.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { headerMapOf } from '../src/server';
import { benchDriver, IDEAL_QUERIES, runIdealOnNeo4j, type IdealQuery } from './ideal-queries';

/**
 * Dossier's schema.graphql with each question's root field answered by its ideal statement's JSON; every other field
 * is graphql-js's default resolver reading that JSON. No limits, budgets, loaders or records: what Apollo, graphql-js
 * and the transport cost on top of the ideal, handled as Dossier's server handles a request (executeHTTPGraphQLRequest).
 */
async function main(): Promise<void> {
  const driver = benchDriver();
  const answer = (ideal: IdealQuery, field: string) => async () => ((await runIdealOnNeo4j(driver, ideal)) as Record<string, unknown>)[field];
  const apollo = new ApolloServer({
    // As Dossier's: no cache hints, so not the cache-control plugin that would wrap every field's resolver.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    typeDefs: fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'),
    resolvers: {
      Query: {
        statesNamedInConnectionWith: answer(IDEAL_QUERIES.flagship, 'statesNamedInConnectionWith'),
        resolution: answer(IDEAL_QUERIES.resolution, 'resolution'),
        actor: answer(IDEAL_QUERIES.actor, 'actor'),
      },
    },
  });
  await apollo.start();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: req.method ?? 'POST',
            headers: headerMapOf(req),
            search: '',
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          },
          context: async () => ({}),
        })
        .then((response) => {
          res.statusCode = response.status ?? 200;
          for (const [key, value] of response.headers) res.setHeader(key, value);
          res.end(response.body.kind === 'complete' ? response.body.string : '');
        });
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    process.stdout.write(`apollo ideal ready at http://127.0.0.1:${port}\n`);
  });
}

if (require.main === module) void main();
