// Query.actor and the relationship fields of Actor.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { fromGlobalId } from '../ids';
import { findActorByName } from '../repo/actor.repo';
import { loadPaired, loadPresent } from '../repo/loaders';
import type { ActorRecord, AllegationRecord, EvidenceRecord, StatementRecord } from '../repo/records';
import { Actor, RelatedActor } from './actor.type';
import { Allegation } from './allegation.type';
import { Evidence } from './document.type';
import { loadEvidence } from './evidence';
import { Statement } from './statement.type';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'An actor by id, or by any name or alias (case, diacritics and apostrophes ignored).' })
  async actor(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('name', () => String, { nullable: true }) name?: string | null,
  ): Promise<ActorRecord | null> {
    if (id) {
      const ref = fromGlobalId(id);
      return ref.type === 'Actor' ? ctx.loaders.actor.load(ref.id) : null;
    }
    if (name) {
      if (name.length > 200) throw new BadUserInputError('"name" is longer than 200 characters');
      return findActorByName(ctx.store, ctx.loaders, name);
    }
    throw new BadUserInputError('Give an actor "id" or "name"');
  }

  @FieldResolver(() => [Allegation], { description: 'Allegations this actor made.' })
  async allegationsMade(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<AllegationRecord[]> {
    const edges = await ctx.loaders.allegationsMadeBy.load(actor.key);
    return loadPresent(
      ctx.loaders.allegation,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Allegation], { description: 'Allegations that name this actor.' })
  async allegationsNaming(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<AllegationRecord[]> {
    const edges = await ctx.loaders.allegationsNaming.load(actor.key);
    return loadPresent(
      ctx.loaders.allegation,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Statement])
  async statements(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<StatementRecord[]> {
    const edges = await ctx.loaders.statementsBy.load(actor.key);
    return loadPresent(
      ctx.loaders.statement,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [RelatedActor], { description: 'Actors this one is part of, heads, belongs to… and the reverse.' })
  async related(@Root() actor: ActorRecord, @Ctx() ctx: Context) {
    const edges = await ctx.loaders.actorRelations.load(actor.key);
    const pairs = await loadPaired(ctx.loaders.actor, edges, (e) => e.childId);
    return pairs.map(([edge, other]) => ({
      actor: other,
      relation: edge.relation ?? '',
      direction: edge.direction ?? 'OUTGOING',
      evidenceIds: edge.evidence ?? [],
    }));
  }

  @FieldResolver(() => [Evidence], { description: 'Where the sources name this actor.' })
  evidence(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, actor.evidenceIds);
  }
}

@Resolver(() => RelatedActor)
export class RelatedActorResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() related: { evidenceIds: string[] }, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, related.evidenceIds);
  }
}
