// Query.node, search, connections, topics and stats, and the fields of Topic and PathStep.
import type { GraphQLResolveInfo } from 'graphql';
import { listAllegations } from '../repo/allegation.repo';
import { listMeetings } from '../repo/meeting.repo';
import { listResolutions } from '../repo/resolution.repo';
import { AllegationConnection } from './allegation.type';
import { Between, firstArgs, PageArgs, type FirstArgs, countIfAsked } from './list.type';
import { MeetingConnection } from './meeting.type';
import { ResolutionConnection } from './un-data.type';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { fromGlobalId } from '../ids';
import { countGraph, findConnections, loadEntity, MAX_HOPS, type PathRecord } from '../repo/graph.repo';
import { findCandidate, type CandidateRecord } from '../repo/candidate.repo';
import { allTopics } from '../repo/topic.repo';
import type { AnyRecord, EvidenceRecord, TopicRecord } from '../repo/records';
import { Evidence } from './document.type';
import { evidenceOf } from '../repo/document.repo';
import { GraphPath, GraphStats, PathStep, SearchConnection, SearchType } from './graph.type';
import { search, type SearchPage } from '../repo/search.repo';
import { Node } from './node.type';
import { Topic } from './topic.type';

/** Search pages: 1–50 hits (default 10). */
const SearchFirstArgs = firstArgs(1, 50);

/** How many steps a path of `connections` may take. */
@ArgsType()
class HopsArgs {
  @Field(() => Int, { nullable: true })
  @Between(1, MAX_HOPS)
  maxHops?: number | null;
}

@Resolver()
export class GraphResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AnyRecord | CandidateRecord | null> {
    const { type, id: key } = fromGlobalId(id);
    return type === 'Candidate' ? findCandidate(ctx, key) : loadEntity(ctx, key);
  }

  @Query(() => [Topic])
  topics(@Ctx() ctx: Context): Promise<TopicRecord[]> {
    return allTopics(ctx);
  }

  @Query(() => SearchConnection, {
    description:
      'Ranked full-text search over actors, resolutions, meetings, documents and allegations (the engine\'s BM25 index). The words are expanded with the aliases of the actors and topics they name ("ISIL" also finds "ISIS" and "Da’esh"; "oil smuggling" reaches the oil topic, and the resolutions, meetings and allegations about it); a resolution number or symbol ("2199", "S/RES/2199 (2015)") or a meeting symbol ("S/PV.7587") ranks what it names first. first 1–50 (default 10); after: a cursor of an earlier page.',
  })
  search(
    @Arg('text', () => String) text: string,
    @Ctx() ctx: Context,
    @Args(() => SearchFirstArgs) { first }: FirstArgs,
    @Arg('types', () => [SearchType], { nullable: true }) types?: SearchType[] | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<SearchPage> {
    return search(ctx, text, types, first, after);
  }

  @Query(() => [GraphPath], { description: 'Shortest paths between two objects over fact edges (maxHops 1–6, default 4), each step with its evidence.' })
  async connections(@Arg('from', () => ID) from: string, @Arg('to', () => ID) to: string, @Ctx() ctx: Context, @Args(() => HopsArgs) { maxHops }: HopsArgs) {
    const paths = await findConnections(ctx, fromGlobalId(from).id, fromGlobalId(to).id, maxHops, ctx.config.queryTimeoutMs);
    return paths.map((p: PathRecord) => {
      const byKey = new Map(p.nodes.map((n) => [n.key, n]));
      return {
        length: p.steps.length,
        nodes: p.nodes,
        steps: p.steps.map((s) => ({
          from: byKey.get(s.from),
          to: byKey.get(s.to),
          type: s.type,
          label: s.relation ?? s.role ?? null,
          evidenceIds: s.evidence ?? [],
        })),
      };
    });
  }

  @Query(() => GraphStats, { description: 'Node and relationship counts, by label and type.' })
  stats(@Ctx() ctx: Context) {
    return countGraph(ctx);
  }
}

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => String)
  key(@Root() topic: TopicRecord): string {
    return topic.topicKey;
  }

  @FieldResolver(() => AllegationConnection, { description: 'Allegations about this topic, in pages.' })
  allegations(@Root() topic: TopicRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => PageArgs) page: PageArgs) {
    return listAllegations(ctx, { topic: topic.topicKey }, null, null, countIfAsked(page, info));
  }

  @FieldResolver(() => ResolutionConnection, { description: 'Resolutions about this topic (from sources and agenda items), in pages.' })
  resolutions(@Root() topic: TopicRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => PageArgs) page: PageArgs) {
    return listResolutions(ctx, { topic: topic.topicKey }, null, null, countIfAsked(page, info));
  }

  @FieldResolver(() => MeetingConnection, { description: 'Meetings about this topic (from their agenda items), by day, in pages.' })
  meetings(@Root() topic: TopicRecord, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => PageArgs) page: PageArgs) {
    return listMeetings(ctx, { topic: topic.topicKey }, null, countIfAsked(page, info));
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() step: { evidenceIds: string[] }, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, step.evidenceIds);
  }
}
