// The rule engine that reads relations, dated events and other names of a list entry's subject from one sentence, with the patterns in src/text/patterns/*.json.
import { normaliseName } from '../names';
import relationPatterns from './patterns/sanctions-relations.json';
import eventPatterns from './patterns/sanctions-events.json';
import aliasPatterns from './patterns/alias-kinds.json';
import { nameAfter, nameBefore } from './name-phrases';
import { DATE_SOURCE, datesIn, parseDate, type TextDate } from './text-dates';
import { isPersonRef, maskSubject, namesSubject, subjectForms, subjectSpans } from './subject-names';

/** The relation types the sanctions comments state. */
export const SANCTIONS_RELATIONS = [
  'LEADER_OF',
  'LED_BY',
  'MEMBER_OF',
  'FOUNDED',
  'ASSOCIATED_WITH',
  'FORMERLY_ASSOCIATED_WITH',
  'FINANCIAL_LINK',
  'FACILITATOR_OF',
] as const;
export type SanctionsRelation = (typeof SANCTIONS_RELATIONS)[number];

/** Event types of a list entry's subject. */
export type SubjectEventType = 'DEATH' | 'ARREST' | 'DETENTION' | 'RELEASE' | 'DESIGNATION' | 'OTHER';

/** Kinds of name: of the subject (from the comments), or of an alias entry (from its markers). */
export type NameKind = 'ALIAS' | 'FORMER_NAME' | 'NOM_DE_GUERRE' | 'ORIGINAL_SCRIPT' | 'TRANSLITERATION' | 'FORMER_LISTING';

/** Who the sentence is about: the entry's reference and its names (primary and aliases). */
export interface SentenceSubject {
  ref: string | null;
  names: string[];
}

/** A tie of the subject to another party, with the rule that read it. */
export interface ReadRelation {
  type: SanctionsRelation;
  /** The party's name as the sentence writes it ("X" in "X, listed as Y (ref)"). */
  object: string;
  /** The party's list reference as written ("QDe.115", "QE.J.115.04."), or null. */
  objectRef: string | null;
  since: TextDate | null;
  until: TextDate | null;
  rules: string[];
}

/** An event of the subject, dated when the sentence dates it. */
export interface ReadEvent {
  type: SubjectEventType;
  date: TextDate | null;
  rule: string;
}

/** Another name of the subject stated in the sentence. */
export interface ReadAlias {
  text: string;
  kind: NameKind;
  rule: string;
}

interface Rule {
  id: string;
  re: RegExp;
}
interface Cue extends Rule {
  type: SanctionsRelation;
  inception: boolean;
  /** The party is named before the cue ("Al-Qaida’s affiliate"), not after it. */
  objectBefore: boolean;
  /** The cue counts only when what it belongs to (its `owner` group, else the name right before it) is the subject. */
  ownerIsSubject: boolean;
}

const withDate = (source: string) => source.replace(/DATE/g, DATE_SOURCE);
const compile = (source: string, flags = 'giu') => new RegExp(withDate(source), flags);

