// The one-statement ideal served over HTTP: a bare node:http handler that runs the question's one Cypher on Neo4j and sends its JSON (the transport's floor).
import http from 'node:http';
import { benchDriver, IDEAL_QUERIES, runIdealOnNeo4j } from './ideal-queries';

async function main(): Promise<void> {
  const driver = benchDriver();
  const byGraphql = new Map(Object.values(IDEAL_QUERIES).map((ideal) => [ideal.graphql, ideal]));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
      const ideal = byGraphql.get(query);
      const answer = ideal
        ? runIdealOnNeo4j(driver, ideal).then((data) => ({ data }))
        : Promise.resolve({ errors: [{ message: 'not one of the ideal questions' }] });
      void answer
        .catch((error: unknown) => ({ errors: [{ message: (error as Error).message }] }))
        .then((body) => {
          const text = JSON.stringify(body);
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
          res.end(text);
        });
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    process.stdout.write(`ideal ready at http://127.0.0.1:${port}\n`);
  });
}

if (require.main === module) void main();
