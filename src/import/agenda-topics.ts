// The Council's agenda titles mapped to topics (seed/agenda-topics.json), so that resolutions and meetings have topics.
import fs from 'node:fs';
import path from 'node:path';
import { storeId } from '../ids';
import { normaliseName } from '../names';
import { PROJECT_ROOT } from '../paths';

interface Rule {
  topic: string;
  phrases: string[];
}

let rules: Array<{ topic: string; keys: string[] }> | undefined;

/** The topic keys an agenda title is about (whole-word phrase matches, normalised as names are). */
export function agendaTopics(title: string | null | undefined): string[] {
  rules ??= (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'agenda-topics.json'), 'utf8')) as { rules: Rule[] }).rules.map((r) => ({
    topic: r.topic,
    keys: r.phrases.map((p) => ` ${normaliseName(p)} `),
  }));
  const key = ` ${normaliseName(title ?? '')} `;
  return rules.filter((r) => r.keys.some((k) => key.includes(k))).map((r) => r.topic);
}

/** link-topics rows for an entity's agenda titles (each with the evidence of the row that gave it). */
export function agendaTopicRows(fromId: string, titles: Array<string | null | undefined>, evidence: string[]): Array<Record<string, unknown>> {
  const topics = new Set(titles.flatMap(agendaTopics));
  return [...topics].map((topic) => ({ fromId, topicId: storeId('Topic', topic), evidence }));
}
