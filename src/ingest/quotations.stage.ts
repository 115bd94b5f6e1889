// Quotations (PARC source / cue / content): direct quotes and reported speech, the speaker from the attribution, anonymous sources as such.
import type { KnownName, Mention, NamedActor, Quotation, Span } from './ingest.types';
import { CUE_ALTERNATION, LEXICON } from './lexicon';
import { spanAt, spansWithin } from './span-index';

/** What the quotation stage needs besides the text. */
export interface QuotationContext {
  mentions: Mention[];
  kinds: Map<string, KnownName['kind']>;
  /** The actor resolutions and Council decisions are attributed to (the Security Council), when the graph knows it. */
  council: NamedActor | null;
}

interface Speaker {
  speaker: NamedActor | null;
  speakerSpan: Span | null;
  anonymous: boolean;
}

const CUE = new RegExp(`\\b(${CUE_ALTERNATION})\\b`, 'g');
const NOUN_CUE = new RegExp(`\\b(${[...LEXICON.cueNouns].join('|')})\\b((?:\\s+[\\p{Ll}]+){0,2})\\s+that\\s`, 'giu');
/** After a quote: the cue, then the speaker ("…," emphasized the representative of the United States). */
const CUE_FIRST = new RegExp(`^\\s*,?\\s*(${CUE_ALTERNATION})\\s+((?:[^,.;"“”]){2,120}?)(?=[,.;]|\\s+(?:on|in|at|during|after|who|whose|speaking)\\b|$)`, 'i');
/** After a quote: the speaker, then the cue ("…," a spokesman for Russia's United Nations mission said). */
const SPEAKER_FIRST = new RegExp(`^\\s*,?\\s*((?:[^,.;"“”]){1,120}?)\\s+(?:\\p{Ll}+ly\\s+)?(${CUE_ALTERNATION})\\b`, 'iu');
/** Before a quote: the speaker and the cue (He accentuated: "…"). */
const LEAD = new RegExp(`((?:[^,.;"“”:]){1,120}?)\\s+(?:\\p{Ll}+ly\\s+)?(${CUE_ALTERNATION})\\s*[:,]?\\s*$`, 'iu');
const OPENERS: Record<string, string> = { '“': '”', '"': '"', '‘': '’' };
const PREPOSITION_START = /^(in|on|at|during|after|before|with|to|by|from|for|of|about|when|while|as|,|—|-)\b/i;
const FIRST_PERSON = /^(i|we|me|us|my|our)$/i;

/** The speaker of a turn in a transcript ("Under Secretary Szubin: Well, …"), by paragraph start. */
export interface Turn {
  start: number;
  end: number;
  actor: NamedActor;
}

const isPerson = (m: Mention, kinds: Map<string, KnownName['kind']>) => (m.actorId ? kinds.get(m.actorId) === 'PERSON' : m.proposedKind === 'PERSON') || false;

/** A mention as a named actor. */
export function actorOf(m: Mention): NamedActor {
  return { actorId: m.actorId, name: m.proposedName ?? m.quote, role: null };
}

/** Trims `[start, end)` of whitespace and the given punctuation at both ends. */
function trimSpan(text: string, start: number, end: number, punctuation = /[\s,;:]/): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && punctuation.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Finds quotations in `text`: direct quotes with an attribution before ("He accentuated: “…”") or after
 * ("“…,” Rogachev concluded"; "“…,” emphasized the representative of the United States"), and reported speech
 * ("X said (that) …", "…, X said.", "…, reaffirming that …", "Clarifies that …", "allegations that …").
 * The speaker comes from the attribution's mentions (a spokesman for a body is the body; a person over an
 * organisation), pronouns and "the diplomat" take the previous speaker, "you" in a transcript the other party,
 * and unnamed sources ("a senior Western diplomat", "Diplomats") are anonymous. Quotes with no attribution
 * (names or terms in quotation marks) are not quotations.
 */
