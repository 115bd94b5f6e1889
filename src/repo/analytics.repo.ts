// Graph analytics for the API and their loaders: PageRank over the allegation graph (central actors), Louvain over the actor graph (communities).
import type { Data } from './data';
import type { AlgorithmRow } from '../store/algorithms';
import type { ActorRecord, ResolutionRecord } from './records';
import { actorNodes, resolutionNodes } from './nodes';
import { topicIdOf } from './topic.repo';
import { algorithmLoader, firstItems, loadPaired, loadPresent, type Loaders, type NodesSpec } from './loaders';

/** PageRank over the allegation graph, per topic id ('' for every allegation): once per request and topic. */
const centrality = algorithmLoader('pagerank', 'list-allegation-graph-edges', { query: 'list-allegation-graph-edges-about', param: 'topicId' });

/** PageRank over the resolution citation network (RECALLS): once per request (key ''). */
const citationRank = algorithmLoader('pagerank', 'list-recall-edges');

/** Louvain over the actor graph: once per request (key ''). */
const actorCommunities = algorithmLoader('louvain', 'list-actor-graph-edges');

/** An actor, its PageRank score in the allegation graph and its rank (1 = most central). */
export interface ActorScoreRecord {
  actor: ActorRecord;
  score: number;
  rank: number;
}

/** A community of actors: a stable id (its first member's id), its size and its members' store ids. */
export interface CommunityRecord {
  id: string;
  size: number;
  memberKeys: string[];
}

/** Scores compared at 9 decimals, so that engines' rounding does not reorder ties (then by id). */
const byScore = (a: AlgorithmRow, b: AlgorithmRow) => Math.round((b.score - a.score) * 1e9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The top `first` rows by score (rank 1 first), with the entities their ids name, loaded in one round. */
async function ranked<T>(
  loaders: Loaders,
  rows: readonly AlgorithmRow[],
  first: number | null | undefined,
  nodes: NodesSpec<T>,
): Promise<Array<{ entity: T; score: number; rank: number }>> {
  const top = firstItems([...rows].sort(byScore), first ?? 10);
  const pairs = await loadPaired(loaders, nodes, top, (r) => r.id);
  return pairs.map(([r, entity]) => ({ entity, score: r.score, rank: top.indexOf(r) + 1 }));
}

/** The actors most central in the allegation graph (claimant → named, weighted by evidence), optionally about one topic. */
export async function centralActors(ctx: Data, topic: string | null | undefined, first: number | null | undefined): Promise<ActorScoreRecord[]> {
  const topicId = await topicIdOf(ctx.loaders, topic, 'topic');
  const top = await ranked(ctx.loaders, await ctx.loaders.get(centrality).load(topicId ?? ''), first, actorNodes);
  return top.map(({ entity, score, rank }) => ({ actor: entity, score, rank }));
}

/** A resolution and its PageRank in the citation network (RECALLS). */
export interface ResolutionScoreRecord {
  resolution: ResolutionRecord;
  score: number;
  rank: number;
}

/** The resolutions that matter most in the citation network: PageRank over RECALLS (a recalled resolution gains from who recalls it). */
export async function influentialResolutions(ctx: Data, first: number | null | undefined): Promise<ResolutionScoreRecord[]> {
  const top = await ranked(ctx.loaders, await ctx.loaders.get(citationRank).load(''), first, resolutionNodes);
  return top.map(({ entity, score, rank }) => ({ resolution: entity, score, rank }));
}

/** Communities of actors (Louvain over relations, claims and co-naming), largest first. */
export async function communities(ctx: Data, first: number | null | undefined): Promise<CommunityRecord[]> {
  const rows = await ctx.loaders.get(actorCommunities).load('');
  const groups = new Map<number, string[]>();
  for (const row of rows) {
    const members = groups.get(row.score) ?? [];
    members.push(row.id);
    groups.set(row.score, members);
  }
  const found = [...groups.values()].map((members) => {
    const memberKeys = members.sort();
    return { id: memberKeys[0]!, size: memberKeys.length, memberKeys };
  });
  found.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  return firstItems(found, first ?? 10);
}

/** A community's members by name, the first `first` (default 20). */
export async function membersOf(data: Data, community: CommunityRecord, first: number | null | undefined): Promise<ActorRecord[]> {
  const actors = await loadPresent(data.loaders, actorNodes, community.memberKeys);
  return firstItems(
    actors.sort((a, b) => a.name.localeCompare(b.name)),
    first ?? 20,
  );
}
