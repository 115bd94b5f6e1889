// Scores the rules that read the sanctions lists' comments against the hand-labelled gold sets (test/fixtures/sanctions-*-gold.json).
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PROJECT_ROOT } from '../src/paths';
import { permanentReference } from '../src/import/un-sanctions.importer';
import { splitSentences } from '../src/text/sentences';
import { nameKey, readAliases, readEvents, readRelations } from '../src/text/relation-rules';

/** One labelled sentence (the gold file's scheme; see sanctions-comments-gold.md). */
interface GoldSentence {
  list: string;
  ref: string;
  subject: string;
  sentence: string;
  relations: Array<{ type: string; object: string; objectRef: string | null; since: string | null; until: string | null }>;
  aliases: Array<{ text: string; kind: string }>;
  events: Array<{ type: string; date: string | null }>;
}

/** Precision, recall and F1 of one stage, with its counts. */
export interface StageScore {
  stage: string;
  predicted: number;
  gold: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(stage: string, predicted: number, gold: number, correct: number): StageScore {
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  return { stage, predicted, gold, correct, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** An entry's COMMENTS1 text (XML entities decoded) and its names (primary and aliases), by reference number. */
interface ListEntry {
  comments: string;
  names: string[];
}

function entriesByRef(file: string): Map<string, ListEntry> {
  const xml = fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'data', file), 'utf8');
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: true });
  const out = new Map<string, ListEntry>();
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  for (const block of xml.matchAll(/<(INDIVIDUAL|ENTITY)>[\s\S]*?<\/\1>/g)) {
    const parsed = (parser.parse(block[0]) as Record<string, Record<string, unknown>>)[block[1]!]!;
    const ref = str(parsed.REFERENCE_NUMBER);
    if (!ref) continue;
    const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
      .map((k) => str(parsed[k]))
      .filter(Boolean)
      .join(' ');
    const aliasList = parsed[`${block[1]!}_ALIAS`];
    const aliases = (Array.isArray(aliasList) ? aliasList : [aliasList]).map((a) =>
      a && typeof a === 'object' ? str((a as Record<string, unknown>).ALIAS_NAME) : '',
    );
    out.set(ref, { comments: typeof parsed.COMMENTS1 === 'string' ? parsed.COMMENTS1 : '', names: [name, ...aliases].filter(Boolean) });
  }
  return out;
}

/** The consolidated list whose entries name the subjects of sentences from other texts. */
const CURRENT_LIST = 'un_sc_consolidated_list_2025-04-19.xml';

/** Two names of a party agree when one is the other or begins it, word for word ("TTP in Pakistan" and "TTP"). */
function sameName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/**
 * Runs the rules (src/text: splitSentences, readRelations, readAliases, readEvents) over the gold set: sentence
 * boundaries (a gold sentence found whole among the splitter's sentences of its field); relations by type and party
 * (the same list entry when both name one, else the same name); the same for the relations that name a list entry only
 * (the measure of the first bench); their since/until dates; the subject's other names (text and kind); and events
 * (type and date).
 */
export function scoreSanctionsText(goldFile = 'sanctions-comments-gold.json'): StageScore[] {
  const gold = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', goldFile), 'utf8')) as { sentences: GoldSentence[] }).sentences;
  const lists = new Map<string, Map<string, ListEntry>>();
  const tally = { sentences: 0, rel: [0, 0, 0], refRel: [0, 0, 0], dates: [0, 0, 0], aliases: [0, 0, 0], events: [0, 0, 0] };
  const add = (t: number[], predicted: number, expected: number, correct: number) => {
    t[0]! += predicted;
    t[1]! += expected;
    t[2]! += correct;
  };
  let fields = 0;
  for (const g of gold) {
    // A sentence from another text than a shipped list's comments (the narrative summaries): its subject's names come
    // from the current list, and its field is not shipped, so its boundaries are not scored.
    const fromList = fs.existsSync(path.join(PROJECT_ROOT, 'seed', 'data', g.list));
    const list = fromList ? g.list : CURRENT_LIST;
    if (!lists.has(list)) lists.set(list, entriesByRef(list));
    const entry = lists.get(list)!.get(g.ref) ?? { comments: '', names: [] };
    if (fromList) {
      fields++;
      const split = splitSentences(entry.comments).map((s) => entry.comments.slice(s.start, s.end));
      if (split.includes(g.sentence.trim())) tally.sentences++;
    }
    const subject = { ref: g.ref, names: entry.names.length > 0 ? entry.names : [g.subject] };

    const predicted = readRelations(g.sentence, subject, permanentReference);
    const matches = (p: (typeof predicted)[number], e: GoldSentence['relations'][number]) =>
      p.type === e.type && (p.objectRef && e.objectRef ? permanentReference(p.objectRef) === permanentReference(e.objectRef) : sameName(p.object, e.object));
    const right = predicted.filter((p) => g.relations.some((e) => matches(p, e)));
    add(tally.rel, predicted.length, g.relations.length, right.length);
    const withRef = predicted.filter((p) => p.objectRef);
    add(
      tally.refRel,
      withRef.length,
      g.relations.filter((e) => e.objectRef).length,
      withRef.filter((p) => g.relations.some((e) => e.objectRef && matches(p, e))).length,
    );
    for (const p of right) {
      const e = g.relations.find((x) => matches(p, x))!;
      add(tally.dates, 1, 1, (p.since?.value ?? null) === e.since && (p.until?.value ?? null) === e.until ? 1 : 0);
    }

    const aliases = readAliases(g.sentence, subject);
    add(
      tally.aliases,
      aliases.length,
      g.aliases.length,
      aliases.filter((a) => g.aliases.some((e) => nameKey(e.text) === nameKey(a.text) && e.kind === a.kind)).length,
    );
    const events = readEvents(g.sentence, subject);
    add(
      tally.events,
      events.length,
      g.events.length,
      events.filter((v) => g.events.some((e) => e.type === v.type && e.date === (v.date?.value ?? null))).length,
    );
  }
  const stage = (name: string, t: number[]) => score(name, t[0]!, t[1]!, t[2]!);
  return [
    ...(fields > 0 ? [score('sentence boundaries (gold sentences found whole)', fields, fields, tally.sentences)] : []),
    stage('relations (type and party)', tally.rel),
    stage('relations naming a list entry (type and reference)', tally.refRel),
    stage('since/until of the relations found (both exact)', tally.dates),
    stage('aliases stated in comments (text and kind)', tally.aliases),
    stage('events of the subject (type and date)', tally.events),
  ];
}
