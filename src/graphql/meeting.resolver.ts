// Query.meeting, Query.meetings and the relationship fields of Meeting.
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { coverageOf, isUnknownList, type ListCoverageRecord } from '../repo/coverage.repo';
import { firstItems } from '../repo/listing';
import { loadPresent } from '../repo/loaders';
import { listMeetings } from '../repo/meeting.repo';
import type { ActorRecord, EvidenceRecord, MeetingRecord, ResolutionRecord, TopicRecord } from '../repo/records';
import { Actor } from './actor.type';
import { Evidence, ListCoverage } from './document.type';
import { loadEvidence } from './evidence';
import { PageArgs } from './list.type';
import { Meeting, MeetingConnection, MeetingOrder, MeetingWhere } from './meeting.type';
import { Resolution } from './resolution.type';
import { Topic } from './topic.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'A meeting by record symbol, e.g. "S/PV.7587".' })
  async meeting(@Arg('symbol', () => String) symbol: string, @Ctx() ctx: Context): Promise<MeetingRecord | null> {
    if (symbol.length > 100) throw new BadUserInputError('"symbol" is longer than 100 characters');
    const rows = await ctx.store.read<{ id: string }>('find-meeting-by-symbol', { symbol: symbol.trim().toUpperCase() });
    return rows[0] ? ctx.loaders.meeting.load(rows[0].id) : null;
  }

  @Query(() => MeetingConnection, { description: 'Meetings, filtered and ordered (by day unless orderBy says otherwise), in pages.' })
  meetings(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => MeetingWhere, { nullable: true }) where?: MeetingWhere | null,
    @Arg('orderBy', () => MeetingOrder, { nullable: true }) orderBy?: InstanceType<typeof MeetingOrder> | null,
  ) {
    return listMeetings(ctx, where, orderBy, page);
  }

  @FieldResolver(() => [Actor], { nullable: true, description: 'Who took part; null when no loaded source lists or mentions any (see coverage).' })
  async participants(
    @Root() meeting: MeetingRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ): Promise<ActorRecord[] | null> {
    const all = await ctx.loaders.meetingParticipants.load(meeting.key);
    if (isUnknownList(meeting, 'participants', all)) return null;
    const edges = firstItems(all, first);
    return loadPresent(
      ctx.loaders.actor,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Resolution], {
    nullable: true,
    description: 'Resolutions adopted at this meeting; null when no loaded source lists or mentions any (see coverage).',
  })
  async resolutions(
    @Root() meeting: MeetingRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ): Promise<ResolutionRecord[] | null> {
    const all = await ctx.loaders.meetingResolutions.load(meeting.key);
    if (isUnknownList(meeting, 'resolutions', all)) return null;
    const edges = firstItems(all, first);
    return loadPresent(
      ctx.loaders.resolution,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Topic], { description: 'Topics of its agenda items and sources.' })
  async topics(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<TopicRecord[]> {
    const [edges, topics] = await Promise.all([ctx.loaders.topicsOf.load(meeting.key), ctx.loaders.topics.load('all')]);
    return edges.flatMap((e) => topics.filter((t) => t.key === e.childId));
  }

  @FieldResolver(() => [ListCoverage], { description: 'Which loaded sources list participants and resolutions; a list no source covers is null.' })
  coverage(@Root() meeting: MeetingRecord): ListCoverageRecord[] {
    return coverageOf(meeting);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, meeting.evidenceIds);
  }
}
