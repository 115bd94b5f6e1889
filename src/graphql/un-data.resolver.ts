// The UN record in the API: resolution pages, votes, sanctions listings, sources and merge review.
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { unknown } from '../repo/coverage.repo';
import { firstItems } from '../repo/listing';
import { loadPaired } from '../repo/loaders';
import { toSanctionListing } from '../repo/mappers';
import type { ActorRecord, EvidenceRecord, ResolutionRecord, SanctionListingRecord } from '../repo/records';
import { listResolutions } from '../repo/resolution.repo';
import { Actor } from './actor.type';
import { Evidence } from './document.type';
import { loadEvidence } from './evidence';
import { Resolution } from './resolution.type';
import { PageArgs } from './list.type';
import { MergeCandidate, ResolutionConnection, ResolutionFilter, ResolutionOrder, ResolutionWhere, SanctionListing, SourceRecord, Vote } from './un-data.type';

@Resolver(() => Resolution)
export class ResolutionRecordResolver {
  @Query(() => ResolutionConnection, { description: 'Resolutions, filtered and ordered (by number unless orderBy says otherwise), in pages.' })
  resolutions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ResolutionWhere, { nullable: true }) where?: ResolutionWhere | null,
    @Arg('orderBy', () => ResolutionOrder, { nullable: true }) orderBy?: InstanceType<typeof ResolutionOrder> | null,
    @Arg('filter', () => ResolutionFilter, { nullable: true, deprecationReason: 'Use where.' }) filter?: ResolutionFilter | null,
  ) {
    return listResolutions(ctx, where, filter, orderBy, page);
  }

  @FieldResolver(() => [Vote], {
    nullable: true,
    description: 'How each member state voted; null when no loaded voting data covers this resolution (see coverage).',
  })
  async votes(
    @Root() resolution: ResolutionRecord,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–500; all without it).' }) first?: number | null,
  ) {
    const all = await ctx.loaders.resolutionVotes.load(resolution.key);
    if (unknown(resolution, 'votes', all)) return null;
    const rows = firstItems(all, first);
    const pairs = await loadPaired(ctx.loaders.actor, rows, (r) => r.childId);
    return pairs.map(([row, state]) => ({ vote: row.vote, state }));
  }
}

@Resolver(() => Actor)
export class ActorRecordResolver {
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

@Resolver(() => SanctionListing)
export class SanctionListingResolver {
  @FieldResolver(() => [Evidence], { description: 'The list entry in the list file.' })
  evidence(@Root() listing: SanctionListingRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return loadEvidence(ctx, listing.evidenceIds);
  }
}
