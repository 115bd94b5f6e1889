// Whole-graph reads: search, shortest paths and counts.
import type { Data } from './data';
import { withTimeout } from '../store/timeout';
import type { EdgeRecord, AnyRecord } from './records';
import { actorNodes, allegationNodes, documentNodes, meetingNodes, resolutionNodes, statementNodes } from './nodes';
import { allTopics } from './topic.repo';
import type { NodeSpec } from './loaders';

/** The loader of each kind of entity that has one, by the type its store ids start with. */
export const ENTITY_NODES = {
  Actor: actorNodes,
  Resolution: resolutionNodes,
  Meeting: meetingNodes,
  Document: documentNodes,
  Allegation: allegationNodes,
  Statement: statementNodes,
} as const satisfies Record<string, NodeSpec<AnyRecord>>;

/** Loads any entity by its store id ("Actor:russia"). */
export async function loadEntity(ctx: Data, key: string): Promise<AnyRecord | null> {
  const type = key.slice(0, key.indexOf(':'));
  if (type === 'Topic') return (await allTopics(ctx)).find((t) => t.key === key) ?? null;
  const nodes: NodeSpec<AnyRecord> | undefined = Object.hasOwn(ENTITY_NODES, type) ? ENTITY_NODES[type as keyof typeof ENTITY_NODES] : undefined;
  return nodes ? ctx.loaders.get(nodes).load(key) : null;
}

/** One path between two entities: the nodes in order and each step with its evidence ids. */
export interface PathRecord {
  nodes: AnyRecord[];
  steps: Array<EdgeRecord & { type: string; from: string; to: string }>;
}

/** Most hops a path may have. */
export const MAX_HOPS = 6;

/** Shortest paths between two entities over fact edges, bounded in hops, count and time. */
export async function findConnections(ctx: Data, fromKey: string, toKey: string, maxHops: number | null | undefined, timeoutMs: number): Promise<PathRecord[]> {
  // maxHops is bounded (1–MAX_HOPS) by its argument class.
  const hops = maxHops ?? 4;
  if (fromKey === toKey) return [];
  const rows = await withTimeout(
    ctx.store.read<{
      nodeIds: string[];
      steps: Array<{ type: string; from: string; to: string; relation: string | null; role: string | null; evidence: string[] | null }>;
    }>('find-shortest-paths', {
      fromId: fromKey,
      toId: toKey,
      maxHops: hops,
      limit: 10,
    }),
    timeoutMs,
    'The path search',
  );
  // Every node of every path in one loader round.
  const nodesPerPath = await Promise.all(rows.map((row) => Promise.all(row.nodeIds.map((k) => loadEntity(ctx, k)))));
  return rows.flatMap((row, i) => {
    const nodes = nodesPerPath[i]!;
    if (nodes.some((n) => n === null)) return [];
    return [{ nodes: nodes as AnyRecord[], steps: row.steps.map((s) => ({ ...s, parentId: s.from, childId: s.to })) }];
  });
}

/** Node and relationship counts, in total and by label and type (the API's stats and the CLI's seed report). */
export async function countGraph({ store }: Pick<Data, 'store'>) {
  const [labels, types] = await Promise.all([
    store.read<{ label: string; count: number }>('count-nodes-by-label'),
    store.read<{ type: string; count: number }>('count-relationships-by-type'),
  ]);
  // Every node has one primary label; Entity is a second label on most of them.
  const plain = labels.filter((l) => l.label !== 'Entity');
  return {
    nodes: plain.reduce((sum, l) => sum + l.count, 0),
    relationships: types.reduce((sum, t) => sum + t.count, 0),
    labels: plain,
    relationshipTypes: types,
  };
}
