// The names the pipeline looks for, from the seed's actors and the UN member states (used by the bench and the server).
import fs from 'node:fs';
import path from 'node:path';
import { normaliseName } from '../names';
import { PROJECT_ROOT } from '../paths';
import type { ExtractionInput, KnownName } from './ingest.types';
import { MEMBER_STATES } from './lexicon';

interface SeedActor {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  description?: string | null;
}

interface SeedFacts {
  actors: SeedActor[];
  topics: Array<{ key: string; name: string; aliases?: string[] }>;
  resolutions: Array<{ number: number; topics?: Array<{ topic: string }> }>;
}

/** The seed facts (seed/facts.json). */
function readSeed(root: string): SeedFacts {
  return JSON.parse(fs.readFileSync(path.join(root, 'seed', 'facts.json'), 'utf8')) as SeedFacts;
}

/**
 * Every name and alias of the seed's actors (as `Actor:<id>`, the seed's ids) and of the 193 member states (a state
 * the seed has keeps its actor; the others are `Actor:state:<ISO3>`, as the votes importer makes them). Actors the
 * seed describes as unnamed ("Unnamed senior Western diplomat") have no name a text could use and are left out.
 */
export function loadKnownNames(root: string = PROJECT_ROOT): KnownName[] {
  const seed = readSeed(root);
  const out: KnownName[] = [];
  const stateByKey = new Map<string, string>();
  for (const a of seed.actors) {
    if (/^unnamed\b/i.test(a.description ?? '')) continue;
    const kind: KnownName['kind'] = a.kind === 'STATE' ? 'STATE' : a.kind === 'PERSON' ? 'PERSON' : 'ORGANIZATION';
    const id = `Actor:${a.id}`;
    for (const name of [a.name, ...(a.aliases ?? [])]) {
      out.push({ actorId: id, name, kind });
      if (kind === 'STATE') stateByKey.set(normaliseName(name), id);
    }
  }
  for (const state of MEMBER_STATES) {
    const forms = [state.name, ...state.aliases];
    const id = [...forms, state.iso3].map((f) => stateByKey.get(normaliseName(f))).find((x) => x !== undefined) ?? `Actor:state:${state.iso3}`;
    // ISO codes are not names a text uses (AND, CAN, ARE would match words in capitals).
    for (const name of forms) out.push({ actorId: id, name, kind: 'STATE' });
  }
  return out;
}

/** The seed's topics with their names and aliases. */
export function loadTopics(root: string = PROJECT_ROOT): ExtractionInput['topics'] {
  return readSeed(root).topics.map((t) => ({ key: t.key, names: [t.name, ...(t.aliases ?? [])] }));
}

/**
 * Resolutions with their adoption date (the Council's meetings table in seed/data), topics from the agenda title
 * (seed/agenda-topics.json) and from the seed's facts, and the agenda title itself.
 */
export function loadResolutions(root: string = PROJECT_ROOT): ExtractionInput['resolutions'] {
  const seed = readSeed(root);
  const rules = (JSON.parse(fs.readFileSync(path.join(root, 'seed', 'agenda-topics.json'), 'utf8')) as { rules: Array<{ topic: string; phrases: string[] }> })
    .rules;
  const csv = fs.readFileSync(path.join(root, 'seed', 'data', 'dhl_sc_meetings_1946-2022.csv'), 'utf8');
  const out = new Map<number, ExtractionInput['resolutions'][number]>();
  for (const line of csv.split('\n')) {
    const date = /,(\d{4}-\d{2}-\d{2}),/.exec(line);
    if (!date) continue;
    const agenda = (/^\d{4},[^,]*,(?:"[^"]*"|[^,]*),\d{4}-\d{2}-\d{2},[^,]*,("(?:[^"]|"")*"|[^,]*),/.exec(line)?.[1] ?? '')
      .replace(/^"|"$/g, '')
      .replace(/""/g, '"');
    const key = normaliseName(agenda);
    const topics = rules.filter((r) => r.phrases.some((p) => ` ${key} `.includes(` ${normaliseName(p)} `))).map((r) => r.topic);
    for (const m of line.matchAll(/S\/RES\/(\d+)\s*\((\d{4})\)/g)) {
      const number = Number(m[1]);
      if (!out.has(number)) out.set(number, { number, adoptedOn: date[1]!, topics: [...new Set(topics)], agenda });
    }
  }
  for (const r of seed.resolutions) {
    const have = out.get(r.number);
    if (have) have.topics = [...new Set([...have.topics, ...(r.topics ?? []).map((t) => t.topic)])];
  }
  return [...out.values()];
}
