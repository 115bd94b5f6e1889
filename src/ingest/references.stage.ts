// References to Security Council resolutions (by number, by symbol, or described: "the resolution", "a legally binding resolution") and meeting records.
import type { ExtractionInput, FoundDate, ResolutionRef, Span } from './ingest.types';

/** A meeting record cited by symbol (S/PV.7587). */
export interface MeetingRef extends Span {
  symbol: string;
}

const NUMBERED = /\b(?:[Rr]esolutions?|RESOLUTION)\s+(\d{2,4})(?:\s*\((\d{4})\))?|\bS\/RES\/(\d{1,4})(?:\s*\((\d{4})\))?/g;
const DESCRIBED =
  /\b(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch an?|[Aa]n?|[Ii]ts|UN|U\.N\.|[Tt]he\s+(?:Security\s+)?Council['’]s)\s+)((?:(?!(?:resolution|the|a|an|this|that|such|its|of|on|to|in|by|and|or|for|with|which|was|is|has|had|will|despite|while|as|but|if|after|before|since|when)\b)[\w’'-]+\s+){0,3}?)[Rr]esolution\b(?!s)(?!\s+(?:\d|S\/RES))/g;
const MEETING = /\bS\/PV\.\d+(?:\s*\((?:Resumption\s*\d*|Part\s*\w+)\))?/g;
const LOOKS_AHEAD = /\b(will|would|draft\w*|prepar\w*|push\w*|hope\w*|expected|plan\w*|propos\w*|seek\w*|aim\w*|coming)\b/i;
const ADOPTION = /\badopt(?:ed|ing|s)?\b|\bpass(?:ed|ing)\b|\bapproved\b|\bvoted\b/i;
/** Premodifier words that do not fit a resolution NP ("the draft resolution" is still a resolution; "the 15-member" is not). */
const NOT_PREMODIFIER =
  /^(of|on|to|in|by|and|or|for|with|which|that|this|the|a|an|such|was|is|has|had|will|its|despite|while|as|but|if|after|before|since|because|although|though|than|so|when)$/i;
/** A reference that names another resolution in passing ("related Resolution 2199") is not what "the resolution" goes back to. */
const SECONDARY = /\b(related|previous|earlier|recalling|recalled|recalls|implementing|preceding|prior)\s+(?:UN\s+|Security\s+Council\s+)*$/i;
/** Words that tie an agenda title to what a text says about its resolutions. */
const AGENDA_WORDS: Record<string, string[]> = {
  'non-proliferation': ['nuclear', 'atomic', 'uranium', 'enrichment', 'proliferation', 'missile'],
  terrorist: ['terrorism', 'terrorist', 'terrorists', 'isil', 'isis', 'qaida', 'qaeda', 'nusra', 'militants'],
};
const GENERIC = new Set([
  'united',
  'nations',
  'security',
  'council',
  'letter',
  'dated',
  'from',
  'permanent',
  'representative',
  'president',
  'addressed',
  'situation',
  'report',
  'secretary',
  'general',
  'international',
  'peace',
  'threats',
  'caused',
  'concerning',
  'question',
  'items',
  'relating',
  'maintenance',
]);

/** A word's folded form for topic overlap. */
const wordsOf = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * Resolution references in `text` (inside the given sentences). A written number or symbol is one resolution. A
 * described one ("the resolution", "a 104-page resolution") gets ranked choices, never one silent pick: first the
 * resolution it stands beside (an apposition "Resolution 2170 (2014), the Council's first major resolution"), then
 * resolutions adopted on a date the sentence or the one before gives, or near the publication date when the sentence
 * speaks of adopting one, ranked by topic overlap, then the document's main numbered resolution (most cited, first).
 */
