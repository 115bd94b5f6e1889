// Importer for the DHL Security Council meetings table (1946–2022): meetings, resolutions adopted, votes, PRSTs.
import { normaliseName, searchTextOf, symbolNumber } from '../names';
import { agendaTopicRows } from './agenda-topics';
import type { QueryName } from '../store/queries';
import { readTable } from './csv';
import type { ImportProblem } from './import.types';
import { coverageRows, dateRange, documentChunkRows, evidenceRow, sourceDocumentRow, type SourceFile } from './source-document';

/** The header the meetings table starts with. */
export const MEETINGS_HEADER = [
  'year',
  'meeting_record',
  'date_text',
  'date',
  'press_release',
  'topic',
  'outcome_text',
  'resolutions',
  'presidential_statements',
  'vote',
  'row_type',
  'source_file',
];

/** Write batches in load order. */
export type Batches = Array<[QueryName, Array<Record<string, unknown>>]>;

/** What an importer plans to write. */
export interface ImportPlan {
  rows: number;
  loaded: number;
  problems: ImportProblem[];
  batches: Batches;
}

interface ResolutionOutcome {
  number: number;
  year: number;
  votesFor?: number;
  votesAgainst?: number;
  abstentions?: number;
  unanimous?: boolean;
  adoptedWithoutVote?: boolean;
}

const RES = /S\/RES\/(\d+)\s*\((\d{4})\)/;
const VOTE = /^(\d+)-(\d+)-(\d+)/;

/** Reads the outcome cell: each resolution with the vote or wording that follows it (drafts not adopted are skipped). */
export function parseOutcome(outcome: string): ResolutionOutcome[] {
  const found: ResolutionOutcome[] = [];
  let current: ResolutionOutcome | null = null;
  for (const raw of outcome.split(' | ')) {
    const segment = raw.trim();
    const res = RES.exec(segment);
    const vote = VOTE.exec(segment);
    if (res && !/draft/i.test(segment)) {
      current = { number: Number(res[1]), year: Number(res[2]) };
      found.push(current);
    } else if (/draft|vetoed|not adopted/i.test(segment)) {
      current = null;
    }
    if (vote && current && current.votesFor === undefined) {
      current.votesFor = Number(vote[1]);
      current.votesAgainst = Number(vote[2]);
      current.abstentions = Number(vote[3]);
      current.unanimous = current.votesAgainst === 0 && current.abstentions === 0;
    }
    if (current && /adopted unanimously/i.test(segment)) current.unanimous = true;
    if (current && /without (a )?vote/i.test(segment)) current.adoptedWithoutVote = true;
  }
  return found;
}

