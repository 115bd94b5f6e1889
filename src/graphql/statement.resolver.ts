// The fields of Statement.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { ActorRecord, EvidenceRecord, MeetingRecord, StatementRecord } from '../repo/records';
import { Actor } from './actor.type';
import { Evidence } from './document.type';
import { loadEvidence } from './evidence';
import { Meeting } from './meeting.type';
import { Statement } from './statement.type';

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Actor)
  async speaker(@Root() statement: StatementRecord, @Ctx() ctx: Context): Promise<ActorRecord> {
    const actor = statement.speakerKey ? await ctx.loaders.actor.load(statement.speakerKey) : null;
    if (!actor) throw new Error(`statement ${statement.key} has no speaker`);
    return actor;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The interview, session or briefing where it was said.' })
  madeAt(@Root() statement: StatementRecord, @Ctx() ctx: Context): Promise<MeetingRecord | null> | null {
    return statement.meetingKey ? ctx.loaders.meeting.load(statement.meetingKey) : null;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() statement: StatementRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, statement.evidenceIds);
  }
}
