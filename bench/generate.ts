// Synthetic data for benchmarks: files in the real import formats, and a ~1M-relationship graph shaped like the real one.
import fs from 'node:fs';
import type { GraphStore } from '../src/store/graph-store';
import type { QueryName } from '../src/store/queries';
import { MEETINGS_HEADER } from '../src/import/un-meetings.importer';
import { VOTES_HEADER } from '../src/import/un-votes.importer';

const STATES = [
  'ANGOLA',
  'CHAD',
  'CHILE',
  'CHINA',
  'FRANCE',
  'JORDAN',
  'LITHUANIA',
  'MALAYSIA',
  'NEW ZEALAND',
  'NIGERIA',
  'RUSSIAN FEDERATION',
  'SPAIN',
  'UNITED KINGDOM',
  'UNITED STATES',
  'VENEZUELA',
];
const CODES = ['AGO', 'TCD', 'CHL', 'CHN', 'FRA', 'JOR', 'LTU', 'MYS', 'NZL', 'NGA', 'RUS', 'ESP', 'GBR', 'USA', 'VEN'];

/** A meetings table of `rows` rows (one resolution per meeting, every tenth with a PRST). */
export function writeMeetingsFile(file: string, rows: number): void {
  const lines: string[] = [MEETINGS_HEADER.join(',')];
  for (let i = 1; i <= rows; i++) {
    const year = 1946 + (i % 77);
    const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const res = `S/RES/${100000 + i} (${year})`;
    const prst = i % 10 === 0 ? `S/PRST/${year}/${i}` : '';
    lines.push(
      `${year},S/PV.${100000 + i},${(i % 28) + 1} March,${date},SC/${i},"Synthetic agenda item ${i % 500}, with a comma","${res} | 14-0-1",${res},${prst},14-0-1,meeting,synthetic.html`,
    );
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/** A voting file of `rows` rows (15 member states per resolution). */
export function writeVotesFile(file: string, rows: number): void {
  const lines: string[] = [VOTES_HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const r = 100000 + Math.floor(i / 15);
    const s = i % 15;
    const vote = s === 4 ? 'A' : 'Y';
    lines.push(
      `${900000 + r},${CODES[s]},${STATES[s]},${s < 5},${vote},2015-02-12,S/RES/${r}(2015),S/2015/${r},S/PV.${r},Synthetic resolution ${r},Agenda,TERRORISM,,14,0,1,0,15,Vote,https://example.invalid/${r}`,
    );
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/** A sanctions list of `entries` entities in the consolidated-list schema, with comments that name other entries. */
export function writeSanctionsFile(file: string, entries: number): void {
  const parts = [`<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2030-01-01T00:00:00.000Z'>\n<INDIVIDUALS/>\n<ENTITIES>`];
  for (let i = 1; i <= entries; i++) {
    const ref = `QDe.${String(100000 + i)}`;
    const other = `QDe.${String(100000 + ((i % entries) + 1))}`;
    parts.push(
      `<ENTITY><DATAID>${i}</DATAID><FIRST_NAME>SYNTHETIC FRONT NUMBER ${i}</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER><LISTED_ON>2014-05-14</LISTED_ON><COMMENTS1>Associated with Synthetic Front (${other}). Review concluded.</COMMENTS1><ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Synthetic Brigade ${i}</ALIAS_NAME></ENTITY_ALIAS><ENTITY_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>SB${i}</ALIAS_NAME></ENTITY_ALIAS></ENTITY>`,
    );
  }
  parts.push('</ENTITIES>\n</CONSOLIDATED_LIST>\n');
  fs.writeFileSync(file, parts.join('\n'));
}

async function writeAll(store: GraphStore, query: QueryName, rows: Array<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) await store.write(query, { rows: rows.slice(i, i + 5000) });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The i-th synthetic day, spread over the Council's years 1946–2022 as the real meetings table is (≈ 130
 * meetings a year at 10,000; the real table has 60–400). Until session 7 every synthetic meeting was on
 * 2015-01-01 and every resolution of 2015, so one year held 10,251 of 19,303 meetings.
 */
export function syntheticDay(i: number): string {
  const year = 1946 + (i % 77);
  const month = (Math.floor(i / 77) % 12) + 1;
  const day = (Math.floor(i / 924) % 28) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds a graph of about `relationships` relationships shaped like the real one (on top of the seed). */
export async function loadSyntheticGraph(store: GraphStore, relationships = 1_000_000): Promise<void> {
  const k = relationships / 1_000_000;
  const n = (x: number) => Math.max(1, Math.round(x * k));
  const states = n(200),
    orgs = n(5000),
    people = n(30000),
    meetings = n(10000),
    resolutions = n(3000),
    allegations = n(120000),
    statements = n(50000),
    evidence = n(100000);
  const actor = (kind: string, i: number) => `Actor:syn-${kind}-${i}`;
  const topics = range(40).map((i) => ({ id: `Topic:syn-${i}`, key: `syn-${i}`, name: `Synthetic topic ${i}`, aliases: [], aliasKeys: [] }));
  await writeAll(store, 'upsert-topics', topics);
  await writeAll(store, 'upsert-documents', [{ id: 'Document:syn', props: { title: 'Synthetic corpus', text: 'x'.repeat(200000) } }]);
  await writeAll(
    store,
    'upsert-evidence',
    range(evidence).map((i) => ({ id: `Evidence:syn:${i}`, documentId: 'Document:syn', quote: 'x'.repeat(20), start: i, end: i + 20 })),
  );
  const actorRows = [
    ...range(states).map((i) => ({
      id: actor('state', i),
      props: { kind: 'STATE', name: `Synthetic State ${i}`, nameKey: `synthetic state ${i}`, searchText: `synthetic state ${i}` },
    })),
    ...range(orgs).map((i) => ({
      id: actor('org', i),
      props: { kind: 'ORGANIZATION', name: `Synthetic Org ${i}`, nameKey: `synthetic org ${i}`, searchText: `synthetic org ${i}` },
    })),
    ...range(people).map((i) => ({
      id: actor('person', i),
      props: { kind: 'PERSON', name: `Synthetic Person ${i}`, nameKey: `synthetic person ${i}`, searchText: `synthetic person ${i}` },
    })),
  ];
  await writeAll(
    store,
    'upsert-actors',
    actorRows.map((r) => ({ ...r, evidence: [] })),
  );
  await writeAll(
    store,
    'upsert-actor-names',
    actorRows.map((r) => ({ actorId: r.id, key: r.props.nameKey, text: r.props.name, source: 'synthetic' })),
  );
  await writeAll(store, 'link-actor-relations', [
    ...range(people).map((i) => ({
      fromId: actor('person', i),
      toId: actor('org', i % orgs),
      relation: 'MEMBER_OF',
      evidence: [`Evidence:syn:${i % evidence}`],
    })),
    ...range(orgs).map((i) => ({ fromId: actor('org', i), toId: actor('state', i % states), relation: 'PART_OF', evidence: [`Evidence:syn:${i % evidence}`] })),
  ]);
  await writeAll(
    store,
    'upsert-meetings',
    range(meetings).map((i) => ({
      id: `Meeting:syn-${i}`,
      props: { kind: 'SECURITY_COUNCIL_MEETING', symbol: `S/PV.${200000 + i}`, date: syntheticDay(i) },
      evidence: [],
    })),
  );
  await writeAll(
    store,
    'upsert-resolutions',
    range(resolutions).map((i) => ({
      id: `Resolution:${300000 + i}`,
      props: {
        number: 300000 + i,
        year: Number(syntheticDay(i % meetings).slice(0, 4)),
        symbol: `S/RES/${300000 + i} (${syntheticDay(i % meetings).slice(0, 4)})`,
        adoptedOn: syntheticDay(i % meetings),
        searchText: `s res ${300000 + i}`,
      },
      evidence: [],
    })),
  );
  await writeAll(
    store,
    'link-resolution-meetings',
    range(resolutions).map((i) => ({ resolutionId: `Resolution:${300000 + i}`, meetingId: `Meeting:syn-${i % meetings}`, evidence: [] })),
  );
  await writeAll(
    store,
    'link-resolution-drafters',
    range(resolutions * 2).map((i) => ({
      actorId: actor('state', (i + Math.floor(i / resolutions) * 17) % states),
      resolutionId: `Resolution:${300000 + (i % resolutions)}`,
      evidence: [],
    })),
  );
  await writeAll(
    store,
    'link-resolution-targets',
    range(resolutions * 2).map((i) => ({ actorId: actor('org', i % orgs), resolutionId: `Resolution:${300000 + (i % resolutions)}`, evidence: [] })),
  );
  await writeAll(
    store,
    'link-resolution-recalls',
    range(resolutions * 5).map((i) => ({
      fromId: `Resolution:${300000 + (i % resolutions)}`,
      toId: `Resolution:${300000 + ((i + 1 + Math.floor(i / resolutions) * 13) % resolutions)}`,
      relation: 'RECALLS',
      evidence: [],
    })),
  );
  await writeAll(
    store,
    'upsert-allegations',
    range(allegations).map((i) => ({
      id: `Allegation:syn-${String(i).padStart(7, '0')}`,
      props: { summary: `Synthetic allegation ${i}`, status: 'ALLEGED', statedOn: syntheticDay(i) },
      evidence: [`Evidence:syn:${i % evidence}`],
    })),
  );
  await writeAll(
    store,
    'link-allegation-claimants',
    range(allegations).map((i) => ({
      allegationId: `Allegation:syn-${String(i).padStart(7, '0')}`,
      actorId: actor('person', i % people),
      evidence: [`Evidence:syn:${i % evidence}`],
    })),
  );
  await writeAll(
    store,
    'link-allegation-named',
    range(allegations * 3).map((i) => ({
      allegationId: `Allegation:syn-${String(i % allegations).padStart(7, '0')}`,
      // Three different actors and roles per allegation (j = 0, 1, 2).
      actorId: Math.floor(i / allegations) === 0 ? actor('state', i % states) : actor('org', (i + Math.floor(i / allegations) * 7) % orgs),
      role: ['TRANSIT', 'BUYER', 'SELLER'][Math.floor(i / allegations)],
      evidence: [`Evidence:syn:${i % evidence}`],
    })),
  );
  await writeAll(
    store,
    'link-topics',
    range(allegations * 2).map((i) => ({
      fromId: `Allegation:syn-${String(i % allegations).padStart(7, '0')}`,
      topicId: `Topic:syn-${(i + Math.floor(i / allegations)) % 40}`,
      evidence: [],
    })),
  );
  await writeAll(
    store,
    'upsert-statements',
    range(statements).map((i) => ({
      id: `Statement:syn-${i}`,
      props: { quote: `Synthetic quote ${i}`, direct: true },
      evidence: [`Evidence:syn:${i % evidence}`],
    })),
  );
  await writeAll(
    store,
    'link-statement-speakers',
    range(statements).map((i) => ({ statementId: `Statement:syn-${i}`, speakerId: actor('person', i % people), evidence: [] })),
  );
  await writeAll(
    store,
    'link-statement-meetings',
    range(statements).map((i) => ({ statementId: `Statement:syn-${i}`, meetingId: `Meeting:syn-${i % meetings}`, evidence: [] })),
  );
}
