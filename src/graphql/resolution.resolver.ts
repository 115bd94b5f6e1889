// Query.resolution, Query.resolutions and the fields of Resolution (its votes among them).
import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRecord, EvidenceRecord, MeetingRecord, ResolutionRecord, TopicRecord } from '../repo/records';
import { adoptedAt, draftersOf, listResolutions, recalledBy, recallsOf, resolutionByNumber, targetsOf, votesOf } from '../repo/resolution.repo';
import { topicsOf } from '../repo/topic.repo';
import { NestedFirstArgs, PageArgs, type FirstArgs, countIfAsked } from './list.type';
import { ResolutionConnection, ResolutionFilter, ResolutionOrder, ResolutionWhere, Vote } from './un-data.type';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { coverageOf, isUnknownList, noteListDays, noteMissingResolution, type ListCoverageRecord } from '../repo/coverage.repo';
import { Actor } from './actor.type';
import { Evidence, ListCoverage } from './document.type';
import { evidenceOf } from '../repo/document.repo';
import { Meeting } from './meeting.type';
import { Resolution } from './resolution.type';
import { Topic } from './topic.type';
import { selectedFields } from './selection';
import { responsePath, resolutionDays } from './un-data.resolver';

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Query(() => Resolution, { nullable: true, description: 'A Security Council resolution by number, e.g. 2253.' })
  async resolution(@Arg('number', () => Int) number: number, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ResolutionRecord | null> {
    const found = await resolutionByNumber(ctx, number, selectedFields(info));
    if (!found) await noteMissingResolution(ctx, number, responsePath(info));
    return found;
  }

  @FieldResolver(() => Meeting, { nullable: true })
  adoptedAt(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<MeetingRecord | null> {
    return adoptedAt(ctx, resolution);
  }

  @FieldResolver(() => [Actor], { nullable: true, description: 'Drafters and co-sponsors; null when no loaded source lists or mentions any (see coverage).' })
  drafters(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ActorRecord[] | null> {
    return draftersOf(ctx, resolution);
  }

  @FieldResolver(() => [Actor], {
    nullable: true,
    description: 'Whom the resolution targets; null when no loaded source lists or mentions any (see coverage).',
  })
  targets(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ActorRecord[] | null> {
    return targetsOf(ctx, resolution);
  }

  @FieldResolver(() => [Resolution], {
    nullable: true,
    description: 'Earlier resolutions this one recalls or implements; null when no loaded source lists or mentions any (see coverage).',
  })
  recalls(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ResolutionRecord[] | null> {
    return recallsOf(ctx, resolution);
  }

  @FieldResolver(() => [Resolution], {
    nullable: true,
    description:
      'Later resolutions that recall this one, among those whose recalls a loaded source gives; null when none of them does (see coverage: no loaded source lists them all).',
  })
  async recalledBy(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<ResolutionRecord[] | null> {
    const later = await recalledBy(ctx, resolution);
    return isUnknownList(resolution, 'recalledBy', later) ? null : later;
  }

  @FieldResolver(() => [Topic])
  topics(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<TopicRecord[]> {
    return topicsOf(ctx, resolution.key);
  }

  @FieldResolver(() => [ListCoverage], {
    description: 'Which loaded sources list votes, recalls, drafters, targets and recalledBy; a list no source covers is null when it holds nothing.',
  })
  coverage(@Root() resolution: ResolutionRecord): ListCoverageRecord[] {
    return coverageOf(resolution);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, resolution.evidenceIds);
  }

  @Query(() => ResolutionConnection, { description: 'Resolutions, filtered and ordered (by number unless orderBy says otherwise), in pages.' })
  async resolutions(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ResolutionWhere, { nullable: true }) where?: ResolutionWhere | null,
    @Arg('orderBy', () => ResolutionOrder, { nullable: true }) orderBy?: InstanceType<typeof ResolutionOrder> | null,
    @Arg('filter', () => ResolutionFilter, { nullable: true, deprecationReason: 'Use where.' }) filter?: ResolutionFilter | null,
  ) {
    const days = resolutionDays(where, filter);
    if (days) await noteListDays(ctx, 'Meeting.resolutions', days.from, days.to, responsePath(info));
    return listResolutions(ctx, where, filter, orderBy, countIfAsked(page, info));
  }

  @FieldResolver(() => [Vote], {
    nullable: true,
    description: 'How each member state voted; null when no loaded voting data covers this resolution (see coverage).',
  })
  votes(@Root() resolution: ResolutionRecord, @Ctx() ctx: Context, @Args(() => NestedFirstArgs) { first }: FirstArgs) {
    return votesOf(ctx, resolution, first);
  }
}
