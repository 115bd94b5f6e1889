// Query.centralActors and Query.communities: graph algorithms on either engine (GDS on Neo4j, Grafeo's procedures embedded).
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ActorRecord } from '../repo/records';
import { MAX_NESTED } from '../repo/loaders';
import { firstArgs, type FirstArgs } from './list.type';
import type { Context } from '../context';
import { centralActors, communities, influentialResolutions, membersOf, type CommunityRecord } from '../repo/analytics.repo';
import { Actor } from './actor.type';
import { ActorScore, Community, ResolutionScore } from './analytics.type';

const TopArgs = firstArgs(0, MAX_NESTED, 'At most this many (0–500; default 10).');
const MembersArgs = firstArgs(0, MAX_NESTED, 'At most this many (0–500; default 20).');

@Resolver(() => Community)
export class AnalyticsResolver {
  @Query(() => [ActorScore], {
    description: 'The most central actors of the allegation graph (PageRank; who is named, by whom, weighted by evidence), optionally about one topic.',
  })
  centralActors(
    @Ctx() ctx: Context,
    @Args(() => TopArgs) { first }: FirstArgs,
    @Arg('topic', () => String, { nullable: true, description: 'Topic key or alias.' }) topic?: string | null,
  ) {
    return centralActors(ctx, topic, first);
  }

  @Query(() => [ResolutionScore], { description: 'Resolutions ranked by PageRank over the citation network (who recalls whom), among the loaded recalls.' })
  influentialResolutions(@Ctx() ctx: Context, @Args(() => TopArgs) { first }: FirstArgs) {
    return influentialResolutions(ctx, first);
  }

  @Query(() => [Community], { description: 'Communities of actors (Louvain), largest first.' })
  communities(@Ctx() ctx: Context, @Args(() => TopArgs) { first }: FirstArgs) {
    return communities(ctx, first);
  }

  @FieldResolver(() => [Actor], { description: 'Its members by name.' })
  members(@Root() community: CommunityRecord, @Ctx() ctx: Context, @Args(() => MembersArgs) { first }: FirstArgs): Promise<ActorRecord[]> {
    return membersOf(ctx, community, first);
  }
}