const CUES: Cue[] = relationPatterns.cues.map((c) => ({
  id: c.id,
  type: c.type as SanctionsRelation,
  re: compile(c.pattern),
  inception: 'inception' in c && c.inception === true,
  objectBefore: 'objectBefore' in c && c.objectBefore === true,
  ownerIsSubject: /\(\?<owner>/u.test(c.pattern) || ('ownerIsSubject' in c && c.ownerIsSubject === true),
}));
const NOT_A_PARTY = compile(relationPatterns.notAParty.pattern, 'iu');
const COMMON_NOUN = compile(relationPatterns.commonNoun.pattern, 'u');
const FORMER = compile(relationPatterns.former.pattern);
const BLOCKERS: Rule[] = relationPatterns.blockers.map((b) => ({ id: b.id, re: compile(b.pattern) }));
const NAMED_AS = compile(relationPatterns.namedAs.pattern, 'iu');
const APPOSITION = compile(relationPatterns.apposition.pattern, 'iu');
const APPOSITION_ROLE = compile(relationPatterns.apposition.role, 'iu');
const SINCE = compile(relationPatterns.dates.since);
const UNTIL = compile(relationPatterns.dates.until);
const RANGE = compile(relationPatterns.dates.range);
const INCEPTION = compile(relationPatterns.dates.inception);
const INCEPTION_VERB = compile(relationPatterns.dates.inceptionVerb, 'iu');
const LISTING_BASIS = compile(relationPatterns.listingBasis.pattern, 'iu');
const MODIFIER = compile(relationPatterns.modifier.pattern, 'u');
const MODIFIER_NAME = compile(relationPatterns.modifier.name, 'iu');
const INCLUDING = compile(relationPatterns.modifier.including, 'iu');
const OWN_ROLE = compile(relationPatterns.modifier.ownRole, 'iu');
const LEADER_NOUN = compile(relationPatterns.modifier.leaderNoun, 'u');
const FACILITATOR_NOUN = compile(relationPatterns.modifier.facilitatorNoun, 'u');
const FINANCIER_NOUN = compile(relationPatterns.modifier.financierNoun, 'u');
const AFTER_NAME = compile(relationPatterns.apposition.afterName, 'u');
const THIRD_PARTY_CLAUSE = compile(relationPatterns.thirdPartyClause.pattern, 'u');
const CLOSED_LIST = compile(relationPatterns.lists.closed, 'u');
const MEMBERS_LIST = compile(relationPatterns.lists.members, 'u');
const OBJECT_AFTER = compile(relationPatterns.objectAfter.pattern, 'iu');
const EVENT_LEAD = compile(eventPatterns.lead, 'iu');
const RELATIVE_TIME = compile(eventPatterns.relative.pattern, 'iu');
const END_BOUND = compile(eventPatterns.endBound.pattern, 'iu');
const RELATIVE_CLAUSE = compile(eventPatterns.relativeClause.pattern);
const OTHER_PREDICATE = compile(eventPatterns.otherPredicate.pattern, 'u');
const EVENTS = eventPatterns.events.map((e) => ({
  id: e.id,
  type: e.type as SubjectEventType,
  re: compile(e.pattern),
  anywhere: 'anywhere' in e && e.anywhere === true,
}));
const COMMENT_ALIASES = aliasPatterns.comments.map((a) => ({
  id: a.id,
  kind: a.kind as NameKind,
  subjectOnly: a.subjectOnly,
  readsName: a.pattern.includes('(?<name>NAME)'),
  re: compile(a.pattern.replace('(?<name>NAME)', '')),
}));
const SUBJECT_BEFORE = compile(aliasPatterns.subject.pattern, 'iu');
const COORDINATED = compile(aliasPatterns.subject.coordinated, 'iu');
const CLAUSE_SUBJECT = compile(aliasPatterns.subject.clauseSubject, 'iu');

/** A list reference: "QDe.115", "QDi.317", "QE.J.115.04.", "QI.A.4.01". */
export const LIST_REFERENCE = /\b(?:[A-Z]{2}[ie]\.\d{3,}|[A-Z]{1,2}[IE]\.[A-Z]\.\d+\.\d+\.?)/gu;

/** Names compared as `actor(name:)` compares them (normaliseName), bracketed parts ("(KTJ)") left out. */
export function nameKey(name: string): string {
  return normaliseName(name.replace(/\([^)]*\)/gu, ' '));
}

/** The sentence with its whitespace collapsed (the patterns read this form). */
export function collapse(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim();
}

/** `text` with every bracketed stretch blanked out (same length), so that dates and cues inside brackets are not read. */
function blankBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '(') depth++;
    out += depth > 0 ? ' '.repeat(c.length) : c;
    if (c === ')' && depth > 0) depth--;
  }
  return out;
}

