// The worker thread of WorkerPool: runs one task at a time (the read-only analysis of user Cypher; a user query on Neo4j; a text's extraction) and answers with its value or coded error.
import { parentPort, workerData } from 'node:worker_threads';
import { clientErrorCodeOf } from '../errors';
import { assertReadOnlyCypher, warmUpCypherAnalysis } from '../store/read-only-guard';
import { runNeo4jUserQuery } from '../store/neo4j-user-query';
import type { WorkerReply, WorkerTask } from './worker-tasks';

async function runTask(task: WorkerTask): Promise<unknown> {
  switch (task.kind) {
    case 'check-cypher':
      assertReadOnlyCypher(task.text, task.params);
      return null;
    case 'neo4j-user-query':
      return runNeo4jUserQuery(task);
    case 'ingest':
      // Loaded on first use: the Cypher threads never pay for the language models.
      return (await import('../ingest/pipeline')).extract(task.input);
  }
}

/** An error as a reply: a client error keeps its code and extensions; a stack overflow is a query nested too deeply. */
function errorReply(error: unknown): WorkerReply {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { type: 'error', code: 'QUERY_TOO_COMPLEX', message: 'The query is nested too deeply to analyse' };
  }
  const code = clientErrorCodeOf(error);
  const { code: _code, http: _http, ...extra } = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
  return { type: 'error', code, message: code ? (error as Error).message : String((error as Error).message ?? error), extra };
}

const port = parentPort!;
port.on('message', ({ task }: { id: number; task: WorkerTask }) => {
  runTask(task).then(
    (value) => port.postMessage({ type: 'done', value } satisfies WorkerReply),
    (error: unknown) => port.postMessage(errorReply(error)),
  );
});

const warm = (workerData as { warm?: Array<WorkerTask['kind']> } | null)?.warm ?? [];
if (warm.includes('check-cypher')) warmUpCypherAnalysis();
void (async () => {
  if (warm.includes('ingest'))
    (await import('../ingest/pipeline')).extract({ text: 'Warm up.', publishedOn: null, publisher: null, names: [], topics: [], resolutions: [] });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
})();
