// Statements: pages filtered by speaker, meeting, quote and directness, ordered by meeting day or speaker; who spoke, and at which meeting.
import { statementList, statementModel } from '../model/statement.model';
import type { Data } from './data';
import { actorIdsNamed } from './actor.repo';
import { checkText, listPage, stringParams, type ListPage, type OrderInput, type PageArgsInput, type StringFilterInput } from './listing';
import type { ActorRecord, MeetingRecord, StatementRecord } from './records';
import { actorNodes, meetingNodes, statementNodes } from './nodes';
import { nodeOrNull } from './loaders';

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
    model: statementModel,
    list: statementList,
    anchors: [
      { param: 'speakerIds', query: 'list-statement-ids-by-speakers' },
      { param: 'meetingSymbols', query: 'list-statement-ids-at-meetings' },
    ],
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
