// A GraphStore wrapper that counts reads and round trips (reads issued in one turn of the event loop share one), for the bench and the batching tests.
import type { GraphStore, Params } from '../src/store/graph-store';
import type { QueryName } from '../src/store/queries';

/** Wraps `inner`; `record` receives every read with its parameters. */
export function countingStore(inner: GraphStore, record?: Array<[QueryName, Params]>) {
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
    read: (q, p = {}) => (counter.calls++, round(), record?.push([q, p]), inner.read(q, p)),
    write: (q, p = {}) => (counter.calls++, inner.write(q, p)),
    readUserCypher: (t, p, l) => inner.readUserCypher(t, p, l),
    runAlgorithm: (a, e) => (counter.calls++, round(), inner.runAlgorithm(a, e)),
    setupSchema: () => inner.setupSchema(),
    close: () => inner.close(),
  };
  return { store, counter };
}
