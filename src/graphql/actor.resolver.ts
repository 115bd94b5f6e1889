// Query.actor, Query.actors, Query.mergeCandidates and the fields of Actor (sanctions, sources, aliases among them).
import { toSanctionListing } from '../repo/mappers';
import { MergeCandidate, SanctionListing, SourceRecord } from './un-data.type';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { fromGlobalId } from '../ids';
import { findActorByName, listActors } from '../repo/actor.repo';
import { firstItems } from '../repo/listing';
import { loadPaired, loadPresent } from '../repo/loaders';
import type { ActorRecord, AllegationRecord, EvidenceRecord, SanctionListingRecord, StatementRecord } from '../repo/records';
import { Actor, ActorConnection, ActorOrder, ActorWhere, RelatedActor } from './actor.type';
import { PageArgs } from './list.type';
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

  @Query(() => ActorConnection, { description: 'Actors, filtered and ordered (by name unless orderBy says otherwise), in pages.' })
  actors(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ActorWhere, { nullable: true }) where?: ActorWhere | null,
    @Arg('orderBy', () => ActorOrder, { nullable: true }) orderBy?: InstanceType<typeof ActorOrder> | null,
  ) {
    return listActors(ctx, where, orderBy, page);
  }

  @FieldResolver(() => [Allegation], { description: 'Allegations this actor made.' })
  async allegationsMade(
    @Root() actor: ActorRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ): Promise<AllegationRecord[]> {
    const edges = firstItems(await ctx.loaders.allegationsMadeBy.load(actor.key), first);
    return loadPresent(
      ctx.loaders.allegation,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Allegation], { description: 'Allegations that name this actor.' })
  async allegationsNaming(
    @Root() actor: ActorRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ): Promise<AllegationRecord[]> {
    const edges = firstItems(await ctx.loaders.allegationsNaming.load(actor.key), first);
    return loadPresent(
      ctx.loaders.allegation,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [Statement])
  async statements(
    @Root() actor: ActorRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ): Promise<StatementRecord[]> {
    const edges = firstItems(await ctx.loaders.statementsBy.load(actor.key), first);
    return loadPresent(
      ctx.loaders.statement,
      edges.map((e) => e.childId),
    );
  }

  @FieldResolver(() => [RelatedActor], { description: 'Actors this one is part of, heads, belongs to… and the reverse.' })
  async related(
    @Root() actor: ActorRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ) {
    const edges = firstItems(await ctx.loaders.actorRelations.load(actor.key), first);
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

  @FieldResolver(() => [SanctionListing], { description: 'UN sanctions list entries resolved to this actor, newest list first.' })
  async sanctions(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<SanctionListingRecord[]> {
    const rows = await ctx.loaders.actorSanctions.load(actor.key);
    return rows.map((r) => toSanctionListing(r.listing));
  }

  @FieldResolver(() => [SourceRecord], { description: "Each source's own record merged into this actor (with the reason), and unsure matches." })
  async sources(@Root() actor: ActorRecord, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.actorSources.load(actor.key);
    return rows.map((r) => ({
      id: String(r.record.id),
      source: r.record.source ?? null,
      ref: r.record.ref ?? null,
      name: r.record.name ?? null,
      status: r.status,
      rule: r.rule,
      reason: r.reason,
    }));
  }

  @FieldResolver(() => [String], { description: 'Other names from every source (ISIS, ISIL, Da’esh…), without the canonical name.' })
  async aliases(@Root() actor: ActorRecord, @Ctx() ctx: Context): Promise<string[]> {
    const rows = await ctx.loaders.actorNames.load(actor.key);
    const names = new Set<string>(actor.aliases);
    for (const row of rows) if (row.text !== actor.name) names.add(row.text);
    return [...names];
  }

  @Query(() => [MergeCandidate], { description: 'Unsure entity matches kept for review, not merged (first ≤ 500).' })
  async mergeCandidates(@Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true }) first?: number | null) {
    const limit = first ?? 50;
    if (limit < 1 || limit > 500) throw new BadUserInputError(`"first" must be between 1 and 500, got ${limit}`);
    const rows = await ctx.store.read<{ recordId: string; recordName: string | null; actorId: string; rule: string; reason: string }>('list-possible-matches', {
      limit,
    });
    const pairs = await loadPaired(ctx.loaders.actor, rows, (r) => r.actorId);
    return pairs.map(([row, actor]) => ({ ...row, actor }));
  }
}

@Resolver(() => RelatedActor)
export class RelatedActorResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() related: { evidenceIds: string[] }, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, related.evidenceIds);
  }
}
