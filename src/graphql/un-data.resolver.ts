// The fields of SanctionListing (resolutions, votes, sanctions and sources are fields of Resolution and Actor).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EvidenceRecord } from '../repo/records';
import type { SanctionListingRecord } from '../repo/actor.repo';
import { Evidence } from './document.type';
import { evidenceOf } from '../repo/document.repo';
import { SanctionListing } from './un-data.type';

@Resolver(() => SanctionListing)
export class SanctionListingResolver {
  @FieldResolver(() => [Evidence], { description: 'The list entry in the list file.' })
  evidence(@Root() listing: SanctionListingRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, listing.evidenceIds);
  }
}
