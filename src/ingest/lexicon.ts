// The ingestion rules' word lists (lexicon.data.json, member-states.data.json, allegation-triggers.data.json), typed and as sets.
import lexiconData from './lexicon.data.json';
import memberStatesData from './member-states.data.json';
import triggersData from './allegation-triggers.data.json';

/** One UN member state: its UN short name, other names, demonyms and capitals. */
export interface MemberState {
  iso3: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

/** A trigger of an allegation: a pattern over the sentence (case-insensitive) and the role it gives the actor it names. */
export interface RoleTrigger {
  role: string;
  /** A regular expression source; `{X}` stands for the actor's mention. */
  pattern: string;
}

const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

/** The word lists, as sets (lower case). */
export const LEXICON = {
  cueVerbs: set(lexiconData.cueVerbs),
  cueNouns: set(lexiconData.cueNouns),
  thatOnlyCues: set(lexiconData.thatOnlyCues),
  anonymousHeads: set(lexiconData.anonymousHeads),
  bodyHeads: set(lexiconData.bodyHeads),
  pronouns: set(lexiconData.pronouns),
  stateHeads: set(lexiconData.stateHeads),
  spanHeads: set(lexiconData.spanHeads),
  auxiliaries: set(lexiconData.auxiliaries),
  titles: set(lexiconData.titles),
  titleWords: set(lexiconData.titleWords),
  orgHeads: set(lexiconData.orgHeads),
  notNames: set(lexiconData.notNames),
};

/** The cue verbs as one alternation for regular expressions (longest first). */
export const CUE_ALTERNATION = [...LEXICON.cueVerbs]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');

/** The 193 UN member states. */
export const MEMBER_STATES: MemberState[] = memberStatesData.states;

/** Allegation triggers: the wrongful acts a sentence must name, the measures that make it policy, and roles. */
export const TRIGGERS = triggersData as {
  acts: string[];
  measures: string[];
  denials: string[];
  roles: RoleTrigger[];
  topics: Record<string, string[]>;
};
