// Query.allegations, Query.statesNamedInConnectionWith and the fields of Allegation.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import type { ActorRecord, AllegationRecord, EvidenceRecord, TopicRecord } from '../repo/records';
import { claimantOf, listAllegations, listStatesNamedWithTopic, namedIn, type StateNamingRecord } from '../repo/allegation.repo';
import { topicsOf } from '../repo/topic.repo';
import { Actor } from './actor.type';
import { Allegation, AllegationConnection, AllegationFilter, AllegationOrder, AllegationWhere, NamedActor, StateNaming } from './allegation.type';
import { PageArgs, countIfAsked } from './list.type';
import { Evidence } from './document.type';
import { evidenceOf } from '../repo/document.repo';
import { Topic } from './topic.type';
import { selectedFields } from './selection';

@Resolver(() => Allegation)
export class AllegationResolver {
  @Query(() => [StateNaming], {
    description:
      'States that allegations about a topic name, with their roles and the allegations (topic key or alias, e.g. "oil" or "oil products"); the states named by the most distinct claimants first, then by name.',
  })
  statesNamedInConnectionWith(@Arg('topic', () => String) topic: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StateNamingRecord[]> {
    if (topic.length > 200) throw new BadUserInputError('"topic" is longer than 200 characters');
    return listStatesNamedWithTopic(ctx, topic, selectedFields(info, 'allegations'));
  }

  @Query(() => AllegationConnection, { description: 'Allegations, filtered and ordered (by id unless orderBy says otherwise), in pages.' })
  allegations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => AllegationWhere, { nullable: true }) where?: AllegationWhere | null,
    @Arg('orderBy', () => AllegationOrder, { nullable: true }) orderBy?: InstanceType<typeof AllegationOrder> | null,
    @Arg('filter', () => AllegationFilter, { nullable: true, deprecationReason: 'Use where.' }) filter?: AllegationFilter | null,
  ) {
    return listAllegations(ctx, where, filter, orderBy, countIfAsked(page, info));
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Who made the allegation.' })
  claimant(@Root() allegation: AllegationRecord, @Ctx() ctx: Context): Promise<ActorRecord | null> {
    return claimantOf(ctx, allegation);
  }

  @FieldResolver(() => [NamedActor])
  named(@Root() allegation: AllegationRecord, @Ctx() ctx: Context) {
    return namedIn(ctx, allegation);
  }

  @FieldResolver(() => [Topic])
  topics(@Root() allegation: AllegationRecord, @Ctx() ctx: Context): Promise<TopicRecord[]> {
    return topicsOf(ctx, allegation.key);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() allegation: AllegationRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, allegation.evidenceIds);
  }
}
