// Statements: the record, its mapper and loaders, pages filtered by speaker, meeting, quote and directness, ordered by meeting day or speaker.
import type { Data } from './data';
import { actorIdsNamed, actorNodes, type ActorRecord } from './actor.repo';
import { checkText, listPage, stringParams, type ListPage, type OrderInput, type PageArgsInput, type StringFilterInput } from './listing';
import { meetingNodes, type MeetingRecord } from './meeting.repo';
import { base, bool, type EntityRecord, type Props, str } from './records';
import { edgeLoader, nodeLoader, nodeOrNull } from './loaders';

/** A statement, as the repository returns it. */
export interface StatementRecord extends EntityRecord {
  __typename: 'Statement';
  quote: string;
  direct: boolean;
  speakerKey: string | null;
  meetingKey: string | null;
}

/** The record of a store row holding a statement's properties. */
export const toStatement = (p: Props): StatementRecord => ({
  __typename: 'Statement',
  ...base(p),
  quote: str(p.quote) ?? '',
  direct: bool(p.direct) ?? false,
  speakerKey: str(p.speakerId),
  meetingKey: str(p.meetingId),
});

/** Statements by store id. */
export const statementNodes = nodeLoader<StatementRecord>('find-statements', 'statement', toStatement);

/** Statements by each speaker. */
export const statementsBySpeaker = edgeLoader('list-statements-by-speakers');

/** Where statements are listed by; the speaker by any name or alias, the meeting by symbol. */
export interface StatementWhereInput {
  speaker?: string | null;
  meeting?: string | null;
  quote?: StringFilterInput | null;
  direct?: boolean | null;
}

/** One page of statements, by meeting day (the default) or speaker name. */
export async function listStatements(
  ctx: Data,
  where: StatementWhereInput | null | undefined,
  orderBy: OrderInput<'MEETING_DATE' | 'SPEAKER'> | null | undefined,
  page: PageArgsInput,
): Promise<ListPage<StatementRecord>> {
  const meeting = checkText('where.meeting', where?.meeting);
  const params = {
    speakerIds: await actorIdsNamed(ctx.store, where?.speaker, 'where.speaker'),
    meetingSymbols: meeting ? [meeting.trim().toUpperCase().replace(/\s+/g, '')] : null,
    direct: where?.direct ?? null,
    ...stringParams('quote', where?.quote),
  };
  const spec = {
    type: 'Statement',
    count: 'count-listed-statements',
    column: 'statement',
    orders: { MEETING_DATE: 'meeting_date', SPEAKER: 'speaker' },
    pages: { MEETING_DATE: { ids: 'statement-ids' }, SPEAKER: 'page-statements-by-speaker' },
    unfilteredCount: 'count-all-statements',
    anchored: {
      anchors: [
        { param: 'speakerIds', query: 'list-statement-ids-by-speakers' },
        { param: 'meetingSymbols', query: 'list-statement-ids-at-meetings' },
      ],
      page: 'page-statements-among',
      count: 'count-listed-statements-among',
    },
  } as const;
  return listPage(ctx, { ...spec, source: statementNodes }, params, orderBy, page);
}

/** Who made a statement, or null. */
export function speakerOf(data: Data, statement: StatementRecord): Promise<ActorRecord | null> {
  return nodeOrNull(data.loaders, actorNodes, statement.speakerKey);
}

/** The meeting a statement was made at, or null. */
export function meetingOf(data: Data, statement: StatementRecord): Promise<MeetingRecord | null> {
  return nodeOrNull(data.loaders, meetingNodes, statement.meetingKey);
}
