// Graph analytics for the API: PageRank over the allegation graph (central actors) and Louvain over the actor graph (communities).
import type { Data } from './data';
import type { AlgorithmRow } from '../store/algorithms';
import { firstItems } from './listing';
import { loadPresent } from './loaders';
import type { ActorRecord, ResolutionRecord } from './records';
import { topicIdOf } from './topic.repo';

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

/** The actors most central in the allegation graph (claimant → named, weighted by evidence), optionally about one topic. */
export async function centralActors(ctx: Data, topic: string | null | undefined, first: number | null | undefined): Promise<ActorScoreRecord[]> {
  const topicId = await topicIdOf(ctx.loaders, topic, 'topic');
  const ranked = [...(await ctx.loaders.centrality.load(topicId ?? ''))].sort(byScore);
  const top = firstItems(ranked, first ?? 10);
  const actors = await loadPresent(
    ctx.loaders.actor,
    top.map((r) => r.id),
  );
  const byId = new Map(actors.map((a) => [a.key, a]));
  return top.flatMap((r, i) => {
    const actor = byId.get(r.id);
    return actor ? [{ actor, score: r.score, rank: i + 1 }] : [];
  });
}

/** A resolution and its PageRank in the citation network (RECALLS). */
export interface ResolutionScoreRecord {
  resolution: ResolutionRecord;
  score: number;
  rank: number;
}

/** The resolutions that matter most in the citation network: PageRank over RECALLS (a recalled resolution gains from who recalls it). */
export async function influentialResolutions(ctx: Data, first: number | null | undefined): Promise<ResolutionScoreRecord[]> {
  const top = firstItems([...(await ctx.loaders.citationRank.load('all'))].sort(byScore), first ?? 10);
  const resolutions = await loadPresent(
    ctx.loaders.resolution,
    top.map((r) => r.id),
  );
  const byId = new Map(resolutions.map((r) => [r.key, r]));
  return top.flatMap((r, i) => {
    const resolution = byId.get(r.id);
    return resolution ? [{ resolution, score: r.score, rank: i + 1 }] : [];
  });
}

/** Communities of actors (Louvain over relations, claims and co-naming), largest first. */
export async function communities(ctx: Data, first: number | null | undefined): Promise<CommunityRecord[]> {
  const rows = await ctx.loaders.communities.load('all');
  const groups = new Map<number, string[]>();
  for (const row of rows) groups.set(row.score, [...(groups.get(row.score) ?? []), row.id]);
  const found = [...groups.values()].map((members) => {
    const memberKeys = members.sort();
    return { id: memberKeys[0]!, size: memberKeys.length, memberKeys };
  });
  found.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  return firstItems(found, first ?? 10);
}
