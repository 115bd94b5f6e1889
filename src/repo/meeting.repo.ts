// Meetings: pages filtered by day, kind, symbol, title and topic, ordered by day or symbol; look-up by symbol; who took part, what was adopted.
import { meetingList, meetingModel } from '../model/meeting.model';
import type { Data } from './data';
import {
  dateParams,
  listPage,
  searchWords,
  stringParams,
  type DateFilterInput,
  type ListPage,
  type OrderInput,
  type PageArgsInput,
  type StringFilterInput,
} from './listing';
import { BadUserInputError } from '../errors';
import { coveredChildren } from './coverage.repo';
import { topicIdOf } from './topic.repo';
import type { ActorRecord, MeetingRecord, ResolutionRecord } from './records';
import { actorNodes, meetingNodes, resolutionNodes } from './nodes';
import { edgeLoader, primeNode } from './loaders';

const meetingParticipants = edgeLoader('list-meeting-participants', actorNodes);

const meetingResolutions = edgeLoader('list-meeting-resolutions', resolutionNodes);

/** Where meetings are listed by; the topic by key or alias (from the agenda). */
export interface MeetingWhereInput {
  date?: DateFilterInput | null;
  kind?: StringFilterInput | null;
  symbol?: StringFilterInput | null;
  title?: StringFilterInput | null;
  topic?: string | null;
}

/** One page of meetings, by day (the default) or symbol (numerically: S/PV.999 before S/PV.1000). */
export async function listMeetings(
  ctx: Data,
  where: MeetingWhereInput | null | undefined,
  orderBy: OrderInput<'DATE' | 'SYMBOL'> | null | undefined,
  page: PageArgsInput,
): Promise<ListPage<MeetingRecord>> {
  const { kindWords, ...kind } = stringParams('kind', where?.kind);
  const { symbolWords, ...symbol } = stringParams('symbol', where?.symbol);
  const { titleWords, ...title } = stringParams('title', where?.title);
  const params = {
    ...dateParams('date', where?.date),
    ...kind,
    ...symbol,
    ...title,
    words: searchWords(kindWords, symbolWords, titleWords),
    topicId: await topicIdOf(ctx.loaders, where?.topic, 'where.topic'),
  };
  const spec = {
    type: 'Meeting',
    model: meetingModel,
    list: meetingList,
    anchors: [{ param: 'topicId', query: 'list-meeting-ids-about-topics' }],
  } as const;
  return listPage(ctx, { ...spec, source: meetingNodes }, params, orderBy, page);
}

/** A meeting by record symbol ("S/PV.7587"), or null. */
export async function meetingBySymbol(data: Data, symbol: string): Promise<MeetingRecord | null> {
  if (symbol.length > 100) throw new BadUserInputError('"symbol" is longer than 100 characters', { argumentName: 'symbol' });
  const rows = await data.store.read<{ meeting: Record<string, unknown> }>(
    'find-meeting-by-symbol',
    { symbol: symbol.trim().toUpperCase() },
    { combine: true },
  );
  return primeNode(data.loaders, meetingNodes, rows[0]?.meeting);
}

/** Who took part (the first `first`); null when no loaded source lists or mentions any. */
export function participantsOf(data: Data, meeting: MeetingRecord, first?: number | null): Promise<ActorRecord[] | null> {
  return coveredChildren(data.loaders, meetingParticipants, actorNodes, meeting, 'participants', first);
}

/** Resolutions adopted at a meeting (the first `first`); null when no loaded source lists or mentions any. */
export function resolutionsAt(data: Data, meeting: MeetingRecord, first?: number | null): Promise<ResolutionRecord[] | null> {
  return coveredChildren(data.loaders, meetingResolutions, resolutionNodes, meeting, 'resolutions', first);
}
