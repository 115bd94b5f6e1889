// Query.meeting, Query.meetings and the relationship fields of Meeting.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import type { ActorRecord, EvidenceRecord, MeetingRecord, ResolutionRecord, TopicRecord } from '../repo/records';
import { coverageOf, noteListDays, noteMissingMeeting, type ListCoverageRecord } from '../repo/coverage.repo';
import { responsePath } from './un-data.resolver';
import { listMeetings, meetingBySymbol, participantsOf, resolutionsAt } from '../repo/meeting.repo';
import { topicsOf } from '../repo/topic.repo';
import { Actor } from './actor.type';
import { Evidence, ListCoverage } from './document.type';
import { evidenceOf } from '../repo/document.repo';
import { NestedFirstArgs, PageArgs, type FirstArgs, countIfAsked } from './list.type';
import { Meeting, MeetingConnection, MeetingOrder, MeetingWhere } from './meeting.type';
import { Resolution } from './resolution.type';
import { Topic } from './topic.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'A meeting by record symbol, e.g. "S/PV.7587".' })
  async meeting(@Arg('symbol', () => String) symbol: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<MeetingRecord | null> {
    const found = await meetingBySymbol(ctx, symbol);
    if (!found) await noteMissingMeeting(ctx, symbol, responsePath(info));
    return found;
  }

  @Query(() => MeetingConnection, { description: 'Meetings, filtered and ordered (by day unless orderBy says otherwise), in pages.' })
  async meetings(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => MeetingWhere, { nullable: true }) where?: MeetingWhere | null,
    @Arg('orderBy', () => MeetingOrder, { nullable: true }) orderBy?: InstanceType<typeof MeetingOrder> | null,
  ) {
    if (where?.date) await noteListDays(ctx, 'Meeting', where.date.eq ?? where.date.gte, where.date.eq ?? where.date.lte, responsePath(info));
    return listMeetings(ctx, where, orderBy, countIfAsked(page, info));
  }

  @FieldResolver(() => [Actor], { nullable: true, description: 'Who took part; null when no loaded source lists or mentions any (see coverage).' })
  participants(@Root() meeting: MeetingRecord, @Ctx() ctx: Context, @Args(() => NestedFirstArgs) { first }: FirstArgs): Promise<ActorRecord[] | null> {
    return participantsOf(ctx, meeting, first);
  }

  @FieldResolver(() => [Resolution], {
    nullable: true,
    description: 'Resolutions adopted at this meeting; null when no loaded source lists or mentions any (see coverage).',
  })
  resolutions(@Root() meeting: MeetingRecord, @Ctx() ctx: Context, @Args(() => NestedFirstArgs) { first }: FirstArgs): Promise<ResolutionRecord[] | null> {
    return resolutionsAt(ctx, meeting, first);
  }

  @FieldResolver(() => [Topic], { description: 'Topics of its agenda items and sources.' })
  topics(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<TopicRecord[]> {
    return topicsOf(ctx, meeting.key);
  }

  @FieldResolver(() => [ListCoverage], { description: 'Which loaded sources list participants and resolutions; a list no source covers is null.' })
  coverage(@Root() meeting: MeetingRecord): ListCoverageRecord[] {
    return coverageOf(meeting);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, meeting.evidenceIds);
  }
}