export function findQuotations(text: string, sentences: Array<{ start: number; end: number }>, ctx: QuotationContext): Quotation[] {
  const out: Quotation[] = [];
  const turns = findTurns(text, ctx);
  let previous: Speaker | null = null;
  const mentionsIn = (a: number, b: number) => spansWithin(ctx.mentions, a, b);

  const resolveSpeaker = (a: number, b: number): Speaker | null => {
    [a, b] = trimSpan(text, a, b);
    if (a >= b) return null;
    const np = text.slice(a, b);
    const words = np.split(/\s+/);
    if (words.length > 16) return null;
    const span = { start: a, end: b, quote: np };
    const low = np.toLowerCase();
    if (words.length === 1 && FIRST_PERSON.test(np)) return null;
    if (/^you$/i.test(np)) {
      const turn = turns.find((t) => t.start <= a && a < t.end);
      const other = turn && [...turns].reverse().find((t) => t.start < turn.start && t.actor.name !== turn.actor.name);
      const next = turn && turns.find((t) => t.start > turn.start && t.actor.name !== turn.actor.name);
      const addressee = other ?? next;
      return addressee ? { speaker: addressee.actor, speakerSpan: span, anonymous: false } : { speaker: null, speakerSpan: span, anonymous: true };
    }
    if (LEXICON.pronouns.has(low) || /^(he|she|they)$/i.test(np)) {
      return previous ? { ...previous, speakerSpan: span } : { speaker: null, speakerSpan: span, anonymous: true };
    }
    const inside = mentionsIn(a, b);
    const body =
      /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokes\p{L}+|representatives?|delegates?|envoys?|ambassadors?|officials?|members?)\s+(?:for|of|from|at)\s/iu.exec(
        np,
      );
    if (body) {
      const after = inside.find((m) => m.start >= a + body[0].length);
      if (after) return { speaker: actorOf(after), speakerSpan: span, anonymous: false };
    }
    if (inside.length > 0) {
      const persons = inside.filter((m) => isPerson(m, ctx.kinds));
      const pick = persons.length > 0 ? persons[persons.length - 1]! : inside[0]!;
      return { speaker: actorOf(pick), speakerSpan: span, anonymous: false };
    }
    if (/\b(resolution|text|document|council)$/i.test(low) || /^it$/i.test(np))
      return { speaker: ctx.council, speakerSpan: span, anonymous: ctx.council === null };
    const head = words[words.length - 1]!.toLowerCase();
    if (LEXICON.anonymousHeads.has(head) || words.some((w) => LEXICON.anonymousHeads.has(w.toLowerCase())))
      return { speaker: null, speakerSpan: span, anonymous: true };
    return null;
  };

  const add = (kind: Quotation['kind'], start: number, end: number, who: Speaker, cue: string | null) => {
    [start, end] = trimSpan(text, start, end, /[\s,;:.]/);
    if (end - start < 3) return;
    if (out.slice(-8).some((q) => q.kind === kind && q.start === start && q.end === end)) return;
    out.push({ start, end, quote: text.slice(start, end), kind, speaker: who.speaker, speakerSpan: who.speakerSpan, anonymous: who.anonymous, cue });
    previous = who;
  };

  // Direct quotes: pairs of quotation marks within a paragraph.
  const direct: Array<{ open: number; close: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const closer = OPENERS[text[i]!];
    if (!closer) continue;
    if (text[i] === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) continue;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === closer && !(closer === '’' && /\p{L}/u.test(text[j + 1] ?? ''))) break;
      if (text[j] === '\n' && text[j + 1] === '\n') {
        j = text.length;
        break;
      }
    }
    if (j >= text.length) continue;
    direct.push({ open: i, close: j });
    i = j;
  }
  const sentenceAt = (at: number) => spanAt(sentences, at);
  const directSpans: Array<[number, number]> = [];
  const events: Array<{ at: number; run: () => void }> = [];
  for (const q of direct) {
    const content = text.slice(q.open + 1, q.close);
    if (content.split(/\s+/).length < 2) continue;
    const last = sentenceAt(q.close) ?? { start: q.close, end: Math.min(text.length, q.close + 200) };
    const first = sentenceAt(q.open) ?? { start: Math.max(0, q.open - 200), end: q.open };
    const after = text.slice(q.close + 1, last.end);
    const before = text.slice(first.start, q.open);
    const cueFirst = CUE_FIRST.exec(after);
    const speakerFirst = SPEAKER_FIRST.exec(after);
    const lead = LEAD.exec(before);
    let who: Speaker | null = null;
    let cue: string | null = null;
    const base = q.close + 1;
    const startAt = q.open + 1;
    let endAt = q.close;
    if (/,\s*$/.test(content)) endAt = q.open + 1 + content.replace(/,\s*$/, '').length;
    const attempt = () => {
      if (speakerFirst && !/\s(that|and|but)\s/.test(speakerFirst[1]!)) {
        const a = base + speakerFirst[0].indexOf(speakerFirst[1]!, speakerFirst[0].search(/\S/) >= 0 ? 0 : 0);
        const s = resolveSpeaker(a, a + speakerFirst[1]!.length);
        if (s) return ((cue = speakerFirst[2]!), s);
      }
      if (cueFirst) {
        const a = base + cueFirst[0].lastIndexOf(cueFirst[2]!);
        const s = resolveSpeaker(a, a + cueFirst[2]!.length);
        if (s) return ((cue = cueFirst[1]!), s);
      }
      if (lead) {
        const a = first.start + lead.index;
        const s = resolveSpeaker(a, a + lead[1]!.length);
        if (s) return ((cue = lead[2]!), s);
      }
      return null;
    };
    events.push({
      at: q.open,
      run: () => {
        who = attempt();
        if (who) {
          add('DIRECT', startAt, endAt, who, cue);
          directSpans.push([q.open, q.close + 1]);
        }
      },
    });
  }
  // Reported speech, sentence by sentence (after the direct quotes that come before it, for pronouns).
  for (const s of sentences) events.push({ at: s.start + 0.5, run: () => reported(s) });
  events.sort((a, b) => a.at - b.at);

  const directRanges = direct.map((d) => ({ start: d.open, end: d.close + 1 }));
  const inDirect = (at: number) => spanAt(directRanges, at) !== null;
  const clauseEnd = (from: number, end: number) => {
    const slice = text.slice(from, end);
    const cut =
      /,\s+and\s+(?:\p{Ll}+ly\s+)?(?:urged|called|decided|stressed|noted|added|said|expressed|requested|asked|warned|welcomed|reiterated)\b|\s+and\s+(?:emphasizes|clarifies|reaffirms|decides|notes)\s+that|,\s+(?:you|he|she|they|we|i)\s+|,\s+(?:in|at)\s+[^,]{1,40}$/u.exec(
        slice,
      );
    return cut ? from + cut.index : end;
  };

  function reported(s: { start: number; end: number }) {
    const slice = text.slice(s.start, s.end);
    const body = slice.replace(/^[•\-*\s]+/, '');
    const bodyAt = s.start + (slice.length - body.length);
    // A resolution's operative verb at the start of a bullet ("Clarifies that …"): the Council's words.
    const bullet = /^(Clarifies|Emphasizes|Emphasises|Reaffirms|Notes|Stresses|Decides|Affirms|Confirms|Underlines|Recalls)\s+that\s+/.exec(body);
    if (bullet && ctx.council) {
      const from = bodyAt + bullet[0].length;
      add('REPORTED', from, clauseEnd(from, s.end), { speaker: ctx.council, speakerSpan: null, anonymous: false }, bullet[1]!);
    }
    // "allegations that …", "some claims previously that …".
    for (const m of slice.matchAll(NOUN_CUE)) {
      const at = s.start + m.index;
      if (inDirect(at)) continue;
      // "The Ministry … reports that": a verb after its subject, not a noun.
      if (spansWithin(ctx.mentions, at - 80, at).some((x) => /^\s*$/.test(text.slice(x.end, at)))) continue;
      const from = at + m[0].length;
      const subject = /^(you|he|she|they)\s+(?:have|has|had)?\s*made\b/i.exec(slice);
      const who: Speaker = subject
        ? (resolveSpeaker(s.start, s.start + subject[1]!.length) ?? { speaker: null, speakerSpan: null, anonymous: true })
        : { speaker: null, speakerSpan: null, anonymous: true };
      add('REPORTED', from, clauseEnd(from, s.end), who, m[1]!);
    }
    for (const m of slice.matchAll(CUE)) {
      const cueAt = s.start + m.index;
      const cueEnd = cueAt + m[0].length;
      const lastDirect = directSpans.length > 0 ? directSpans[directSpans.length - 1]! : null;
      if (inDirect(cueAt) || (lastDirect && lastDirect[1] <= cueAt && cueAt - lastDirect[1] < 80 && /^[\s,]*[^.]*$/.test(text.slice(lastDirect[1], cueAt))))
        continue;
      const cue = m[1]!.toLowerCase();
      const rest = text.slice(cueEnd, s.end);
      const that = /^\s+that\s+/.exec(rest);
      if (/^\s+to\b/.test(rest) || /^\s*[:"“‘]/.test(rest)) continue;
      if (LEXICON.thatOnlyCues.has(cue) && !that && !/^\s+(?:it|they|he|she|we|there)\b/.test(rest)) continue;
      const clauseFrom = cueEnd + (that ? that[0].length : 0);
      const clauseText = text.slice(clauseFrom, s.end).trim();
      const participle = /ing$/.test(cue) || /^point/.test(cue);
      // "X said (that) CLAUSE": the subject is what comes before the cue, back to a clause boundary.
      const before = text.slice(s.start, cueAt);
      const boundary = Math.max(before.lastIndexOf(', '), before.lastIndexOf(' that '), before.lastIndexOf('; '), before.lastIndexOf(': '));
      const relative = /,\s+which\s+$/.exec(before) ?? /\bwhich\s+$/.exec(before);
      let who: Speaker | null = null;
      if (participle) {
        who = [...out.slice(-8)].reverse().find((q) => q.start >= s.start && q.end <= cueAt) ?? null;
        if (!who) {
          const subject = spansWithin(ctx.mentions, s.start, cueAt)[0];
          who = subject ? { speaker: actorOf(subject), speakerSpan: subject, anonymous: false } : null;
        }
      } else if (relative) {
        const antecedent = before.slice(0, relative.index);
        const np = /(?:^|\b(?:reads|of|by|in)\s+)((?:an?|the)\s+[^,]+)$/.exec(antecedent);
        if (np) who = resolveSpeaker(s.start + np.index + np[0].length - np[1]!.length, s.start + antecedent.length);
        who ??= { speaker: null, speakerSpan: null, anonymous: true };
      } else {
        const from = boundary < 0 ? 0 : boundary + (before.startsWith(' that ', boundary) ? 6 : 2);
        const subject = before.slice(from);
        // "The Council, through the text, reaffirmed that …": the subject stands before the parenthesis.
        if (subject.trim() === '' && that) {
          const first = spansWithin(ctx.mentions, s.start, cueAt)[0];
          if (first) who = { speaker: actorOf(first), speakerSpan: first, anonymous: false };
        }
        if (/^\s*(?:it\s+(?:was|has\s+been|is)|was|were)\s*$/i.test(subject))
          who = ctx.council ? { speaker: ctx.council, speakerSpan: null, anonymous: false } : null;
        else if (who) {
          // found before the parenthesis
        } else if (
          !/\b(is|are|was|were|has|have|had|will|would|which|who|if|to)\b/i.test(subject.replace(/\s+(?:also|then|again)$/, '')) ||
          /^(?:you|he|she|they)$/i.test(subject.trim())
        ) {
          who = resolveSpeaker(s.start + from, cueAt);
        }
        // "CLAUSE, X said.": the clause before the comma.
        const tail = text.slice(cueEnd, s.end);
        if (
          who &&
          !that &&
          boundary >= 0 &&
          before[boundary] === ',' &&
          (clauseText.split(/\s+/).length < 3 || PREPOSITION_START.test(clauseText) || /^\s*,/.test(tail) || /^\s*[\p{Lu}]\p{Ll}+day\b/u.test(tail))
        ) {
          let clauseStart = s.start;
          const open = text.slice(s.start, s.start + boundary);
          const lead = /^(?:[\p{L}\s]{1,40}:\s+)/u.exec(open);
          if (lead) clauseStart += lead[0].length;
          add('REPORTED', clauseStart, s.start + boundary, who, m[1]!);
          continue;
        }
      }
      if (!who) continue;
      if (who.speakerSpan && FIRST_PERSON.test(who.speakerSpan.quote)) continue;
      if (clauseText.split(/\s+/).length < 3 || PREPOSITION_START.test(clauseText)) continue;
      add('REPORTED', clauseFrom, clauseEnd(clauseFrom, s.end), who, m[1]!);
    }
  }
  for (const e of events) e.run();
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Transcript turns: a paragraph that starts "Label Name:" is that person's turn. */
export function findTurns(text: string, ctx: QuotationContext): Turn[] {
  const turns: Turn[] = [];
  const re = /(^|\n)([^\n:]{3,80}):\s/g;
  for (const m of text.matchAll(re)) {
    const start = m.index + m[1]!.length;
    const labelEnd = start + m[2]!.length;
    const person = spansWithin(ctx.mentions, start, labelEnd)
      .filter((x) => x.via !== 'SUGGESTION' && isPerson(x, ctx.kinds))
      .pop();
    if (!person) continue;
    turns.push({ start, end: text.length, actor: actorOf(person) });
  }
  for (let i = 0; i + 1 < turns.length; i++) turns[i]!.end = turns[i + 1]!.start;
  return turns;
}
