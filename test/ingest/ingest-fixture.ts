// A small graph of names and topics for the pipeline's unit tests, and a runner over it.
import { extract } from '../../src/ingest/pipeline';
import type { Extraction, ExtractionInput, KnownName } from '../../src/ingest/ingest.types';

/** Names as the graph would give them (one person shares a state's name: "Jordan" stays ambiguous). */
export const NAMES: KnownName[] = [
  { actorId: 'A:russia', name: 'Russia', kind: 'STATE' },
  { actorId: 'A:russia', name: 'Russian Federation', kind: 'STATE' },
  { actorId: 'A:isil', name: 'ISIL', kind: 'ORGANIZATION' },
  { actorId: 'A:isil', name: 'Islamic State', kind: 'ORGANIZATION' },
  { actorId: 'A:isil', name: 'IS', kind: 'ORGANIZATION' },
  { actorId: 'A:turkey', name: 'Turkey', kind: 'STATE' },
  { actorId: 'A:syria', name: 'Syria', kind: 'STATE' },
  { actorId: 'A:syria', name: 'Syrian regime', kind: 'STATE' },
  { actorId: 'A:un', name: 'United Nations', kind: 'ORGANIZATION' },
  { actorId: 'A:un', name: 'U.N.', kind: 'ORGANIZATION' },
  { actorId: 'A:unsc', name: 'Security Council', kind: 'ORGANIZATION' },
  { actorId: 'A:mission', name: "Russia's UN mission", kind: 'ORGANIZATION' },
  { actorId: 'A:jordan', name: 'Jordan', kind: 'STATE' },
  { actorId: 'A:jordan-person', name: 'Jordan', kind: 'PERSON' },
];

/** Topics with their names. */
export const TOPICS: ExtractionInput['topics'] = [
  { key: 'oil', names: ['oil'] },
  { key: 'terrorism', names: ['terrorism'] },
];

/** Runs the whole pipeline over `text` with the fixture's names. */
export function run(text: string, publishedOn: string | null = null, resolutions: ExtractionInput['resolutions'] = []): Extraction {
  return extract({ text, publishedOn, publisher: 'The Daily', names: NAMES, topics: TOPICS, resolutions });
}
