// Graph algorithms over a projected edge list: what both adapters share (the input, its bound, the scores' scale).
import { LimitError } from '../errors';
import type { Algorithm } from './queries';

/** An edge of a projected graph: node ids and a weight (how many parallel edges it counts as, 1–10). */
export interface AlgorithmEdge {
  source: string;
  target: string;
  weight: number;
}

/** A node's result: its id and its score (PageRank, summing to 1) or community (Louvain). */
export interface AlgorithmRow {
  id: string;
  score: number;
}

/** The most edges one projection takes (the graph is copied, or projected, per call). */
export const MAX_ALGORITHM_EDGES = 1_000_000;

/** Refuses a projection over the bound. */
export function checkProjection(edges: readonly AlgorithmEdge[]): void {
  if (edges.length > MAX_ALGORITHM_EDGES)
    throw new LimitError(`The projected graph has ${edges.length} edges; at most ${MAX_ALGORITHM_EDGES} are analysed at once`, 'COST_LIMIT_EXCEEDED');
}

/** How many parallel edges an edge counts as: its weight, from 1 to 10 (both engines weigh by multiplicity). */
export function multiplicity(weight: number): number {
  return Math.min(10, Math.max(1, Math.round(Number(weight) || 1)));
}

/**
 * An engine's rows (`id`, `score` columns) on one scale: PageRank scores divided by their sum (GDS does not
 * normalise, Grafeo does), sorted by id.
 */
export function normaliseAlgorithmRows(algorithm: Algorithm, raw: ReadonlyArray<Record<string, unknown>>): AlgorithmRow[] {
  const rows = raw.map((r) => ({ id: String(r.id), score: Number(r.score) }));
  const sum = algorithm === 'pagerank' ? rows.reduce((total, r) => total + r.score, 0) : 1;
  return rows
    .map((r) => ({ id: r.id, score: algorithm === 'pagerank' && sum > 0 ? r.score / sum : r.score }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