/** Plans the import of a meetings table. */
export function planMeetingsImport(source: SourceFile): ImportPlan {
  const problems: ImportProblem[] = [];

  const meetings = new Map<string, { id: string; label: string; props: Record<string, unknown>; agenda: string[]; prsts: string[]; evidence: string[] }>();
  const resolutions = new Map<number, { id: string; props: Record<string, unknown>; evidence: string[] }>();
  const adoptedAt: Array<Record<string, unknown>> = [];
  const evidence: Array<Record<string, unknown>> = [];
  const counted = { rows: 0 };
  let loaded = 0;

  const table = readTable(source.text, source.name, MEETINGS_HEADER, problems, 'meetings table', counted);
  for (const { record, fields: f, bad } of table) {
    const [year, symbolRaw, dateText, date, pressRelease, topic, outcome, resolutionCell, prstCell, , rowType] = f;
    if (!/^\d{4}$/.test(year)) {
      bad(`year "${year}" is not a year`);
      continue;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      bad(`date "${date}" is not an ISO date`);
      continue;
    }
    const symbol = symbolRaw.trim().toUpperCase().replace(/\s+/g, '');
    if (symbol !== '' && !/^S\/PV\.\d+/.test(symbol)) {
      bad(`meeting record "${symbolRaw}" is not an S/PV symbol`);
      continue;
    }
    const listed = resolutionCell
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
    const numbers = listed.map((s) => RES.exec(s));
    if (numbers.some((m) => m === null)) {
      bad(`resolution "${listed.find((_, i) => numbers[i] === null)}" is not of the form S/RES/n (yyyy)`);
      continue;
    }
    const ev = evidenceRow(source, record.start, record.end);
    evidence.push(ev);
    const meetingId = symbol ? `Meeting:${symbol}` : `Meeting:decision:${date}:${normaliseName(topic).slice(0, 60)}`;
    const meeting = meetings.get(meetingId) ?? {
      id: meetingId,
      label: symbol || topic || meetingId,
      props: {
        kind: symbol ? 'SECURITY_COUNCIL_MEETING' : 'DECISION_WITHOUT_MEETING',
        date,
        datePrecision: 'DAY',
        dateText: `${dateText} ${year}`,
        ...(symbol ? { symbol, symbolNumber: symbolNumber(symbol) } : {}),
        title: topic || null,
        ...(pressRelease ? { pressRelease } : {}),
      },
      agenda: [],
      prsts: [],
      evidence: [],
    };
    if (topic && !meeting.agenda.includes(topic)) meeting.agenda.push(topic);
    for (const p of prstCell
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean))
      if (!meeting.prsts.includes(p)) meeting.prsts.push(p);
    meeting.evidence.push(ev.id);
    meetings.set(meetingId, meeting);

    const outcomes = new Map(parseOutcome(outcome).map((o) => [o.number, o]));
    for (const match of numbers) {
      const number = Number(match![1]);
      const resYear = Number(match![2]);
      const o = outcomes.get(number) ?? (numbers.length === 1 && VOTE.test(f[9] ?? '') ? parseOutcome(`S/RES/${number} (${resYear}) | ${f[9]}`)[0] : undefined);
      const symbolRes = `S/RES/${number} (${resYear})`;
      const props: Record<string, unknown> = {
        number,
        year: resYear,
        symbol: symbolRes,
        adoptedOn: date,
        nameKey: normaliseName(symbolRes),
        searchText: searchTextOf([symbolRes, `resolution ${number}`, topic]),
      };
      if (o?.votesFor !== undefined) Object.assign(props, { votesFor: o.votesFor, votesAgainst: o.votesAgainst, abstentions: o.abstentions });
      if (o?.unanimous !== undefined) props.unanimous = o.unanimous;
      if (o?.adoptedWithoutVote) props.adoptedWithoutVote = true;
      if (topic) props.agendaItem = topic;
      resolutions.set(number, { id: `Resolution:${number}`, props, evidence: [ev.id] });
      adoptedAt.push({ resolutionId: `Resolution:${number}`, meetingId, evidence: [ev.id] });
    }
    if (rowType === 'continuation' || rowType === 'continuation_same_record' || rowType === 'meeting' || rowType === 'no_meeting_record') loaded++;
    else bad(`unknown row_type "${rowType}"`);
  }

  const meetingRows = [...meetings.values()].map((m) => ({
    id: m.id,
    props: {
      ...m.props,
      agenda: m.agenda,
      presidentialStatements: m.prsts,
      nameKey: normaliseName(m.label),
      searchText: searchTextOf([m.label, ...m.agenda, ...m.prsts]),
    },
    evidence: m.evidence,
  }));
  return {
    rows: counted.rows,
    loaded,
    problems,
    batches: [
      [
        'upsert-documents',
        [
          sourceDocumentRow(source, {
            title: 'Security Council meetings 1946–2022 (DHL meeting tables)',
            publisher: 'United Nations, Dag Hammarskjöld Library',
            url: 'https://research.un.org/en/docs/sc/quick/meetings',
            coverage: {
              covers: ['meetings', 'agenda items', 'resolutions adopted (with vote totals)', 'presidential statements'],
              ...dateRange([...meetings.values()].map((m) => m.props.date as string)),
            },
          }),
        ],
      ],
      ['upsert-document-chunks', documentChunkRows(source)],
      ['upsert-evidence', evidence],
      ['upsert-meetings', meetingRows],
      ['upsert-resolutions', [...resolutions.values()]],
      ['link-resolution-meetings', adoptedAt],
      [
        'link-topics',
        [
          ...[...meetings.values()].flatMap((m) => agendaTopicRows(m.id, m.agenda, m.evidence)),
          ...[...resolutions.values()].flatMap((r) => agendaTopicRows(r.id, [r.props.agendaItem as string | undefined], r.evidence)),
        ],
      ],
      ['mark-coverage', coverageRows(source, 'resolutions', meetings.keys())],
    ],
  };
}
