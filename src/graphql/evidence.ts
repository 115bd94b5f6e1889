// Resolves lists of evidence ids to evidence records (batched through the request's loader).
import type { Context } from '../context';
import { loadPresent } from '../repo/loaders';
import type { EvidenceRecord } from '../repo/records';

/** The evidence records for ids, in order, skipping missing ones. */
export function loadEvidence(ctx: Context, ids: readonly string[] | null | undefined): Promise<EvidenceRecord[]> {
  return loadPresent(ctx.loaders.evidence, ids ?? []);
}
