// Query.actor, Query.actors, Query.mergeCandidates and the fields of Actor (sanctions, sources, aliases among them).
import type { GraphQLResolveInfo } from 'graphql';
import { MergeCandidate, SanctionListing, SourceRecord } from './un-data.type';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { fromGlobalId } from '../ids';
import {
  actorByKey,
  aliasesOf,
  allegationsMadeBy,
  allegationsNaming,
  findActorByName,
  listActors,
  mergeCandidates,
  relatedActors,
  sanctionsOf,
  sourceRecordsOf,
  statementsBy,
} from '../repo/actor.repo';
import type { ActorRecord, AllegationRecord, EvidenceRecord, StatementRecord } from '../repo/records';
import type { SanctionListingRecord } from '../repo/actor.repo';
import { Actor, ActorConnection, ActorOrder, ActorRelation, ActorWhere, asActorRelation, RelatedActor } from './actor.type';
import { firstArgs, NestedFirstArgs, PageArgs, type FirstArgs, countIfAsked } from './list.type';
import { Allegation } from './allegation.type';
import { Evidence, ListCoverage } from './document.type';
import { actorCoverageOf, type ListCoverageRecord } from '../repo/coverage.repo';
import { evidenceOf } from '../repo/document.repo';
import { Statement } from './statement.type';
import { selectedFields } from './selection';

/** Merge candidates: 1–500 (default 50). */
const MergeCandidatesArgs = firstArgs(1, 500);

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'An actor by id, or by any name or alias (case, diacritics and apostrophes ignored).' })
  async actor(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('name', () => String, { nullable: true }) name?: string | null,
  ): Promise<ActorRecord | null> {
    if (id) {
      const ref = fromGlobalId(id);
      return ref.type === 'Actor' ? actorByKey(ctx, ref.id) : null;
    }
    if (name) {
      if (name.length > 200) throw new BadUserInputError('"name" is longer than 200 characters');
      return findActorByName(ctx, name, selectedFields(info));
    }
    throw new BadUserInputError('Give an actor "id" or "name"');
  }

  @Query(() => ActorConnection, { description: 'Actors, filtered and ordered (by name unless orderBy says otherwise), in pages.' })
  actors(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ActorWhere, { nullable: true }) where?: ActorWhere | null,
    @Arg('orderBy', () => ActorOrder, { nullable: true }) orderBy?: InstanceType<typeof ActorOrder> | null,
  ) {
    return listActors(ctx, where, orderBy, countIfAsked(page, info));
  }

  @FieldResolver(() => [Allegation], { description: 'Allegations this actor made.' })
  allegationsMade(@Root() actor: ActorRecord, @Ctx() ctx: Context, @Args(() => NestedFirstArgs) { first }: FirstArgs): Promise<AllegationRecord[]> {
    return allegationsMadeBy(ctx, actor, first);
  }

  @FieldResolver(() => [Allegation], { description: 'Allegations that name this actor.' })
  allegationsNaming(@Root() actor: ActorRecord, @Ctx() ctx: Context, @Args(() => NestedFirstArgs) { first }: FirstArgs): Promise<AllegationRecord[]> {
    return allegationsNaming(ctx, actor, first);
  }

  @FieldResolver(() => [Statement])
  statements(@Root() actor: ActorRecord, @Ctx() ctx: Context, @Args(() => NestedFirstArgs) { first }: FirstArgs): Promise<StatementRecord[]> {
    return statementsBy(ctx, actor, first);
  }

  @FieldResolver(() => [RelatedActor], {
    description: 'Actors this one is part of, heads, belongs to… and the reverse (with asOf: only the ties that hold on that date).',
  })
  related(
    @Root() actor: ActorRecord,
    @Ctx() ctx: Context,
    @Args(() => NestedFirstArgs) { first }: FirstArgs,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'An ISO date (2015, 2015-12 or 2015-12-17): keep the ties begun by then (or of unknown start) and not ended by then.',
    })
    asOf?: string | null,
  ) {
    return relatedActors(ctx, actor, first, asOf);
  }

  @FieldResolver(() => [Evidence], { description: 'Where the sources name this actor.' })
  evidence(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, actor.evidenceIds);
  }

  @FieldResolver(() => [SanctionListing], { description: 'UN sanctions list entries resolved to this actor, newest list first.' })
  sanctions(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<SanctionListingRecord[]> {
    return sanctionsOf(ctx, actor);
  }

  @FieldResolver(() => [SourceRecord], { description: "Each source's own record merged into this actor (with the reason), and unsure matches." })
  sources(@Root() actor: ActorRecord, @Ctx() ctx: Context) {
    return sourceRecordsOf(ctx, actor);
  }

  @FieldResolver(() => [String], { description: 'Other names from every source (ISIS, ISIL, Da’esh…), without the canonical name.' })
  aliases(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<string[]> {
    return aliasesOf(ctx, actor);
  }

  @FieldResolver(() => [ListCoverage], {
    description:
      'Which loaded sources give its allegations, statements, relations and sanctions listings, and whether any gives them whole (only the sanctions lists do).',
  })
  coverage(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<ListCoverageRecord[]> {
    return actorCoverageOf(ctx, actor);
  }

  @Query(() => [MergeCandidate], { description: 'Unsure entity matches kept for review, not merged (first ≤ 500).' })
  mergeCandidates(@Ctx() ctx: Context, @Args(() => MergeCandidatesArgs) { first }: FirstArgs) {
    return mergeCandidates(ctx, first);
  }
}

@Resolver(() => RelatedActor)
export class RelatedActorResolver {
  @FieldResolver(() => ActorRelation)
  relation(@Root() related: { relation: string }): ActorRelation {
    return asActorRelation(related.relation);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() related: { evidenceIds: string[] }, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, related.evidenceIds);
  }
}
