// The fields of SanctionListing and Source (resolutions, votes, sanctions are fields of Resolution and Actor), and the plugin that adds coverage notes to a response.
import type { ApolloServerPlugin } from '@apollo/server';
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EvidenceRecord } from '../repo/records';
import type { SanctionEventRecord, SanctionListingRecord } from '../repo/actor.repo';
import { Evidence } from './document.type';
import { evidenceOf } from '../repo/document.repo';
import { SanctionEvent, SanctionListing, type ResolutionFilter, type ResolutionWhere } from './un-data.type';
import { coverageNotes, dayOf } from '../repo/coverage.repo';
import type { Loaders } from '../repo/loaders';

@Resolver(() => SanctionListing)
export class SanctionListingResolver {
  @FieldResolver(() => [Evidence], { description: 'The list entry in the list file.' })
  evidence(@Root() listing: SanctionListingRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, listing.evidenceIds);
  }
}

@Resolver(() => SanctionEvent)
export class SanctionEventResolver {
  @FieldResolver(() => [Evidence], { description: 'The sentence of the list entry that states it.' })
  evidence(@Root() event: SanctionEventRecord, @Ctx() ctx: Context): Promise<EvidenceRecord[]> {
    return evidenceOf(ctx, event.evidenceIds);
  }
}

/**
 * Adds the request's coverage notes to the response as `extensions.notes` (NOT_COVERED: a look-up or a list that
 * reaches a gap in a source or past its end, naming the source and the days), beside the data, never instead of it.
 */
export function createCoverageNotesPlugin<T extends { loaders: Loaders }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const notes = coverageNotes(contextValue.loaders);
          if (notes.length === 0 || response.body.kind !== 'single' || response.body.singleResult.data == null) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, notes };
        },
      };
    },
  };
}

/** The path of the field being resolved, as a response's errors give it. */
export function responsePath(info: GraphQLResolveInfo): Array<string | number> {
  return responsePathAsArray(info.path);
}

/** The adoption days a resolutions list asks for (its adoptedOn and year conditions, the latest start and earliest end), or null for any day. */
export function resolutionDays(
  where: ResolutionWhere | null | undefined,
  filter: ResolutionFilter | null | undefined,
): { from: string | null; to: string | null } | null {
  const starts: string[] = [];
  const ends: string[] = [];
  const years = (lo: number | null | undefined, hi: number | null | undefined) => {
    if (typeof lo === 'number') starts.push(`${String(lo).padStart(4, '0')}-01-01`);
    if (typeof hi === 'number') ends.push(`${String(hi).padStart(4, '0')}-12-31`);
  };
  const year = where?.year;
  if (year?.in && year.in.length > 0) years(Math.min(...year.in), Math.max(...year.in));
  years(year?.eq ?? year?.gte, year?.eq ?? year?.lte);
  years(filter?.fromYear, filter?.toYear);
  const [gte, lte] = [dayOf(where?.adoptedOn?.eq ?? where?.adoptedOn?.gte), dayOf(where?.adoptedOn?.eq ?? where?.adoptedOn?.lte)];
  if (gte) starts.push(gte);
  if (lte) ends.push(lte);
  if (starts.length === 0 && ends.length === 0) return null;
  return { from: starts.length > 0 ? starts.sort().at(-1)! : null, to: ends.length > 0 ? ends.sort()[0]! : null };
}