export function findReferences(
  text: string,
  sentences: Array<{ start: number; end: number }>,
  dates: FoundDate[],
  input: Pick<ExtractionInput, 'publishedOn' | 'resolutions' | 'topics'>,
): { references: ResolutionRef[]; meetings: MeetingRef[] } {
  const refs: ResolutionRef[] = [];
  const meetings: MeetingRef[] = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    for (const m of slice.matchAll(NUMBERED)) {
      const number = Number(m[1] ?? m[3]);
      const start = s.start + m.index;
      // A symbol inside a web address is not a reference.
      if (/[/\w]$/.test(text.slice(Math.max(0, start - 1), start)) && text[start - 1] === '/') continue;
      refs.push({ start, end: start + m[0].length, quote: m[0], number, choices: [number] });
    }
    for (const m of slice.matchAll(DESCRIBED)) {
      const pre = (m[1] ?? '').trim();
      if (pre && pre.split(/\s+/).some((w) => NOT_PREMODIFIER.test(w))) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (refs.some((r) => r.start < end && start < r.end)) continue;
      refs.push({ start, end, quote: text.slice(start, end), number: null, choices: [] });
    }
    for (const m of slice.matchAll(MEETING)) {
      const start = s.start + m.index;
      meetings.push({ start, end: start + m[0].length, quote: m[0], symbol: m[0].replace(/\s+/g, '') });
    }
  }
  refs.sort((a, b) => a.start - b.start);
  // The document's numbered resolutions, most cited first, ties by first mention.
  const counts = new Map<number, { n: number; first: number }>();
  for (const r of refs) if (r.number !== null) counts.set(r.number, { n: (counts.get(r.number)?.n ?? 0) + 1, first: counts.get(r.number)?.first ?? r.start });
  const main = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([n]) => n);
  const sentenceOf = (at: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= at) lo = mid + 1;
      else if (sentences[mid]!.start > at) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  let docTopics: Set<string> | null = null;
  let docWords: Set<string> | null = null;
  let primary: ResolutionRef | null = null;
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!;
    const secondary = SECONDARY.test(text.slice(Math.max(0, r.start - 40), r.start));
    if (r.number !== null) {
      if (!secondary) primary = r;
      continue;
    }
    const choices: number[] = [];
    const add = (n: number) => !choices.includes(n) && choices.push(n);
    // Apposition: a numbered reference just before ("…Resolution 2170 (2014), the Council's first major resolution").
    const prev = refs[i - 1];
    if (prev && prev.number !== null && /^\s*,\s*$/.test(text.slice(prev.end, r.start))) add(prev.number);
    // "The resolution", "this resolution": the resolution the text last spoke of.
    const definite = /^(the|this|that|such|its)\b/i.test(r.quote);
    if (definite && primary) for (const n of primary.number !== null ? [primary.number] : primary.choices.slice(0, 1)) add(n);
    const si = sentenceOf(r.start);
    const sentence = si >= 0 ? sentences[si]! : { start: r.start, end: r.end };
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (main.length === 0 && input.resolutions.length > 0) {
      // Adopted on a day the sentence (or the one before) gives, or about the publication date.
      const near = dates.filter((d) => d.value && d.value.length === 10 && d.start >= (sentences[si - 1]?.start ?? sentence.start) && d.end <= sentence.end);
      const windows: Array<[string, number, number, number]> = near.map((d) => [d.value!, 0, 10, 5]);
      if (input.publishedOn) windows.push([input.publishedOn, ADOPTION.test(sentenceText) ? -7 : -30, 30, 0]);
      const context = wordsOf(text.slice(sentences[si - 1]?.start ?? sentence.start, sentence.end));
      const lowered = sentenceText.toLowerCase();
      const topicKeys = new Set(input.topics.filter((t) => t.names.some((name) => lowered.includes(name.toLowerCase()))).map((t) => t.key));
      if (!docTopics || !docWords) {
        const docText = text.toLowerCase();
        docTopics = new Set(input.topics.filter((t) => t.names.some((name) => docText.includes(name.toLowerCase()))).map((t) => t.key));
        docWords = wordsOf(text);
      }
      const [topicsOfText, wordsOfText] = [docTopics, docWords];
      const scored: Array<{ number: number; score: number }> = [];
      for (const res of input.resolutions) {
        let best = -Infinity;
        for (const [day, before, after, bonus] of windows) {
          const diff = (Date.parse(res.adoptedOn) - Date.parse(day)) / 86_400_000;
          if (diff < before || diff > after) continue;
          best = Math.max(best, bonus + 3 - Math.abs(diff) / 10);
        }
        if (best === -Infinity) continue;
        // A resolution adopted after publication only for a text that looks ahead ("is drafting", "will focus").
        if (input.publishedOn && res.adoptedOn > input.publishedOn && !LOOKS_AHEAD.test(sentenceText)) continue;
        let topical = 0;
        for (const t of res.topics) topical += (topicKeys.has(t) ? 2 : 0) + (topicsOfText.has(t) ? 1 : 0);
        const agenda = (res.agenda ?? '').toLowerCase();
        for (const w of wordsOf(agenda)) if (!GENERIC.has(w) && context.has(w)) topical += 2;
        for (const [key, words] of Object.entries(AGENDA_WORDS)) if (agenda.includes(key) && words.some((w) => wordsOfText.has(w))) topical += 3;
        // Only resolutions whose subject the text speaks of: a described resolution with none stays unidentified.
        if (topical > 0) scored.push({ number: res.number, score: best + topical });
      }
      scored.sort((a, b) => b.score - a.score || a.number - b.number);
      for (const c of scored) add(c.number);
    }
    for (const n of main) add(n);
    r.choices = choices;
    if (!secondary) primary = r;
  }
  return { references: refs, meetings };
}
