// The extraction pipeline: text in, spans and candidate facts out (pure; run it off the event loop with extractInPool).
import { splitSentences } from '../text/sentences';
import type { CandidateDraft, Extraction, ExtractionInput, KnownName, NamedActor, Span } from './ingest.types';
import { buildGazetteer, foldName, foldText, type Gazetteer } from './gazetteer.matcher';
import { findMentions } from './mentions.stage';
import { findDates } from './dates.stage';
import { findReferences } from './references.stage';
import { findQuotations } from './quotations.stage';
import { proposeCandidates } from './candidates.stage';

/** The last gazetteers built, by a hash of their names (a worker thread gets the names anew with every task). */
const gazetteers = new Map<string, Gazetteer>();

function namesKey(names: KnownName[]): string {
  let h = 2166136261;
  for (const n of names) {
    const s = `${n.actorId}\u0000${n.name}\u0000${n.kind}\u0000${n.form ?? ''}\u0001`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  }
  return `${names.length}:${h >>> 0}`;
}

/** The gazetteer of `names`, built once per set of names (the last four are kept). */
export function gazetteerFor(names: KnownName[]): Gazetteer {
  const key = namesKey(names);
  let g = gazetteers.get(key);
  if (!g) {
    g = buildGazetteer(names);
    if (gazetteers.size >= 4) gazetteers.delete(gazetteers.keys().next().value!);
    gazetteers.set(key, g);
  }
  return g;
}

/** True when `s` is a span of `text` (text.slice(start, end) === quote). */
const verified = (text: string, s: Span | null | undefined) => !s || text.slice(s.start, s.end) === s.quote;

/**
 * Runs every stage over `input.text`: sentences, mentions, dates, resolution references, quotations, candidate facts.
 * Every span returned is verified against the text (a span that is not is dropped).
 */
export function extract(input: ExtractionInput): Extraction {
  const { text } = input;
  const sentences = splitSentences(text);
  const gazetteer = gazetteerFor(input.names);
  const found = findMentions(text, sentences, gazetteer, foldText(text), input.names);
  const dates = findDates(text, sentences, input.publishedOn);
  const { references } = findReferences(text, sentences, dates, input);
  const councilEntry = gazetteer.entries.get(foldName('Security Council'));
  const council: NamedActor | null =
    councilEntry && councilEntry.actorIds.length === 1 ? { actorId: councilEntry.actorIds[0]!, name: 'Security Council', role: null } : null;
  const quotations = findQuotations(text, sentences, { mentions: found.mentions, kinds: found.kinds, council });
  const candidates = proposeCandidates({
    text,
    sentences,
    mentions: found.mentions,
    nationalities: found.nationalities,
    kinds: found.kinds,
    quotations,
    references,
    dates,
    input,
  });
  const ok = (c: CandidateDraft) => verified(text, c.evidence) && verified(text, c.answersEvidence) && verified(text, c.statedOn?.quote ? c.statedOn : null);
  return {
    sentences: sentences.map((s) => ({ start: s.start, end: s.end })),
    mentions: found.mentions.filter((m) => verified(text, m)),
    references: references.filter((r) => verified(text, r)),
    dates: dates.filter((d) => verified(text, d)),
    quotations: quotations.filter((q) => verified(text, q) && verified(text, q.speakerSpan)),
    candidates: candidates.filter(ok),
  };
}
