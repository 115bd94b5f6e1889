// Query.statements and the fields of Statement.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import type { ActorRecord, EvidenceRecord, MeetingRecord, StatementRecord } from '../repo/records';
import { listStatements, meetingOf, speakerOf } from '../repo/statement.repo';
import { Actor } from './actor.type';
import { Evidence } from './document.type';
import { evidenceOf } from '../repo/document.repo';
import { Meeting } from './meeting.type';
import { PageArgs, countIfAsked } from './list.type';
import { Statement, StatementConnection, StatementOrder, StatementWhere } from './statement.type';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: 'Statements, filtered and ordered (by meeting day unless orderBy says otherwise), in pages.' })
  statements(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => StatementWhere, { nullable: true }) where?: StatementWhere | null,
    @Arg('orderBy', () => StatementOrder, { nullable: true }) orderBy?: InstanceType<typeof StatementOrder> | null,
  ) {
    return listStatements(ctx, where, orderBy, countIfAsked(page, info));
  }

  @FieldResolver(() => Actor)
  async speaker(@Root() statement: StatementRecord, @Ctx() ctx: Context): Promise<ActorRecord> {
    const actor = await speakerOf(ctx, statement);
    if (!actor) throw new Error(`statement ${statement.key} has no speaker`);
    return actor;
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The interview, session or briefing where it was said.' })
  madeAt(@Root() statement: StatementRecord, @Ctx() ctx: Context): Promise<MeetingRecord | null> {
    return meetingOf(ctx, statement);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() statement: StatementRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, statement.evidenceIds);
  }
}
