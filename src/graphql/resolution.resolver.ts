// Query.resolution, Query.resolutions and the fields of Resolution (its votes among them).
import { listResolutions } from '../repo/resolution.repo';
import { firstItems } from '../repo/listing';
import { PageArgs } from './list.type';
import { ResolutionConnection, ResolutionFilter, ResolutionOrder, ResolutionWhere, Vote } from './un-data.type';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { coverageOf, isUnknownList, type ListCoverageRecord } from '../repo/coverage.repo';
import { loadPaired, loadPresent, primeNode } from '../repo/loaders';
import type { ActorRecord, EvidenceRecord, MeetingRecord, ResolutionRecord, TopicRecord } from '../repo/records';
import { Actor } from './actor.type';
import { Evidence, ListCoverage } from './document.type';
import { loadEvidence } from './evidence';
import { Meeting } from './meeting.type';
import { Resolution } from './resolution.type';
import { Topic } from './topic.type';

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Query(() => Resolution, { nullable: true, description: 'A Security Council resolution by number, e.g. 2253.' })
  async resolution(@Arg('number', () => Int) number: number, @Ctx() ctx: Context): Promise<ResolutionRecord | null> {
    if (number < 1 || number > 100000) throw new BadUserInputError(`"number" must be a resolution number from 1, got ${number}`);
    const rows = await ctx.store.read<{ resolution: Record<string, unknown> }>('find-resolution-by-number', { number });
    return primeNode(ctx.loaders.sources.resolution, rows[0]?.resolution);
  }

  @FieldResolver(() => Meeting, { nullable: true })
  adoptedAt(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<MeetingRecord | null> | null {
    return resolution.adoptedAtKey ? ctx.loaders.meeting.load(resolution.adoptedAtKey) : null;
  }

  @FieldResolver(() => [Actor], { nullable: true, description: 'Drafters and co-sponsors; null when no loaded source lists or mentions any (see coverage).' })
  async drafters(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ActorRecord[] | null> {
    const edges = await ctx.loaders.resolutionDrafters.load(resolution.key);
    if (isUnknownList(resolution, 'drafters', edges)) return null;
    return loadPresent(
      ctx.loaders.actor,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Actor], {
    nullable: true,
    description: 'Whom the resolution targets; null when no loaded source lists or mentions any (see coverage).',
  })
  async targets(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ActorRecord[] | null> {
    const edges = await ctx.loaders.resolutionTargets.load(resolution.key);
    if (isUnknownList(resolution, 'targets', edges)) return null;
    return loadPresent(
      ctx.loaders.actor,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Resolution], {
    nullable: true,
    description: 'Earlier resolutions this one recalls or implements; null when no loaded source lists or mentions any (see coverage).',
  })
  async recalls(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ResolutionRecord[] | null> {
    const edges = await ctx.loaders.resolutionRecalls.load(resolution.key);
    if (isUnknownList(resolution, 'recalls', edges)) return null;
    return loadPresent(
      ctx.loaders.resolution,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Resolution], { description: 'Later resolutions that recall this one.' })
  async recalledBy(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ResolutionRecord[]> {
    const edges = await ctx.loaders.resolutionRecalledBy.load(resolution.key);
    return loadPresent(
      ctx.loaders.resolution,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<TopicRecord[]> {
    const [edges, topics] = await Promise.all([ctx.loaders.topicsOf.load(resolution.key), ctx.loaders.topics.load('all')]);
    return edges.flatMap((e) => topics.filter((t) => t.key === e.childId));
  }

  @FieldResolver(() => [ListCoverage], { description: 'Which loaded sources list votes, recalls, drafters and targets; a list no source covers is null.' })
  coverage(@Root() resolution: ResolutionRecord): ListCoverageRecord[] {
    return coverageOf(resolution);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, resolution.evidenceIds);
  }

  @Query(() => ResolutionConnection, { description: 'Resolutions, filtered and ordered (by number unless orderBy says otherwise), in pages.' })
  resolutions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ResolutionWhere, { nullable: true }) where?: ResolutionWhere | null,
    @Arg('orderBy', () => ResolutionOrder, { nullable: true }) orderBy?: InstanceType<typeof ResolutionOrder> | null,
    @Arg('filter', () => ResolutionFilter, { nullable: true, deprecationReason: 'Use where.' }) filter?: ResolutionFilter | null,
  ) {
    return listResolutions(ctx, where, filter, orderBy, page);
  }

  @FieldResolver(() => [Vote], {
    nullable: true,
    description: 'How each member state voted; null when no loaded voting data covers this resolution (see coverage).',
  })
  async votes(
    @Root() resolution: ResolutionRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ) {
    const all = await ctx.loaders.resolutionVotes.load(resolution.key);
    if (isUnknownList(resolution, 'votes', all)) return null;
    const rows = firstItems(all, first);
    const pairs = await loadPaired(ctx.loaders.actor, rows, (r) => r.childId);
    return pairs.map(([row, state]) => ({ vote: row.vote, state }));
  }
}