/** Clauses of a sentence: split at ';' and at a full stop with no space after it ("(QDe.118).In custody"), not inside a reference. */
function clauses(text: string): Array<{ start: number; end: number }> {
  const masked = text.replace(LIST_REFERENCE, (r) => 'x'.repeat(r.length)).replace(/(?:\p{L}\.){2,}/gu, (r) => 'x'.repeat(r.length));
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of masked.matchAll(/;|\.(?=\p{Lu})/gu)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

interface Mention {
  name: string;
  ref: string | null;
  start: number;
  end: number;
  /** Types fixed by the pattern that found the mention (a possessive cue); otherwise read from the stretch before it. */
  fixed: SanctionsRelation[] | null;
  fixedRule: string | null;
  /** The party qualifies someone else ("a former TTP (QDe.132) commander"): no party of the subject. */
  modifier?: boolean;
}

/** What the rules know of the subject in one sentence: its name forms, the spans naming it, and the sentence with those masked. */
interface SubjectView {
  subject: SentenceSubject;
  text: string;
  forms: string[][];
  spans: Array<{ start: number; end: number }>;
  /** The sentence with the subject's names as grammatical subject replaced by "he"/"it" (same offsets). */
  masked: string;
}

function viewOf(text: string, subject: SentenceSubject): SubjectView {
  const forms = subjectForms(subject);
  const spans = subjectSpans(text, forms);
  return { subject, text, forms, spans, masked: maskSubject(text, subject, spans) };
}

interface CueMatch {
  cue: Cue;
  start: number;
  end: number;
}

const PREPOSITION_END = /\b(?:of|for|to|with|in|into)$/iu;

/** Every match of every cue, in order of position (read over the masked sentence: "Fazlullah led" reads as "he led"). */
function cueMatches(view: SubjectView): CueMatch[] {
  const text = view.text;
  const out: CueMatch[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (const m of view.masked.matchAll(cue.re)) {
      if (cue.ownerIsSubject) {
        const owner = m.groups?.owner;
        const ok =
          owner === undefined
            ? !/^['’]/u.test(m[0]) || view.spans.some((s) => /^\s*$/u.test(text.slice(s.end, m.index)) && s.end <= m.index)
            : /^(?:its|his|her|it|he|she)$/iu.test(owner) || namesSubject(owner, view.forms);
        if (!ok) continue;
      }
      // A cue with a leading separator ("led" after ", ") starts at its word.
      const lead = /^[\s,;]*(?:and\s+)?/iu.exec(m[0])![0].length;
      const start = m.index + lead;
      // "Al-I’tisaam Foundation, the media wing of ISIL": an apposition to another, unlisted party describes it.
      if (AFTER_NAME.test(view.masked.slice(0, m.index + (/^[\s,;]*/u.exec(m[0])?.[0].length ?? 0)))) continue;
      // A capitalised cue word after a capitalised word is part of a name ("Taliban Financial Commission").
      if (/^\p{Lu}/u.test(text.slice(start)) && /\p{Lu}[\p{L}\p{M}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "chief of staff and deputy to X": the cue's preposition governs a common noun, not X.
      if (PREPOSITION_END.test(m[0]) && COMMON_NOUN.test(text.slice(m.index + m[0].length))) continue;
      out.push({ cue, start, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The parties the sentence names: list references with the name before them, and names that follow a cue. */
function mentionsIn(text: string, cues: CueMatch[], view: SubjectView): Mention[] {
  const mentions: Mention[] = [];
  const cueEndBefore = (at: number) => Math.max(0, ...cues.filter((c) => c.end <= at).map((c) => c.end));
  for (const m of text.matchAll(LIST_REFERENCE)) {
    const ref = m[0];
    const before = text.slice(0, m.index);
    const open = before.lastIndexOf('(');
    const inBrackets = open >= 0 && before.lastIndexOf(')') < open;
    let end = m.index + ref.length;
    if (inBrackets) {
      const close = text.indexOf(')', end);
      end = close < 0 ? text.length : close + 1;
    }
    // A bracketed acronym after the reference belongs to the mention: "(QE.J.115.04.) (AQI)".
    const trailing = /^\s*\(\s*[\p{Lu}][\p{L}\-–/&.' ]*\)/u.exec(text.slice(end));
    if (trailing) end += trailing[0].length;
    const nameEnd = inBrackets ? open : m.index;
    const previous = mentions[mentions.length - 1];
    const limit = Math.max(cueEndBefore(nameEnd), previous && previous.end <= nameEnd ? previous.end : 0);
    let phrase = nameBefore(text, nameEnd, limit);
    if (phrase) {
      // "X, listed as Y (ref)": the party is X.
      const namedAs = NAMED_AS.exec(text.slice(limit, phrase.start));
      if (namedAs) phrase = nameBefore(text, limit + namedAs.index, limit) ?? phrase;
    }
    if (previous && previous.end > (phrase?.start ?? nameEnd)) continue;
    const name = phrase?.name ?? ref;
    const start = phrase?.start ?? m.index;
    let modifier = MODIFIER.test(text.slice(end)) || MODIFIER_NAME.test(name);
    let fixed: SanctionsRelation[] | null = null;
    // "has been a senior Jemaah Islamiyah (QDe.092) leader": the role is the subject's own.
    const after = text.slice(end);
    if (modifier && MODIFIER.test(after) && OWN_ROLE.test(text.slice(0, start))) {
      modifier = false;
      if (LEADER_NOUN.test(after)) fixed = ['LEADER_OF'];
      else if (FACILITATOR_NOUN.test(after)) fixed = ['FACILITATOR_OF'];
      else if (FINANCIER_NOUN.test(after)) fixed = ['FINANCIAL_LINK'];
      else if (/^\s+(?:[\p{Ll}-]+\s+)?(?:groups|organi[sz]ations|networks|elements|entities|cells|factions)\b/u.test(after)) modifier = true;
      else fixed = ['MEMBER_OF'];
    }
    mentions.push({ name, ref, start, end, fixed, fixedRule: fixed ? 'own-role' : null, modifier });
  }
  // Names after cues that no reference names, and names joined to them by "and" or a comma.
  const overlaps = (start: number, end: number) => mentions.some((x) => start < x.end && end > x.start);
  for (const c of cues) {
    if (c.cue.objectBefore) {
      // A party named (with its reference) right before the cue: "Radulan Sahiron (QDi.208) became the new ASG leader".
      const named = mentions.find((x) => x.end <= c.start && /^[\s,]*$/u.test(text.slice(x.end, c.start)));
      if (named) {
        named.fixed ??= [c.cue.type];
        named.fixedRule ??= c.cue.id;
        continue;
      }
      const phrase = nameBefore(text, c.start, cueEndBefore(c.start));
      if (!phrase || overlaps(phrase.start, phrase.end)) continue;
      // "Baitullah Mehsud, TTP’s leader at the time, …": the role describes the party before the comma. It leads the
      // subject when the subject is the owner; otherwise it is a tie between two other parties.
      const comma = /,\s*(?:the\s+)?$/iu.exec(text.slice(0, phrase.start));
      if (comma && /['’]s/u.test(text.slice(c.start, c.end))) {
        if (c.cue.type !== 'LEADER_OF' || !view.spans.some((s) => s.start <= phrase.start && s.end >= phrase.end)) continue;
        const described = mentions.find((x) => x.end === comma.index) ?? null;
        const before = described ? null : nameBefore(text, comma.index);
        const stretch = blankBrackets(text.slice(c.start, (text.indexOf(',', c.end) + 1 || text.length + 1) - 1));
        FORMER.lastIndex = 0;
        const type: SanctionsRelation = FORMER.test(stretch) ? 'FORMERLY_ASSOCIATED_WITH' : 'LED_BY';
        if (described) {
          described.fixed = [type];
          described.fixedRule = c.cue.id;
        } else if (before && !overlaps(before.start, before.end)) {
          mentions.push({ name: before.name, ref: null, start: before.start, end: before.end, fixed: [type], fixedRule: c.cue.id });
        }
        continue;
      }
      mentions.push({ name: phrase.name, ref: null, start: phrase.start, end: phrase.end, fixed: [c.cue.type], fixedRule: c.cue.id });
      continue;
    }
    // "support to X", "funds for X": the preposition after a cue leads to the party.
    const preposition = /^\s*(?:to|for|with|of|from|into|in)\b/iu.exec(text.slice(c.end)) ?? OBJECT_AFTER.exec(text.slice(c.end));
    let phrase = nameAfter(text, c.end + (preposition ? preposition[0].length : 0));
    // "leader of the Taliban’s Military Council": the party is the council, not the Taliban.
    if (phrase?.possessive) continue;
    while (phrase && !overlaps(phrase.start, phrase.end) && !cues.some((o) => o !== c && o.start < phrase!.end && o.end > phrase!.start)) {
      mentions.push({ name: phrase.name, ref: null, start: phrase.start, end: phrase.end, fixed: null, fixedRule: null });
      const rest = text.slice(phrase.end);
      // "and" joins another party; a bare comma only inside a list that "and" closes (else a place or a description
      // follows: "Embassy in Riyadh, Saudi Arabia").
      let join = /^(?:\s*\([^)]*\))*(?:\s*,\s*and\s+|\s+and\s+)(?=(?:the\s+)?\p{Lu})/iu.exec(rest);
      if (!join) {
        const comma = /^(?:\s*\([^)]*\))*\s*,\s*(?=(?:the\s+)?\p{Lu})/u.exec(rest);
        if (comma && CLOSED_LIST.test(rest.slice(comma[0].length).split(/[;]/u)[0]!)) join = comma;
      }
      if (!join) break;
      phrase = nameAfter(text, phrase.end + join[0].length);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A bare acronym that an earlier mention gives in brackets ("Jemaah Islamiyah (JI, QDe.092) … a senior figure of JI",
 * also "ISIL in Syria" after "(ISIL)") is that mention's party: it takes its name and list reference.
 */
function resolveAcronyms(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.ref) continue;
    const key = nameKey(m.name);
    const owner = mentions.find(
      (o) =>
        o.ref &&
        o.end <= m.start &&
        [...text.slice(o.start, o.end).matchAll(/\(([^()]+)\)/gu)].some((b) =>
          b[1]!.split(/\s*,\s*/u).some((part) => {
            const acronym = nameKey(part);
            return /^\p{Lu}{2,}$/u.test(part.trim()) && (key === acronym || key.startsWith(`${acronym} in `));
          }),
        ),
    );
    if (owner) {
      m.ref = owner.ref;
      m.name = owner.name;
    }
  }
}

/** Whether a name is the subject's own (one of its names, or an acronym it gives in brackets: "AFGHAN SUPPORT COMMITTEE (ASC)"). */
function isSubject(mention: Mention, view: SubjectView, normRef: (r: string) => string): boolean {
  const subject = view.subject;
  if (mention.ref && subject.ref && normRef(mention.ref) === normRef(subject.ref)) return true;
  if (mention.ref) return false;
  const key = nameKey(mention.name);
  const acronyms = subject.names.flatMap((n) => [...n.matchAll(/\(([^)]+)\)/gu)].map((m) => nameKey(m[1]!)));
  // A person's short forms ("Fazlullah") and an entity's initials ("ASG"); an entity's other names only as listed.
  const forms = subject.ref && isPersonRef(subject.ref) ? view.forms : view.forms.filter((f) => f.length === 1);
  return key.length > 0 && (subject.names.some((n) => nameKey(n) === key) || acronyms.includes(key) || namesSubject(mention.name, forms));
}

/** The relation types the cues in one stretch give to the party after it. */
function typesFrom(text: string, cues: CueMatch[], from: number, to: number): { types: SanctionsRelation[]; rules: string[] } {
  const zone = text.slice(from, to);
  const blanked = blankBrackets(zone);
  const blockedFrom = Math.min(to, ...BLOCKERS.flatMap((b) => [...blanked.matchAll(b.re)].map((m) => from + m.index)));
  let inZone = cues.filter((c) => c.start >= from && c.end <= to && c.start < blockedFrom && !c.cue.objectBefore);
  inZone = inZone.filter((c) => blanked.slice(c.start - from, c.end - from).trim() !== '');
  // "leader of local affiliates of X": a cue ending in a preposition gives way to the cue right after it.
  inZone = inZone.filter((c, i) => {
    const next = inZone.slice(i + 1).find((o) => o.start >= c.end);
    if (!next || !PREPOSITION_END.test(text.slice(c.start, c.end))) return true;
    const gap = text.slice(c.end, next.start);
    return !(/^\s*(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u.test(gap) && !/\band\b|,/u.test(gap));
  });
  let types = [...new Set(inZone.map((c) => c.cue.type))];
  const rules = [...new Set(inZone.map((c) => c.cue.id))];
  FORMER.lastIndex = 0;
  if (types.length > 0 && FORMER.test(blanked.slice(0, Math.max(0, blockedFrom - from)))) {
    types = ['FORMERLY_ASSOCIATED_WITH'];
    rules.push('former');
  }
  if (types.length > 1) types = types.filter((t) => t !== 'ASSOCIATED_WITH');
  // A leader of X is not also read as a member of X ("belongs to the leadership and is the finance chief of X").
  if (types.includes('LEADER_OF') && rules.includes('leadership-of')) types = types.filter((t) => t !== 'MEMBER_OF');
  return { types, rules };
}

/**
 * The relations one sentence states between the subject and other parties. `normRef` makes list references comparable
 * (old and new forms of the same entry).
 */
export function readRelations(sentence: string, subject: SentenceSubject, normRef: (ref: string) => string = (r) => r): ReadRelation[] {
  const text = collapse(sentence);
  const view = viewOf(text, subject);
  let cues = cueMatches(view);
  // A listing-basis sentence: the quoted criteria are the resolution's words, not cues.
  const basis = LISTING_BASIS.exec(text);
  if (basis) {
    const quoted = [...text.matchAll(/[“"][^”"]*[”"]/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    cues = cues.filter((c) => !quoted.some((q) => c.start >= q.start && c.end <= q.end));
  }
  const mentions = mentionsIn(text, cues, view);
  resolveAcronyms(text, mentions);
  const clauseParts = clauses(text);
  const found: Array<{ mention: Mention; type: SanctionsRelation; rules: string[]; inception: boolean }> = [];
  let previous: { mention: Mention; types: SanctionsRelation[]; rules: string[]; appositive: boolean } | null = null;
  const subjectIsPerson = subject.ref ? isPersonRef(subject.ref) : false;
  /** Stretches that describe another party (from the comma before an apposition to the comma after its party): their dates are not the subject's. */
  const appositions: Array<{ start: number; end: number }> = [];
  for (const mention of mentions) {
    let types: SanctionsRelation[] = [];
    let rules: string[] = [];
    let appositive = false;
    if (mention.fixed) {
      types = mention.fixed;
      rules = [mention.fixedRule ?? ''];
    } else {
      const from = previous ? previous.mention.end : 0;
      const zone = text.slice(from, mention.start);
      const read = typesFrom(text, cues, from, mention.start);
      const joined = blankBrackets(zone).replace(/\s+/g, ' ');
      if (previous && (/^\s*(?:,\s*)?(?:and|or|as well as|&)?\s*(?:the\s+)?$/iu.test(joined) || MEMBERS_LIST.test(joined))) {
        ({ types, rules, appositive } = previous);
      } else if (previous?.mention.modifier && INCLUDING.test(zone)) {
        // "facilitator of Al-Qaida-related (QDe.004) groups …, including X": the cue meant X.
        ({ types, rules } = previous);
      } else if (previous && APPOSITION.test(zone)) {
        // A role ("leader of") describes a person only: after an entity it is the subject's own role.
        const role = read.types.includes('LEADER_OF') && APPOSITION_ROLE.test(zone);
        const previousIsPerson = previous.mention.ref ? isPersonRef(previous.mention.ref) : true;
        if (role && !previousIsPerson) ({ types, rules } = read);
        else {
          appositive = true;
          const comma = text.indexOf(',', mention.end);
          appositions.push({ start: previous.mention.end, end: comma < 0 ? text.length : comma });
          if (role && isSubject(mention, view, normRef) && !isSubject(previous.mention, view, normRef)) {
            found.push({ mention: previous.mention, type: 'LED_BY', rules: ['apposition', ...read.rules], inception: false });
          }
        }
      } else ({ types, rules } = read);
      if (types.length === 0 && basis && mention.ref && mention.start > basis.index) {
        types = ['ASSOCIATED_WITH'];
        rules = ['listing-basis'];
      }
    }
    // "elected as the new commander of X on D", "assumed the position of X’s leader in D": the tie begins then.
    INCEPTION_VERB.lastIndex = 0;
    const begins = INCEPTION_VERB.test(view.masked.slice(previous ? previous.mention.end : 0, mention.start));
    const clause = clauseParts.find((p) => mention.start >= p.start && mention.start < p.end);
    const otherActor = !mention.fixed && clause !== undefined && THIRD_PARTY_CLAUSE.test(view.masked.slice(clause.start, clause.end));
    const party = (mention.ref !== null || !NOT_A_PARTY.test(mention.name)) && !mention.modifier && !otherActor;
    if (party && !isSubject(mention, view, normRef)) {
      // A person cannot be led or joined: the tie to an individual's entry is an association.
      const toPerson = mention.ref !== null && isPersonRef(mention.ref);
      const kept = toPerson ? [...new Set(types.map((t) => (t === 'LEADER_OF' || t === 'MEMBER_OF' ? 'ASSOCIATED_WITH' : t)))] : types;
      for (const type of kept.length > 1 ? kept.filter((t) => t !== 'ASSOCIATED_WITH') : kept) {
        // Only an entity is led.
        if (type === 'LED_BY' && subjectIsPerson) continue;
        const inception = begins || rules.some((r) => CUES.find((c) => c.id === r)?.inception && CUES.find((c) => c.id === r)?.type === type);
        found.push({ mention, type, rules, inception });
      }
    }
    previous = { mention, types, rules, appositive };
  }

  // Dates bound the relations of their clause.
  let blanked = blankBrackets(text);
  for (const a of appositions) blanked = blanked.slice(0, a.start) + ' '.repeat(a.end - a.start) + blanked.slice(a.end);
  // A relative clause (", which … in Feb. 2012,") dates what it describes.
  blanked = blanked.replace(/,\s*(?:which|who|whose)\b[^,;]*/gu, (r) => ' '.repeat(r.length));
  const parts = clauses(text);
  const relations = new Map<string, ReadRelation>();
  for (const f of found) {
    const clause = parts.find((p) => f.mention.start >= p.start && f.mention.start < p.end) ?? { start: 0, end: text.length };
    const part = blanked.slice(clause.start, clause.end);
    const first = (re: RegExp, group: string, from = 0) => {
      re.lastIndex = 0;
      const m = re.exec(part.slice(from));
      const value = m?.groups?.[group];
      return value ? parseDate(value) : null;
    };
    let since = first(RANGE, 'since') ?? first(SINCE, 'date');
    const until = first(RANGE, 'until') ?? first(UNTIL, 'date');
    // The date that begins a tie comes after its party ("joined X in 2013"), else anywhere in the clause ("In 2017, it created X").
    if (!since && f.inception) since = first(INCEPTION, 'date', f.mention.start - clause.start) ?? first(INCEPTION, 'date');
    const key = `${f.type}|${f.mention.ref ? normRef(f.mention.ref) : nameKey(f.mention.name)}`;
    if (relations.has(key)) continue;
    const objectRef = f.mention.ref ? f.mention.ref.replace(/\.$/u, '') : null;
    relations.set(key, { type: f.type, object: f.mention.name, objectRef, since, until, rules: f.rules });
  }
  return [...relations.values()];
}

/** The dated events of the subject that one sentence states (the subject, when given, may be named: "Fazlullah died…"). */
export function readEvents(sentence: string, subject?: SentenceSubject): ReadEvent[] {
  const plain = collapse(sentence);
  const text = blankBrackets(subject ? maskSubject(plain, subject) : plain);
  const events: ReadEvent[] = [];
  for (const clause of clauses(text)) {
    const part = text.slice(clause.start, clause.end);
    const cues: Array<{ id: string; type: SubjectEventType; start: number; end: number }> = [];
    for (const e of EVENTS) {
      e.re.lastIndex = 0;
      for (const m of part.matchAll(e.re)) {
        if (!e.anywhere && !EVENT_LEAD.test(part.slice(0, m.index))) continue;
        cues.push({ id: e.id, type: e.type, start: m.index, end: m.index + m[0].length });
      }
    }
    cues.sort((a, b) => a.start - b.start);
    const relative = [...part.matchAll(RELATIVE_CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const dates = datesIn(part).filter((d) => !END_BOUND.test(part.slice(0, d.start)) && !relative.some((r) => d.start >= r.start && d.end <= r.end));
    cues.forEach((cue, i) => {
      const next = cues[i + 1]?.start ?? part.length;
      const before = [...dates].reverse().find((d) => d.end <= cue.start);
      const date =
        dates.find((d) => d.start >= cue.end && d.start < next && !OTHER_PREDICATE.test(part.slice(cue.end, d.start))) ??
        (before && !RELATIVE_TIME.test(part.slice(before.end, cue.start)) ? before : null);
      const value = date ? { value: date.value, precision: date.precision } : null;
      if (!events.some((e) => e.type === cue.type && e.date?.value === value?.value)) events.push({ type: cue.type, date: value, rule: cue.id });
    });
  }
  return events;
}

/** The other names of the subject that one sentence states ("formerly known as X", "changed its name to X"…). */
export function readAliases(sentence: string, subject: SentenceSubject): ReadAlias[] {
  const text = collapse(sentence);
  const masked = maskSubject(text, subject);
  const out: ReadAlias[] = [];
  const subjectKeys = subject.names.map(nameKey).filter((k) => k.length > 0);
  const primary = subjectKeys[0];
  for (const clause of clauses(text)) {
    const part = text.slice(clause.start, clause.end);
    for (const rule of COMMENT_ALIASES) {
      rule.re.lastIndex = 0;
      for (const m of part.matchAll(rule.re)) {
        if (rule.subjectOnly) {
          const before = part.slice(0, m.index);
          const maskedBefore = masked.slice(clause.start, clause.start + m.index);
          const bare = before.replace(/[\s(]+$/u, '');
          const namedBefore = subjectKeys.some((k) => nameKey(bare).endsWith(k) && (nameKey(bare) === k || nameKey(bare).endsWith(` ${k}`)));
          // "In 2015 it joined X, and one year later took the name of Y": a predicate joined to the subject's clause.
          const coordinated = COORDINATED.test(maskedBefore) && CLAUSE_SUBJECT.test(maskedBefore);
          if (!SUBJECT_BEFORE.test(before) && !SUBJECT_BEFORE.test(maskedBefore) && !namedBefore && !coordinated) continue;
        }
        const name = rule.readsName ? nameAfter(part, m.index + m[0].length)?.name : m.groups?.name?.trim();
        if (!name || nameKey(name) === primary) continue;
        if (!out.some((a) => nameKey(a.text) === nameKey(name))) out.push({ text: name, kind: rule.kind, rule: rule.id });
      }
    }
  }
  return out;
}
