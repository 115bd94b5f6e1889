// Candidate facts from the spans: allegations (triggers and roles as data), denials linked to what they answer, new actors, relations, resolution links.
import type { CandidateDraft, ExtractionInput, FoundDate, KnownName, Mention, NamedActor, Quotation, ResolutionRef, Span } from './ingest.types';
import type { Nationality } from './mentions.stage';
import { actorOf, findTurns } from './quotations.stage';
import { TRIGGERS } from './lexicon';
import { spanAt, spansWithin } from './span-index';

/** Everything the earlier stages found, for the candidate rules. */
export interface CandidateInputs {
  text: string;
  sentences: Array<{ start: number; end: number }>;
  mentions: Mention[];
  nationalities: Nationality[];
  kinds: Map<string, KnownName['kind']>;
  quotations: Quotation[];
  references: ResolutionRef[];
  dates: FoundDate[];
  input: Pick<ExtractionInput, 'publishedOn' | 'publisher' | 'topics'>;
}

/** The role patterns compiled once: {X} is a placeholder the actor's mentions are replaced by. */
const PLACEHOLDER = 'QQACTORQQ';
const ROLES = TRIGGERS.roles
  .filter((t) => t.pattern.includes('{X}'))
  .map((t) => ({ role: t.role, re: new RegExp(t.pattern.replace('{X}', PLACEHOLDER), 'iu') }));
const ACTS = TRIGGERS.acts.map((p) => new RegExp(p, 'i'));
const MEASURES = TRIGGERS.measures.map((p) => new RegExp(p, 'i'));
const DENIALS = TRIGGERS.denials.map((p) => new RegExp(p, 'i'));
const TOPIC_WORDS = Object.entries(TRIGGERS.topics).map(([key, ps]) => [key, ps.map((p) => new RegExp(p, 'i'))] as const);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPatterns = new Map<string, RegExp>();
/** `word` as a whole word, everywhere (compiled once). */
function wordPattern(word: string): RegExp {
  let re = wordPatterns.get(word);
  if (!re) {
    if (wordPatterns.size > 10_000) wordPatterns.clear();
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'gu');
    wordPatterns.set(word, re);
  }
  re.lastIndex = 0;
  return re;
}
const RELATION = /^,\s+(?:the\s+)?(leader|head|chief|founder|member|spokesman|spokeswoman|director|commander|deputy head|emir)\s+of\s+/i;
const RELATION_KEYS: Record<string, string> = {
  leader: 'LEADER_OF',
  head: 'HEAD_OF',
  chief: 'HEAD_OF',
  director: 'HEAD_OF',
  commander: 'LEADER_OF',
  emir: 'LEADER_OF',
  founder: 'FOUNDER_OF',
  member: 'MEMBER_OF',
  spokesman: 'SPOKESPERSON_OF',
  spokeswoman: 'SPOKESPERSON_OF',
  'deputy head': 'DEPUTY_HEAD_OF',
};

const span = (text: string, start: number, end: number): Span => ({ start, end, quote: text.slice(start, end) });
const keyOf = (a: NamedActor) => a.actorId ?? `new:${a.name}`;

/** The speech's own speaker: a person named after "Remarks of/by" at the top of the text. */
function speechSpeaker(text: string, mentions: Mention[], kinds: Map<string, KnownName['kind']>): NamedActor | null {
  const head = /\bremarks\s+(?:of|by)\b/i.exec(text.slice(0, 600));
  if (!head) return null;
  const person = mentions.find((m) => m.start > head.index && (m.actorId ? kinds.get(m.actorId) === 'PERSON' : m.proposedKind === 'PERSON'));
  return person ? actorOf(person) : null;
}

/**
 * Proposes candidate facts. An ALLEGATION is a sentence that names a wrongful act (acts) and is not a measure or a
 * denial, with named actors whose roles the role patterns give (an anaphor "They", "the group" stands for the last
 * group named); its claimant is the speaker of the quotation that carries it, the turn's or the speech's speaker,
 * else the publisher. A denial is a STATEMENT linked to the nearest allegation before it that names one of its actors.
 * Unknown names are ACTOR candidates; "X, leader of Y" a RELATION; every resolution reference a RESOLUTION_LINK.
 */
