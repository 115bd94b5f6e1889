// Query.meeting and the relationship fields of Meeting.
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { loadPresent } from '../repo/loaders';
import type { ActorRecord, EvidenceRecord, MeetingRecord, ResolutionRecord } from '../repo/records';
import { Actor } from './actor.type';
import { Evidence } from './document.type';
import { loadEvidence } from './evidence';
import { Meeting } from './meeting.type';
import { Resolution } from './resolution.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'A meeting by record symbol, e.g. "S/PV.7587".' })
  async meeting(@Arg('symbol', () => String) symbol: string, @Ctx() ctx: Context): Promise<MeetingRecord | null> {
    if (symbol.length > 100) throw new BadUserInputError('"symbol" is longer than 100 characters');
    const rows = await ctx.store.read<{ id: string }>('find-meeting-by-symbol', { symbol: symbol.trim().toUpperCase() });
    return rows[0] ? ctx.loaders.meeting.load(rows[0].id) : null;
  }

  @FieldResolver(() => [Actor])
  async participants(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<ActorRecord[]> {
    const edges = await ctx.loaders.meetingParticipants.load(meeting.key);
    return loadPresent(
      ctx.loaders.actor,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Resolution], { description: 'Resolutions adopted at this meeting.' })
  async resolutions(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<ResolutionRecord[]> {
    const edges = await ctx.loaders.meetingResolutions.load(meeting.key);
    return loadPresent(
      ctx.loaders.resolution,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() meeting: MeetingRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, meeting.evidenceIds);
  }
}
