// Resolution listings: keyset pages by number with year, text and outcome filters.
import type { Context } from '../context';
import { decodeCursor, encodeCursor } from '../cursor';
import { BadUserInputError } from '../errors';
import { normaliseName } from '../names';
import { pageSize } from './allegation.repo';
import { connectionOf } from './connection';
import { loadPresent } from './loaders';
import type { ResolutionRecord } from './records';

/** Filter of the resolutions listing. */
export interface ResolutionFilterInput {
  fromYear?: number | null;
  toYear?: number | null;
  topic?: string | null;
  outcome?: string | null;
}

/** One page of resolutions ordered by number. */
export async function listResolutions(
  ctx: Context,
  filter: ResolutionFilterInput | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const limit = pageSize(first);
  const afterNumber = after ? Number(decodeCursor(after, 'Resolution')) : null;
  for (const key of ['fromYear', 'toYear'] as const) {
    const y = filter?.[key];
    if (y !== null && y !== undefined && (y < 1945 || y > 2200)) throw new BadUserInputError(`filter.${key} must be a year from 1945, got ${y}`);
  }
  if ((filter?.topic?.length ?? 0) > 200) throw new BadUserInputError('filter.topic is longer than 200 characters');
  const text = filter?.topic ? normaliseName(filter.topic) : null;
  if (filter?.topic && !text)
    throw new BadUserInputError(`filter.topic "${filter.topic.slice(0, 50)}" has no letters or digits to match`, { argumentName: 'filter' });
  const params = { fromYear: filter?.fromYear ?? null, toYear: filter?.toYear ?? null, text: text || null, outcome: filter?.outcome ?? null };
  const [rows, counts] = await Promise.all([
    ctx.store.read<{ id: string }>('list-resolutions', { ...params, afterNumber, limit: limit + 1 }),
    ctx.store.read<{ total: number }>('count-resolutions', params),
  ]);
  const nodes: ResolutionRecord[] = await loadPresent(
    ctx.loaders.resolution,
    rows.slice(0, limit).map((r) => r.id),
  );
  const edges = nodes.map((node) => ({ cursor: encodeCursor('Resolution', node.number), node }));
  return { ...connectionOf(edges, rows.length > limit, afterNumber !== null), totalCount: counts[0]?.total ?? 0 };
}