export function proposeCandidates(c: CandidateInputs): CandidateDraft[] {
  const { text, sentences, mentions, kinds, quotations, input } = c;
  const out: CandidateDraft[] = [];
  const turns = findTurns(text, { mentions, kinds, council: null });
  const speaker = speechSpeaker(text, mentions, kinds);
  const publisher: NamedActor | null = input.publisher ? { actorId: null, name: input.publisher, role: null } : null;
  const docDate: FoundDate | null = input.publishedOn ? { start: 0, end: 0, quote: '', value: input.publishedOn, precision: 'DAY' } : null;
  const allegations: CandidateDraft[] = [];
  let lastGroup: Mention | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    let from = s.start;
    const label = /^[^\n:]{3,80}:\s+/.exec(text.slice(s.start, s.end));
    const turn = spanAt(turns, s.start);
    if (label && turn?.start === s.start) from += label[0].length;
    const sentence = text.slice(from, s.end);
    const inSentence = spansWithin(mentions, from, s.end);
    const isDenial = DENIALS.some((r) => r.test(sentence));
    const isAct = ACTS.some((r) => r.test(sentence));
    const isMeasure = MEASURES.some((r) => r.test(sentence));
    const quote = spansWithin(quotations, s.start - 2000, s.end + 2000).find((q) => q.start < s.end && s.start < q.end);
    const claimantOf = (): { claimant: NamedActor | null; isPublisher: boolean; statedOn: FoundDate | null } => {
      if (quote) {
        const date = spansWithin(c.dates, s.start, s.end).find((d) => !(d.start >= quote.start && d.end <= quote.end)) ?? null;
        return { claimant: quote.anonymous ? null : quote.speaker, isPublisher: false, statedOn: date };
      }
      if (turn) return { claimant: turn.actor, isPublisher: false, statedOn: docDate };
      if (speaker) return { claimant: speaker, isPublisher: false, statedOn: docDate };
      return { claimant: publisher, isPublisher: true, statedOn: docDate };
    };
    if (isDenial && (isAct || inSentence.length > 0)) {
      const who = claimantOf();
      const named = new Set(inSentence.map((m) => m.actorId ?? m.proposedName));
      const answered = [...allegations]
        .reverse()
        .find((a) => a.evidence.start >= (sentences[si - 4]?.start ?? 0) && (a.named ?? []).some((n) => named.has(n.actorId ?? n.name)));
      const byNamedParty = !!(who.claimant?.actorId && answered?.named?.some((n) => n.actorId === who.claimant!.actorId));
      out.push({
        kind: 'STATEMENT',
        evidence: span(text, from, s.end),
        confidence: answered ? 0.6 : 0.4,
        summary: `${who.claimant?.name ?? 'An unnamed source'} denies${answered ? `: ${answered.summary}` : ''}`,
        speaker: who.claimant,
        answersEvidence: answered ? answered.evidence : null,
        byNamedParty,
        status: byNamedParty ? 'DENIED' : 'DISPUTED',
        statedOn: who.statedOn,
      });
      continue;
    }
    const groups = inSentence.filter((m) => m.actorId && kinds.get(m.actorId) === 'ORGANIZATION');
    if (isAct && !isMeasure) {
      // Named actors, and "They" / "the group" for the last group named before.
      const candidates: Array<{ actor: NamedActor; surface: string[] }> = [];
      const addActor = (actor: NamedActor, surface: string) => {
        const have = candidates.find((x) => keyOf(x.actor) === keyOf(actor));
        if (have) have.surface.push(surface);
        else candidates.push({ actor, surface: [surface] });
      };
      for (const m of inSentence) if (m.actorId || m.proposedName) addActor(actorOf(m), m.quote);
      for (const n of spansWithin(c.nationalities, from, s.end))
        addActor({ actorId: n.actorId, name: text.slice(n.start, n.end), role: null }, text.slice(n.start, n.end));
      const anaphor = /^(They|It)\b|\bthe group\b/.exec(sentence);
      if (anaphor && lastGroup) addActor(actorOf(lastGroup), anaphor[0]);
      const named: NamedActor[] = [];
      for (const { actor, surface: surface_ } of candidates) {
        const roles = new Set<string>();
        // The sentence with this actor's mentions as the placeholder, longest surface first.
        let masked = sentence;
        for (const surface of [...new Set(surface_)].sort((a, b) => b.length - a.length)) masked = masked.replace(wordPattern(surface), PLACEHOLDER);
        for (const { role, re } of ROLES) if (re.test(masked)) roles.add(role);
        for (const role of roles) named.push({ ...actor, role });
      }
      if (named.length > 0) {
        const who = claimantOf();
        const topics = new Set<string>();
        const lowered = sentence.toLowerCase();
        for (const t of input.topics) if (t.names.some((n) => wordPattern(n.toLowerCase()).test(lowered))) topics.add(t.key);
        for (const [key, res] of TOPIC_WORDS) if (res.some((r) => r.test(sentence)) && input.topics.some((t) => t.key === key)) topics.add(key);
        const confirmed = who.claimant && named.some((n) => n.role === 'PERPETRATOR' && keyOf(n) === keyOf(who.claimant!));
        const draft: CandidateDraft = {
          kind: 'ALLEGATION',
          evidence: span(text, from, s.end),
          confidence: Math.min(0.9, 0.4 + 0.1 * named.length),
          summary: `${who.claimant?.name ?? 'An unnamed source'}: ${named.map((n) => `${n.name} (${n.role})`).join(', ')}${topics.size ? ` — ${[...topics].join(', ')}` : ''}`,
          claimant: who.claimant,
          claimantIsPublisher: who.isPublisher,
          named,
          topics: [...topics],
          status: confirmed ? 'CONFIRMED' : 'ALLEGED',
          statedOn: who.statedOn,
        };
        allegations.push(draft);
        out.push(draft);
      }
    }
    const lastOrg = [...groups].reverse().find((m) => !/council|united-nations|committee/i.test(m.actorId ?? ''));
    if (lastOrg) lastGroup = lastOrg;
    // Relations: "X, leader of Y" and "the head of Y … X".
    for (const m of inSentence) {
      const after = text.slice(m.end, Math.min(s.end, m.end + 60));
      const rel = RELATION.exec(after);
      if (rel) {
        const object = inSentence.find((o) => o.start >= m.end + rel[0].length && o.start <= m.end + rel[0].length + 4);
        if (object) out.push(relation(text, m, object, RELATION_KEYS[rel[1]!.toLowerCase()] ?? 'RELATED_TO'));
      }
      const isPerson = m.actorId ? kinds.get(m.actorId) === 'PERSON' : m.proposedKind === 'PERSON';
      if (!isPerson) continue;
      const before = text.slice(from, m.start);
      const head = /\b(?:the\s+)?(leader|head|chief|founder|director|commander|emir)\s+of\s+(?:the\s+)?/i.exec(before.slice(-160));
      if (head) {
        const headAt = m.start - before.slice(-160).length + head.index + head[0].length;
        const object = inSentence.find((o) => o.start >= headAt && o.start <= headAt + 2 && o.end <= m.start);
        if (object) out.push(relation(text, m, object, RELATION_KEYS[head[1]!.toLowerCase()] ?? 'RELATED_TO'));
      }
    }
  }
  // New actors: one candidate per proposed name, with its first mention as evidence.
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.proposedName || seen.has(m.proposedName)) continue;
    seen.add(m.proposedName);
    out.push({
      kind: 'ACTOR',
      evidence: span(text, m.start, m.end),
      confidence: m.confidence,
      summary: `New ${(m.proposedKind ?? 'PERSON').toLowerCase()}: ${m.proposedName}`,
      name: m.proposedName,
      actorKind: m.proposedKind ?? 'PERSON',
    });
  }
  for (const r of c.references) {
    out.push({
      kind: 'RESOLUTION_LINK',
      evidence: span(text, r.start, r.end),
      confidence: r.number !== null ? 0.95 : r.choices.length > 0 ? 0.5 : 0.2,
      summary:
        r.number !== null
          ? `Cites resolution ${r.number}`
          : r.choices.length > 0
            ? `Refers to a resolution: ${r.choices.slice(0, 3).join(' or ')}?`
            : 'Refers to a resolution the text does not identify',
      resolutionNumbers: r.number !== null ? [r.number] : r.choices.slice(0, 5),
    });
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}

/** A RELATION candidate between two mentions, with the words between them as evidence. */
function relation(text: string, subject: Mention, object: Mention, kind: string): CandidateDraft {
  const from = Math.min(subject.start, object.start);
  const to = Math.max(subject.end, object.end);
  return {
    kind: 'RELATION',
    evidence: span(text, from, to),
    confidence: 0.5,
    summary: `${subject.proposedName ?? subject.quote} ${kind} ${object.proposedName ?? object.quote}`,
    subject: actorOf(subject),
    object: actorOf(object),
    relation: kind,
    since: null,
    until: null,
  };
}
