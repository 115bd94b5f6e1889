// A GraphStore wrapper that counts reads and round trips (reads issued in one turn of the event loop share one), for the bench and the batching tests.
import type { FollowingRead, GraphStore, Params, ReadOptions } from '../src/store/graph-store';
import type { Statement } from '../src/model/list-statements';
import type { QueryName } from '../src/store/queries';

/** A read as recorded: query, parameters, the round trip (0, 1, …) it was sent in, the reads that followed it (GraphStore.readThen). */
export type RecordedRead = [QueryName | Statement, Params, number?, (readonly FollowingRead[])?, ReadOptions?];

/** The queries of recorded reads by name (a query file's, or a built statement's), those that followed a read included. */
export function recordedNames(calls: readonly RecordedRead[]): string[] {
  return calls.flatMap(([q, , , following]) => [typeof q === 'string' ? q : q.name, ...(following ?? []).map((f) => f.query)]);
}

/** Wraps `inner`; `record` receives every read with its parameters and round. */
export function countingStore(inner: GraphStore, record?: RecordedRead[]) {
  const counter = { calls: 0, rounds: 0 };
  let open = false;
  const round = () => {
    if (open) return;
    open = true;
    counter.rounds++;
    setImmediate(() => (open = false));
  };
  const store: GraphStore = {
    engine: inner.engine,
    read: (q, p = {}, o) => (counter.calls++, round(), record?.push([q, p, counter.rounds - 1, undefined, o]), inner.read(q, p, o)),
    // One round trip on Neo4j (one statement), two on the embedded engine (the read, then those that follow).
    readThen: (q, p, following) => {
      counter.calls += 1 + following.length;
      round();
      if (inner.engine === 'embedded' && following.length > 0) counter.rounds++;
      record?.push([q, p, counter.rounds - 1, following]);
      return inner.readThen(q, p, following);
    },
    write: (q, p = {}) => (counter.calls++, inner.write(q, p)),
    writeTransaction: (steps, m) => (counter.calls++, inner.writeTransaction(steps, m)),
    readUserCypher: (t, p, l) => inner.readUserCypher(t, p, l),
    runAlgorithm: (a, e) => (counter.calls++, round(), inner.runAlgorithm(a, e)),
    setupSchema: () => inner.setupSchema(),
    close: () => inner.close(),
  };
  return { store, counter };
}

/** Sends recorded reads again as they were sent: each round's reads at once, one round after the other. */
export async function replayRounds(store: GraphStore, calls: readonly RecordedRead[]): Promise<void> {
  const rounds = new Map<number, RecordedRead[]>();
  for (const call of calls) rounds.set(call[2] ?? 0, [...(rounds.get(call[2] ?? 0) ?? []), call]);
  for (const round of [...rounds.keys()].sort((a, b) => a - b)) await Promise.all((rounds.get(round) ?? []).map((call) => replayRead(store, call)));
}

/** Sends one recorded read again as it was sent (with the reads that followed it, for GraphStore.readThen). */
export function replayRead(store: GraphStore, [query, params, , following, options]: RecordedRead): Promise<unknown> {
  return following ? store.readThen(query as QueryName, params, following) : store.read(query, params, options);
}
