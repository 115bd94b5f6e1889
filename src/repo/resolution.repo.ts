// Resolution listings: filtered, ordered pages (by number, year, adoption day, topic, drafter, target, outcome).
import type { Data } from './data';
import { BadUserInputError } from '../errors';
import { actorIdsNamed } from './actor.repo';
import { dateParams, intParams, listPage, type DateFilterInput, type IntFilterInput, type ListPage, type OrderInput, type PageArgsInput } from './listing';
import type { ResolutionRecord } from './records';
import { topicIdOf } from './topic.repo';

/** The deprecated filter of the resolutions listing. */
export interface ResolutionFilterInput {
  fromYear?: number | null;
  toYear?: number | null;
  topic?: string | null;
  outcome?: string | null;
}

/** Where resolutions are listed by; actors by any name or alias, the topic by key or alias. */
export interface ResolutionWhereInput {
  number?: IntFilterInput | null;
  year?: IntFilterInput | null;
  adoptedOn?: DateFilterInput | null;
  topic?: string | null;
  drafter?: string | null;
  target?: string | null;
  outcome?: string | null;
}

type ResolutionOrder = 'NUMBER' | 'ADOPTED_ON';

/** One page of resolutions: `where` (or the deprecated `filter`), by number (the default) or adoption day. */
export async function listResolutions(
  ctx: Data,
  where: ResolutionWhereInput | null | undefined,
  filter: ResolutionFilterInput | null | undefined,
  orderBy: OrderInput<ResolutionOrder> | null | undefined,
  page: PageArgsInput,
): Promise<ListPage<ResolutionRecord>> {
  for (const key of ['fromYear', 'toYear'] as const) {
    const y = filter?.[key];
    if (y !== null && y !== undefined && (y < 1945 || y > 2200)) throw new BadUserInputError(`filter.${key} must be a year from 1945, got ${y}`);
  }
  const w: ResolutionWhereInput = { ...where };
  w.topic ??= filter?.topic;
  w.outcome ??= filter?.outcome;
  if (filter?.fromYear || filter?.toYear) w.year = { ...w.year, gte: w.year?.gte ?? filter.fromYear, lte: w.year?.lte ?? filter.toYear };
  const [topicId, drafterIds, targetIds] = await Promise.all([
    topicIdOf(ctx.loaders, w.topic, 'where.topic'),
    actorIdsNamed(ctx.store, w.drafter, 'where.drafter'),
    actorIdsNamed(ctx.store, w.target, 'where.target'),
  ]);
  const params = {
    ...intParams('number', w.number),
    ...intParams('year', w.year),
    ...dateParams('adopted', w.adoptedOn),
    topicId,
    drafterIds,
    targetIds,
    outcome: w.outcome ?? null,
  };
  return listPage(
    ctx,
    {
      type: 'Resolution',
      page: 'page-resolutions',
      count: 'count-listed-resolutions',
      column: 'resolution',
      source: ctx.loaders.sources.resolution,
      orders: { NUMBER: 'number', ADOPTED_ON: 'adopted_on' },
    },
    params,
    orderBy,
    page,
  );
}
