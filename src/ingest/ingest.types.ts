// The ingestion pipeline's output: spans with UTF-16 offsets into the document's text, and the candidate facts they propose.

/** A range of the document's text: `text.slice(start, end) === quote` (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

/** How precisely a date is known (the seed's vocabulary). */
export type DatePrecision = 'DAY' | 'DAY_INFERRED' | 'WEEKDAY' | 'MONTH' | 'YEAR';

/** A date found in the text, resolved against the publication date. `value` is null for an unanchored weekday. */
export interface FoundDate extends Span {
  value: string | null;
  precision: DatePrecision;
  weekday?: string;
}

/** A name found in the text: resolved to an actor, or left unresolved with its choices (never a silent pick). */
export interface Mention extends Span {
  actorId: string | null;
  /** Actors the name may mean when it is ambiguous (empty when resolved or unknown). */
  choices: string[];
  /** Where the mention came from: the graph's names, a rule, or compromise's suggestions. */
  via: 'GAZETTEER' | 'RULE' | 'SUGGESTION';
  confidence: number;
  /** For a name the graph does not know: the name the new actor would get (the same for all its short forms). */
  proposedName?: string;
  /** For a name the graph does not know: the kind the rules suggest. */
  proposedKind?: 'PERSON' | 'ORGANIZATION';
}

/** The kinds of candidate fact a reviewer decides on. */
export type CandidateKind = 'ALLEGATION' | 'STATEMENT' | 'ACTOR' | 'RELATION' | 'RESOLUTION_LINK';

/** An actor a candidate names: a known actor (actorId) or a mention still to be resolved (name only). */
export interface NamedActor {
  actorId: string | null;
  name: string;
  role: string | null;
}

/**
 * One proposed fact with its evidence. Fields apply by kind:
 * ALLEGATION: claimant, named, topics, statedOn; STATEMENT (a denial or rebuttal): speaker, answersEvidence;
 * ACTOR: name, actorKind; RELATION: subject, object, relation, since, until; RESOLUTION_LINK: resolutionNumbers.
 */
export interface CandidateDraft {
  kind: CandidateKind;
  /** Where the text says it: the sentence or quotation (verified against the text before it is stored). */
  evidence: Span;
  confidence: number;
  /** The fact in words, for a reviewer. */
  summary: string;
  claimant?: NamedActor | null;
  /** True when the outlet itself asserts (the claimant is the publisher). */
  claimantIsPublisher?: boolean;
  named?: NamedActor[];
  topics?: string[];
  status?: 'ALLEGED' | 'DISPUTED' | 'DENIED' | 'CONFIRMED';
  statedOn?: FoundDate | null;
  speaker?: NamedActor | null;
  /** For a denial: the evidence span of the allegation candidate it answers (same document), if found. */
  answersEvidence?: Span | null;
  /** For a denial: the named party itself denies (the allegation becomes DENIED, else DISPUTED). */
  byNamedParty?: boolean;
  name?: string;
  actorKind?: 'STATE' | 'PERSON' | 'ORGANIZATION';
  subject?: NamedActor;
  object?: NamedActor;
  relation?: string;
  since?: FoundDate | null;
  until?: FoundDate | null;
  /** Resolution numbers a reference may mean, best first (one when the number is written). */
  resolutionNumbers?: number[];
  /** RESOLUTION_LINK, once accepted: the resolution the reviewer chose (store id). */
  resolutionKey?: string;
  /** ACTOR proposed for a mention (proposeActor): the mention (store id) an accept resolves to the new actor, and who proposed it. */
  mentionKey?: string;
  proposedBy?: string;
  /** ACTOR with a mention, once accepted: the actor the mention meant before (store id or null), restored on reopen. */
  mentionBefore?: string | null;
}

/** A quotation or reported speech with its attribution (PARC: source, cue, content). */
export interface Quotation extends Span {
  kind: 'DIRECT' | 'REPORTED';
  speaker: NamedActor | null;
  speakerSpan: Span | null;
  anonymous: boolean;
  cue: string | null;
}

/** A reference to a resolution: written (number set) or described (choices ranked). */
export interface ResolutionRef extends Span {
  number: number | null;
  choices: number[];
}

/** What the pipeline returns for one text. */
export interface Extraction {
  sentences: Array<{ start: number; end: number }>;
  mentions: Mention[];
  references: ResolutionRef[];
  dates: FoundDate[];
  quotations: Quotation[];
  candidates: CandidateDraft[];
}

/** A name the graph knows (seed, sanctions lists, member states, topics' aliases excluded), for the gazetteer. */
export interface KnownName {
  actorId: string;
  name: string;
  kind: 'STATE' | 'PERSON' | 'ORGANIZATION';
  /** How the name refers: a name (default), or a demonym or capital that names the state only when the sentence makes it an actor. */
  form?: 'NAME' | 'DEMONYM' | 'CAPITAL';
}

/** The input of the pipeline: the text, its publication date (YYYY-MM-DD or null), the graph's names and topics. */
export interface ExtractionInput {
  text: string;
  publishedOn: string | null;
  publisher: string | null;
  names: KnownName[];
  /** Topic keys with their names and aliases (seed/facts.json's topics). */
  topics: Array<{ key: string; names: string[] }>;
  /** Resolutions adopted near the publication date, for described references: number, adoption date, topic keys. */
  resolutions: Array<{ number: number; adoptedOn: string; topics: string[]; agenda?: string }>;
}
