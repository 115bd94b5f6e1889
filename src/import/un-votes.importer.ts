// Importer for the DHL Security Council voting data: one row per member-state vote (Y/N/A/X).
import { normaliseName, searchTextOf, symbolNumber } from '../names';
import type { GraphStore } from '../store/graph-store';
import { readTable } from './csv';
import { findCandidates, findRecordActors, resolveRecord } from './entity-resolver';
import type { ImportProblem } from './import.types';
import { agendaTopicRows } from './agenda-topics';
import { coverageRows, dateRange, documentChunkRows, evidenceRow, sourceDocumentRow, type SourceFile } from './source-document';
import type { ImportPlan } from './un-meetings.importer';

/** The voting file's header. */
export const VOTES_HEADER = [
  'undl_id',
  'ms_code',
  'ms_name',
  'permanent_member',
  'ms_vote',
  'date',
  'resolution',
  'draft',
  'meeting',
  'description',
  'agenda',
  'subjects',
  'vote_note',
  'total_yes',
  'total_no',
  'total_abstentions',
  'total_non_voting',
  'total_ms',
  'modality',
  'undl_link',
];

const VOTE_CODES: Record<string, string> = { Y: 'YES', N: 'NO', A: 'ABSTAIN', X: 'NON_VOTING' };

/** "RUSSIAN FEDERATION" → "Russian Federation" (short words kept lower case). */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) =>
      i > 0 && ['of', 'and', 'the', 'for'].includes(w.replace(/\W/g, ''))
        ? w
        : w.replace(/(^|[-(‘’'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()),
    )
    .join(' ');
}

/** Plans a votes import; member states are resolved to existing actors where the name or ISO code says so. */
export async function planVotesImport(store: GraphStore, source: SourceFile): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];

  const states = new Map<string, { code: string; name: string; permanent: boolean; evidence: string }>();
  const resolutions = new Map<number, { id: string; props: Record<string, unknown>; evidence: string[] }>();
  const votes: Array<{ code: string; resolutionId: string; vote: string; evidence: string[] }> = [];
  const meetingLinks = new Map<string, Record<string, unknown>>();
  const evidence: Array<Record<string, unknown>> = [];
  const counted = { rows: 0 };

  const table = readTable(source.text, source.name, VOTES_HEADER, problems, 'voting file', counted);
  for (const { record, fields: f, bad } of table) {
    const [, code, name, permanent, vote, date, resolution, draft, meeting, description, agenda, , , yes, no, abstain] = f;
    const match = /^S\/RES\/(\d+)\s*\((\d{4})\)$/.exec(resolution.trim());
    if (!match) {
      bad(`resolution "${resolution}" is not of the form S/RES/n(yyyy)`);
      continue;
    }
    if (!/^[A-Z]{3}$/.test(code)) {
      bad(`member state code "${code}" is not a three-letter code`);
      continue;
    }
    const voteCode = VOTE_CODES[vote.trim()];
    if (!voteCode) {
      bad(`vote "${vote}" is not one of Y, N, A, X`);
      continue;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      bad(`date "${date}" is not an ISO date`);
      continue;
    }
    const ev = evidenceRow(source, record.start, record.end);
    evidence.push(ev);
    const number = Number(match[1]);
    const year = Number(match[2]);
    const resolutionId = `Resolution:${number}`;
    if (!resolutions.has(number)) {
      const symbol = `S/RES/${number} (${year})`;
      const counts = [yes, no, abstain].map((v) => (/^\d+$/.test(v) ? Number(v) : null));
      const props: Record<string, unknown> = {
        number,
        year,
        symbol,
        adoptedOn: date,
        title: description || null,
        draftSymbol: draft || null,
        agendaItem: agenda || null,
        nameKey: normaliseName(symbol),
        searchText: searchTextOf([symbol, `resolution ${number}`, description, agenda]),
      };
      if (counts.every((c) => c !== null))
        Object.assign(props, { votesFor: counts[0], votesAgainst: counts[1], abstentions: counts[2], unanimous: counts[1] === 0 && counts[2] === 0 });
      resolutions.set(number, { id: resolutionId, props, evidence: [ev.id] });
      if (/^S\/PV\.\d+/.test(meeting))
        meetingLinks.set(resolutionId, {
          resolutionId,
          meetingId: `Meeting:${meeting}`,
          meetingProps: {
            kind: 'SECURITY_COUNCIL_MEETING',
            symbol: meeting,
            symbolNumber: symbolNumber(meeting),
            date,
            datePrecision: 'DAY',
            nameKey: normaliseName(meeting),
            searchText: normaliseName(meeting),
          },
          evidence: [ev.id],
        });
    }
    if (!states.has(code)) states.set(code, { code, name, permanent: permanent === 'True', evidence: ev.id });
    votes.push({ code, resolutionId, vote: voteCode, evidence: [ev.id] });
  }

  // Resolve member states to actors: name or ISO code, states only.
  const candidates = await findCandidates(
    store,
    [...states.values()].flatMap((s) => [s.name, s.code]),
  );
  const records_: Array<Record<string, unknown>> = [];
  const actors: Array<Record<string, unknown>> = [];
  const names: Array<Record<string, unknown>> = [];
  const merges: Array<Record<string, unknown>> = [];
  const possibles: Array<Record<string, unknown>> = [];
  const actorByCode = new Map<string, string>();
  const decidedBefore = await findRecordActors(
    store,
    [...states.keys()].map((code) => `SourceRecord:dhl-member-state:${code}`),
  );
  for (const state of states.values()) {
    const recordId = `SourceRecord:dhl-member-state:${state.code}`;
    const before = decidedBefore.get(recordId);
    const decided = before
      ? { actorId: before, rule: null, reason: null, possible: [] }
      : resolveRecord(
          [
            { text: state.name, quality: 'primary' },
            { text: state.code, quality: 'iso3' },
          ],
          ['STATE'],
          candidates,
        );
    const actorId = decided.actorId ?? `Actor:state:${state.code}`;
    actorByCode.set(state.code, actorId);
    records_.push({
      id: recordId,
      props: { source: 'dhl-voting', ref: state.code, name: state.name, aliases: [state.code], permanentMember: state.permanent },
      evidence: [state.evidence],
    });
    if (decided.actorId === null) {
      const display = titleCase(state.name);
      actors.push({
        id: actorId,
        props: {
          kind: 'STATE',
          name: display,
          aliases: [state.code],
          nameKey: normaliseName(display),
          searchText: searchTextOf([display, state.code]),
          iso3: state.code,
        },
        evidence: [state.evidence],
      });
    } else {
      actors.push({ id: actorId, props: { iso3: state.code }, evidence: [] });
    }
    merges.push({
      recordId,
      actorId,
      rule: decided.rule ?? 'new-actor',
      reason: decided.reason ?? 'no actor had this name or code: a new actor was made for the record',
    });
    for (const p of decided.possible) possibles.push({ recordId, ...p });
    names.push(
      { actorId, key: normaliseName(state.name), text: state.name, source: recordId },
      { actorId, key: normaliseName(state.code), text: state.code, source: recordId },
    );
  }
  return {
    rows: counted.rows,
    loaded: votes.length,
    problems,
    batches: [
      [
        'upsert-documents',
        [
          sourceDocumentRow(source, {
            title: 'Security Council voting data (DHL)',
            publisher: 'United Nations, Dag Hammarskjöld Library',
            url: 'https://digitallibrary.un.org/record/4055387',
            coverage: { covers: ['votes of Council members'], ...dateRange([...resolutions.values()].map((r) => r.props.adoptedOn as string)) },
          }),
        ],
      ],
      ['upsert-document-chunks', documentChunkRows(source)],
      ['upsert-evidence', evidence],
      ['upsert-resolutions', [...resolutions.values()]],
      ['upsert-meetings', [...meetingLinks.values()].map((m) => ({ id: m.meetingId, props: m.meetingProps, evidence: m.evidence }))],
      ['link-resolution-meetings', [...meetingLinks.values()].map(({ resolutionId, meetingId, evidence: e }) => ({ resolutionId, meetingId, evidence: e }))],
      ['link-topics', [...resolutions.values()].flatMap((r) => agendaTopicRows(r.id, [r.props.agendaItem as string | null], r.evidence))],
      ['upsert-actors', actors],
      ['upsert-source-records', records_],
      ['upsert-actor-names', names],
      ['link-source-records', merges],
      ['link-possible-matches', possibles],
      [
        'link-votes',
        votes.map((v) => ({
          actorId: actorByCode.get(v.code),
          resolutionId: v.resolutionId,
          vote: v.vote,
          recordId: `SourceRecord:dhl-member-state:${v.code}`,
          evidence: v.evidence,
        })),
      ],
      [
        'mark-coverage',
        coverageRows(
          source,
          'votes',
          [...resolutions.values()].map((r) => r.id),
        ),
      ],
    ],
  };
}
