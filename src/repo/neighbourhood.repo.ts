// An entity's neighbourhood over fact edges, level by level (one query per level), bounded, with the evidence of each edge: for /explore and exports.
import { BadUserInputError, NotFoundError } from '../errors';
import { fromGlobalId, toGlobalId } from '../ids';
import type { GraphStore } from '../store/graph-store';
import { findActorByName } from './actor.repo';
import { Loaders } from './loaders';

/** A node of a picture: global id, store id, kind (its label) and what to show. */
export interface PictureNode {
  id: string;
  key: string;
  kind: string;
  label: string;
}

/** An edge of a picture, with the store ids of its evidence. */
export interface PictureEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  relation: string | null;
  role: string | null;
  vote: string | null;
  evidenceIds: string[];
}

/** Nodes and edges; `more`: per node (global id), how many of its neighbours are not shown; `shown`: the start's neighbours shown. */
export interface Neighbourhood {
  nodes: PictureNode[];
  edges: PictureEdge[];
  more: Record<string, number>;
  shown: number;
  truncated: boolean;
}

/** How a neighbourhood is cut: neighbours per node, nodes in all, neighbours of the start to skip. */
export interface NeighbourhoodOptions {
  perNode?: number;
  maxNodes?: number;
  skip?: number;
}

/** Bounds of a neighbourhood. */
export const NEIGHBOURHOOD_LIMITS = { maxDepth: 3, maxNodes: 2000, maxPerNode: 200 } as const;

interface NeighbourRow {
  parentId: string;
  total: number;
  neighbours: Array<{
    id: string;
    labels: string[];
    name: string;
    type: string;
    outgoing: boolean;
    relation: string | null;
    role: string | null;
    vote: string | null;
    evidence: string[];
  }>;
}

/** An entity's kind: the label its id is prefixed with ("Allegation:…"), not one that says more of it (AllegationAlleged). */
function kindOf(key: string, labels: string[]): string {
  const type = key.slice(0, key.indexOf(':'));
  return labels.includes(type) ? type : (labels.find((l) => l !== 'Entity') ?? 'Entity');
}

function pictureNode(key: string, labels: string[], name: string): PictureNode {
  return { id: toGlobalId(key), key, kind: kindOf(key, labels), label: String(name).slice(0, 120) };
}

/** An entity as find-entities returns it. */
interface EntityRow {
  id: string;
  labels: string[];
  name: string;
}

/** The entity an argument means: a Dossier id, a store id ("Actor:isil") or an actor's name (never guessed). */
async function resolveEntity(store: GraphStore, loaders: Loaders, text: string): Promise<EntityRow> {
  if (text.length > 300) throw new BadUserInputError('The id or name is longer than 300 characters');
  let key: string | null = null;
  if (/^[A-Z][a-z]+:/.test(text)) key = text;
  else {
    try {
      key = fromGlobalId(text).id;
    } catch {
      key = (await findActorByName({ store, loaders }, text))?.key ?? null;
    }
  }
  const found = key ? await store.read<EntityRow>('find-entities', { ids: [key] }) : [];
  if (!found[0]) throw new NotFoundError(`Nothing in the graph is "${text.slice(0, 100)}"`);
  return found[0];
}

/**
 * The neighbourhood of `start` up to `depth` hops: at most `perNode` neighbours of each node (in a fixed
 * order) and `maxNodes` nodes in all; one query per level.
 */
async function neighbourhood(store: GraphStore, start: EntityRow, depth: number, options: NeighbourhoodOptions): Promise<Neighbourhood> {
  if (!Number.isInteger(depth) || depth < 1 || depth > NEIGHBOURHOOD_LIMITS.maxDepth)
    throw new BadUserInputError(`"depth" must be from 1 to ${NEIGHBOURHOOD_LIMITS.maxDepth}, got ${depth}`, { argumentName: 'depth' });
  const perNode = Math.min(options.perNode ?? 50, NEIGHBOURHOOD_LIMITS.maxPerNode);
  const maxNodes = Math.min(options.maxNodes ?? 500, NEIGHBOURHOOD_LIMITS.maxNodes);
  const key = start.id;
  const nodes = new Map<string, PictureNode>([[key, pictureNode(key, start.labels, start.name)]]);
  const edges = new Map<string, PictureEdge>();
  const more: Record<string, number> = {};
  let truncated = false;
  let shownOfStart = 0;
  let frontier = [key];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const rows = await store.read<NeighbourRow>('list-neighbours', { ids: frontier, skip: level === 0 ? (options.skip ?? 0) : 0, limit: perNode });
    const next: string[] = [];
    for (const row of rows) {
      const shown = row.neighbours.filter((n) => {
        if (!nodes.has(n.id)) {
          if (nodes.size >= maxNodes) {
            truncated = true;
            return false;
          }
          nodes.set(n.id, pictureNode(n.id, n.labels, n.name));
          next.push(n.id);
        }
        const [source, target] = n.outgoing ? [row.parentId, n.id] : [n.id, row.parentId];
        const id = `${source}|${n.type}|${n.relation ?? n.role ?? n.vote ?? ''}|${target}`;
        if (!edges.has(id))
          edges.set(id, {
            id,
            source: toGlobalId(source),
            target: toGlobalId(target),
            type: n.type,
            relation: n.relation,
            role: n.role,
            vote: n.vote,
            evidenceIds: n.evidence,
          });
        return true;
      });
      if (level === 0) shownOfStart = shown.length;
      const hidden = row.total - (level === 0 ? (options.skip ?? 0) : 0) - shown.length;
      if (hidden > 0) more[toGlobalId(row.parentId)] = hidden;
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], more, shown: shownOfStart, truncated };
}

/** An evidence quote with the title of its document. */
export interface QuoteRecord {
  id: string;
  quote: string;
  start: number;
  end: number;
  document: string;
}

/** The quotes of some evidence ids (one query). */
async function quotesOf(store: GraphStore, ids: string[]): Promise<Map<string, QuoteRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await store.read<{
    evidence: { id: string; quote: string; start: number; end: number; documentId: string };
    document: { title?: string | null; file?: string | null } | null;
  }>('find-evidence', { ids: [...new Set(ids)] });
  return new Map(
    rows.map(({ evidence: e, document: d }) => [e.id, { id: e.id, quote: e.quote, start: e.start, end: e.end, document: d?.title ?? d?.file ?? e.documentId }]),
  );
}

/** A neighbourhood and the quotes of its edges' evidence. */
export interface Picture {
  hood: Neighbourhood;
  quotes: Map<string, QuoteRecord>;
}

/** The neighbourhood of the entity `around` names (an id, a store id or an actor's name), with its edges' quotes. */
export async function pictureAround(store: GraphStore, around: string, depth: number, options: NeighbourhoodOptions): Promise<Picture> {
  const start = await resolveEntity(store, new Loaders(store), around);
  const hood = await neighbourhood(store, start, depth, options);
  return {
    hood,
    quotes: await quotesOf(
      store,
      hood.edges.flatMap((e) => e.evidenceIds),
    ),
  };
}
