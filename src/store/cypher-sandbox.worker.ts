// The Cypher sandbox process: runs user Cypher on a read-only copy of the embedded store, under a memory ceiling.
import { GrafeoDB } from '@grafeo-db/js';
import { assertReadOnlyPlan } from './read-only-guard';
import { normaliseEmbeddedValue, normaliseRow, UserRows } from './values';
import type { SandboxReply, SandboxRequest } from './cypher-sandbox';

let db: GrafeoDB | null = null;
let openPath: string | null = null;

function reply(message: SandboxReply): void {
  process.send?.(message);
}

/** Runs one query: the engine's own plan is checked first, then the query runs in a transaction that is always rolled back. */
async function run(request: Extract<SandboxRequest, { type: 'run' }>): Promise<SandboxReply> {
  if (openPath !== request.path) {
    db?.close();
    db = GrafeoDB.openReadOnly(request.path);
    openPath = request.path;
  }
  const store = db!;
  const plan = (await store.executeCypher(`EXPLAIN ${request.text}`, request.params)).toArray();
  for (const row of plan) {
    const text = (row as { plan?: unknown }).plan;
    assertReadOnlyPlan(typeof text === 'string' ? text : JSON.stringify(text));
  }
  const tx = store.beginTransaction('snapshot');
  try {
    const result = await tx.executeCypher(request.text, request.params);
    const c = result.counters;
    const changes = c.nodesCreated + c.nodesDeleted + c.edgesCreated + c.edgesDeleted + c.propertiesSet + c.labelsAdded + c.labelsRemoved;
    if (changes > 0)
      return { type: 'error', id: request.id, code: 'FORBIDDEN', message: 'Read-only: the query tried to change the graph; nothing was changed' };
    const collected = new UserRows(request.maxRows, request.maxBytes);
    for (let i = 0; i < result.length && collected.add(normaliseRow(result.get(i), normaliseEmbeddedValue)); i++);
    return { type: 'rows', id: request.id, columns: result.columns, rows: collected.rows, truncated: collected.truncated };
  } finally {
    if (tx.isActive) tx.rollback();
  }
}

process.on('message', (message: SandboxRequest) => {
  run(message).then(reply, (error: unknown) => {
    const coded = (error as { extensions?: { code?: unknown } }).extensions?.code;
    reply({ type: 'error', id: message.id, code: typeof coded === 'string' ? coded : 'BAD_USER_INPUT', message: (error as Error).message });
  });
});
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready', id: 0 });
