// Scores the rules that read the sanctions lists' comments against the hand-labelled gold set (test/fixtures/sanctions-comments-gold.json).
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PROJECT_ROOT } from '../src/paths';
import { permanentReference, relationOf, sentencesOf } from '../src/import/un-sanctions.importer';

/** One labelled sentence (the gold file's scheme; see sanctions-comments-gold.md). */
interface GoldSentence {
  list: string;
  ref: string;
  sentence: string;
  relations: Array<{ type: string; objectRef: string | null }>;
  aliases: Array<{ text: string; kind: string }>;
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

const REF_IN_TEXT = /\b(QD[ie]\.\d{3,}|Q[IE]\.[A-Z]\.\d+\.\d+\.?)/g;

function score(stage: string, predicted: number, gold: number, correct: number): StageScore {
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = gold === 0 ? 1 : correct / gold;
  return { stage, predicted, gold, correct, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The COMMENTS1 text of every entry of a shipped list, by permanent reference (XML entities decoded). */
function commentsByRef(file: string): Map<string, string> {
  const xml = fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'data', file), 'utf8');
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false, processEntities: true });
  const out = new Map<string, string>();
  for (const block of xml.matchAll(/<(INDIVIDUAL|ENTITY)>[\s\S]*?<\/\1>/g)) {
    const parsed = (parser.parse(block[0]) as Record<string, Record<string, unknown>>)[block[1]!]!;
    const ref = typeof parsed.REFERENCE_NUMBER === 'string' ? parsed.REFERENCE_NUMBER.trim() : '';
    const comments = parsed.COMMENTS1;
    if (ref && typeof comments === 'string') out.set(ref, comments);
  }
  return out;
}

/**
 * Runs today's rules (the importer's `sentencesOf` and `relationOf`) over the gold set: sentence boundaries (a gold
 * sentence found whole among the splitter's sentences), relations to other list entries (type and object reference;
 * the rules read only relations that name a reference), and aliases stated in the comments (the rules read none).
 */
export function scoreSanctionsText(): StageScore[] {
  const gold = (
    JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'sanctions-comments-gold.json'), 'utf8')) as { sentences: GoldSentence[] }
  ).sentences;
  const lists = new Map<string, Map<string, string>>();
  let sentencesFound = 0;
  let predictedRelations = 0;
  let goldRelations = 0;
  let correctRelations = 0;
  let goldAliases = 0;
  for (const g of gold) {
    if (!lists.has(g.list)) lists.set(g.list, commentsByRef(g.list));
    const comments = lists.get(g.list)!.get(g.ref) ?? '';
    const split = sentencesOf(comments, 0).map((s) => s.text);
    if (split.includes(g.sentence.trim())) sentencesFound++;
    const subject = permanentReference(g.ref);
    const predicted = new Set<string>();
    for (const m of g.sentence.matchAll(REF_IN_TEXT)) {
      const ref = permanentReference(m[1]!);
      if (ref !== subject) predicted.add(`${relationOf(g.sentence)} ${ref}`);
    }
    const expected = new Set(g.relations.map((r) => `${r.type} ${r.objectRef ? permanentReference(r.objectRef) : '?'}`));
    predictedRelations += predicted.size;
    goldRelations += expected.size;
    for (const p of predicted) if (expected.has(p)) correctRelations++;
    goldAliases += g.aliases.length;
  }
  return [
    score('sentence boundaries (gold sentences found whole)', gold.length, gold.length, sentencesFound),
    score('relations (type and object)', predictedRelations, goldRelations, correctRelations),
    score('aliases stated in comments', 0, goldAliases, 0),
  ];
}
