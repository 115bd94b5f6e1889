// The write API (ingestDocument, acceptCandidate, rejectCandidate, reopenCandidate; roles checked by the authChecker), the review queue, and the fields of Candidate and Document.mentions.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { INGEST_ROLES, REVIEW_ROLES } from '../auth/auth-checker';
import { extractInPool } from '../ingest/ingest-pool';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { fromGlobalId, storeId, toGlobalId, type NodeType } from '../ids';
import type { NamedActor as DraftActor, FoundDate } from '../ingest/ingest.types';
import {
  acceptCandidate,
  decisionsOf,
  ingestDocument,
  mentionsOf,
  rejectCandidate,
  reopenCandidate,
  reviewQueue,
  type CandidateEditInput,
  type CandidateRecord,
  type DecisionRecord,
  type Extractor,
  type MentionRecord,
  type PartyRef,
  mentionDecisionsOf,
  proposeActor,
  resolveMention,
} from '../repo/candidate.repo';
import { documentOf } from '../repo/document.repo';
import { loadPresent, nodeOrNull } from '../repo/loaders';
import { actorNodes, allegationNodes, resolutionNodes } from '../repo/nodes';
import type { ActorRecord, AllegationRecord, DocumentRecord, EvidenceRecord, ResolutionRecord } from '../repo/records';
import { Actor, ActorRelation } from './actor.type';
import { Allegation } from './allegation.type';
import {
  Candidate,
  CandidateActor,
  CandidateConnection,
  CandidateDate,
  CandidateEdit,
  CandidateKind,
  CandidateStatus,
  Decision,
  IngestInput,
  IngestResult,
  Mention,
} from './candidate.type';
import { Document, Evidence } from './document.type';
import { PageArgs } from './list.type';
import { selectedFields } from './selection';
import { ActorKind, Role } from './node.type';
import { Resolution } from './resolution.type';

/** The roles a named actor may have. */
const ROLES: ReadonlySet<string> = new Set(Object.values(Role));

/** The pipeline the server runs: in the ingestion worker pool, off the event loop. */
let extractor: Extractor = extractInPool;

/** Sets the pipeline ingestDocument runs (tests of the write path with a hand-labelled extraction). */
export function useExtractor(extract: Extractor): void {
  extractor = extract;
}

/** A store id of `type` from a GraphQL id; BAD_USER_INPUT naming the argument otherwise. */
function keyOf(globalId: string, type: NodeType, argumentName: string): string {
  const { type: found, id } = fromGlobalId(globalId);
  if (found !== type)
    throw new BadUserInputError(`"${argumentName}" must be the id of ${type === 'Actor' ? 'an' : 'a'} ${type}, got one of a ${found}`, { argumentName });
  return id;
}

/** The edit with its ids as store ids, checked to be of the right types. */
function editInput(edit: CandidateEdit | null | undefined): CandidateEditInput | null {
  if (!edit) return null;
  return {
    summary: edit.summary ?? null,
    claimantKey: edit.claimant ? keyOf(edit.claimant, 'Actor', 'edit.claimant') : null,
    named: edit.roles ? edit.roles.map((r) => ({ actorKey: keyOf(r.actor, 'Actor', 'edit.roles.actor'), role: r.role })) : null,
    topics: edit.topics ?? null,
    status: edit.status ?? null,
    statedOn: dayOf(edit.statedOn),
    statedOnPrecision: edit.statedOnPrecision ?? null,
    speakerKey: edit.speaker ? keyOf(edit.speaker, 'Actor', 'edit.speaker') : null,
    answersKey: edit.answers ? keyOf(edit.answers, 'Allegation', 'edit.answers') : null,
    name: edit.name ?? null,
    actorKind: edit.actorKind ?? null,
    relation: edit.relation ?? null,
    subject: edit.subject ? partyRef(edit.subject, 'edit.subject') : null,
    object: edit.object ? partyRef(edit.object, 'edit.object') : null,
    since: edit.since ?? null,
    until: edit.until ?? null,
    resolutionKey: edit.resolution ? keyOf(edit.resolution, 'Resolution', 'edit.resolution') : null,
  };
}

/** A party a reviewer names: an actor's id (it must be one) or, when the value is no Dossier id, a name. */
function partyRef(value: string, argumentName: string): PartyRef {
  let decoded: ReturnType<typeof fromGlobalId> | null = null;
  try {
    decoded = fromGlobalId(value);
  } catch {
    decoded = null;
  }
  if (!decoded) return { name: value };
  return { key: keyOf(value, 'Actor', argumentName) };
}

/** The store id of a mention's GraphQL id; BAD_USER_INPUT otherwise. */
function mentionKeyOf(globalId: string, argumentName: string): string {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  if (!/^Mention:\S+$/.test(decoded)) throw new BadUserInputError(`"${argumentName}" must be the id of a Mention`, { argumentName });
  return decoded;
}

@Resolver(() => Candidate)
export class CandidateResolver {
  @Authorized(INGEST_ROLES)
  @Mutation(() => IngestResult, {
    description:
      'Ingests a text: its mentions and candidate facts are stored for review (nothing becomes a fact until accepted). The same text again returns the same document, duplicate true, adding nothing. Roles: ingester, reviewer, admin.',
  })
  async ingestDocument(@Arg('input', () => IngestInput) input: IngestInput, @Ctx() ctx: Context) {
    const result = await ingestDocument(ctx, { ...input, publishedOn: dayOf(input.publishedOn) }, ctx.principal!, {
      maxChars: ctx.config.ingestMaxChars,
      extract: extractor,
      deadline: Date.now() + ctx.config.requestTimeoutMs,
    });
    if (result.dropped > 0)
      ctx.logger.warn('ingest: spans not found at their offsets were dropped', { document: result.document.key, dropped: result.dropped });
    ctx.logger.info('document ingested', {
      document: result.document.key,
      candidates: result.candidates.length,
      duplicate: result.duplicate,
      by: ctx.principal!.name,
    });
    return result;
  }

  @Authorized(REVIEW_ROLES)
  @Mutation(() => Candidate, {
    description:
      'Accepts a candidate, with the reviewer’s corrections: its facts are written with their evidence, and the decision with them, in one transaction. Accepting a denial makes the allegation it answers DISPUTED, or DENIED when a named party denies. Roles: reviewer, admin.',
  })
  acceptCandidate(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('edit', () => CandidateEdit, { nullable: true }) edit?: CandidateEdit | null,
  ): Promise<CandidateRecord> {
    if (edit?.relation === ActorRelation.OTHER)
      throw new BadUserInputError('"edit.relation" must name the relation (OTHER only reads stored values)', { argumentName: 'edit.relation' });
    return acceptCandidate(ctx, keyOf(id, 'Candidate', 'id'), editInput(edit), ctx.principal!, ROLES);
  }

  @Authorized(REVIEW_ROLES)
  @Mutation(() => Mention, {
    description:
      'Resolves a mention to an actor (an ambiguous name to one of its choices, or any actor), recorded as a RESOLVE_MENTION decision in the same transaction; again with another actor re-resolves it, the history kept. Its choices stay as they were. Roles: reviewer, admin.',
  })
  resolveMention(
    @Arg('id', () => ID) id: string,
    @Arg('actorId', () => ID) actorId: string,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<MentionRecord> {
    const why = reason === null || reason === undefined || reason.trim() === '' ? null : checkReason(reason);
    return resolveMention(ctx, mentionKeyOf(id, 'id'), keyOf(actorId, 'Actor', 'actorId'), why, ctx.principal!);
  }

  @Authorized(REVIEW_ROLES)
  @Mutation(() => Candidate, {
    description:
      'Proposes a new actor for a mention the graph cannot resolve: a pending ACTOR candidate whose evidence is the mention (name: the mention’s text unless given). Accepting it creates the actor and resolves the mention to it. Roles: reviewer, admin.',
  })
  proposeActor(
    @Arg('mentionId', () => ID) mentionId: string,
    @Arg('kind', () => ActorKind) kind: ActorKind,
    @Ctx() ctx: Context,
    @Arg('name', () => String, { nullable: true }) name?: string | null,
  ): Promise<CandidateRecord> {
    return proposeActor(ctx, mentionKeyOf(mentionId, 'mentionId'), kind, name ?? null, ctx.principal!);
  }

  @Authorized(REVIEW_ROLES)
  @Mutation(() => Candidate, { description: 'Rejects a pending candidate, saying why. Roles: reviewer, admin.' })
  rejectCandidate(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<CandidateRecord> {
    return rejectCandidate(ctx, keyOf(id, 'Candidate', 'id'), checkReason(reason), ctx.principal!);
  }

  @Authorized(REVIEW_ROLES)
  @Mutation(() => Candidate, {
    description:
      'Undoes a decision: an accept’s facts leave the graph (retracted, kept with their history, never deleted; an answered allegation gets its status back), a reject is withdrawn; the candidate is pending again. Roles: the reviewer who decided, or an admin.',
  })
  reopenCandidate(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<CandidateRecord> {
    return reopenCandidate(ctx, keyOf(id, 'Candidate', 'id'), checkReason(reason), ctx.principal!);
  }

  @Query(() => CandidateConnection, { description: 'Candidates to review (status PENDING) or decided, by document and kind, in the order they were ingested.' })
  reviewQueue(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('documentId', () => ID, { nullable: true }) documentId?: string | null,
    @Arg('kinds', () => [CandidateKind], { nullable: true }) kinds?: CandidateKind[] | null,
    @Arg('status', () => CandidateStatus, { nullable: true }) status?: CandidateStatus | null,
  ) {
    if (page.last !== null && page.last !== undefined)
      throw new BadUserInputError('The review queue pages forward only: use first and after', { argumentName: 'last' });
    const withCount = selectedFields(info).has('totalCount');
    return reviewQueue(ctx, { documentKey: documentId ? keyOf(documentId, 'Document', 'documentId') : null, kinds, status }, page.first, page.after, withCount);
  }

  @FieldResolver(() => Evidence, { description: 'Where the text says it.' })
  evidence(@Root() candidate: CandidateRecord): EvidenceRecord {
    return candidate.evidence;
  }

  @FieldResolver(() => Document)
  document(@Root() candidate: CandidateRecord, @Ctx() ctx: Context): Promise<DocumentRecord> {
    return documentOf(ctx, candidate.evidence);
  }

  @FieldResolver(() => [Decision], { description: 'Every decision taken on it, oldest first.' })
  async decisions(@Root() candidate: CandidateRecord, @Ctx() ctx: Context) {
    return (await decisionsOf(ctx, candidate.key)).map((d: DecisionRecord) => ({ ...d, id: toGlobalId(d.key) }));
  }

  @FieldResolver(() => CandidateActor, { nullable: true, description: 'ALLEGATION: who makes it.' })
  claimant(@Root() candidate: CandidateRecord, @Ctx() ctx: Context) {
    return candidateActor(ctx, candidate.draft.claimant);
  }

  @FieldResolver(() => Boolean, { description: 'ALLEGATION: the outlet itself asserts it (the claimant is the publisher).' })
  claimantIsPublisher(@Root() candidate: CandidateRecord): boolean {
    return candidate.draft.claimantIsPublisher === true;
  }

  @FieldResolver(() => [CandidateActor], { description: 'ALLEGATION: the actors it names, with their roles.' })
  named(@Root() candidate: CandidateRecord, @Ctx() ctx: Context) {
    return Promise.all((candidate.draft.named ?? []).map((n) => candidateActor(ctx, n)));
  }

  @FieldResolver(() => [String], { description: 'ALLEGATION: topic keys.' })
  topics(@Root() candidate: CandidateRecord): string[] {
    return candidate.draft.topics ?? [];
  }

  @FieldResolver(() => String, { nullable: true, description: 'ALLEGATION: the status it would have (ALLEGED unless edited).' })
  proposedStatus(@Root() candidate: CandidateRecord): string | null {
    return candidate.draft.kind === 'ALLEGATION' ? (candidate.draft.status ?? 'ALLEGED') : null;
  }

  @FieldResolver(() => CandidateDate, { nullable: true, description: 'ALLEGATION: when it was made.' })
  statedOn(@Root() candidate: CandidateRecord) {
    return candidateDate(candidate.draft.statedOn);
  }

  @FieldResolver(() => CandidateActor, { nullable: true, description: 'STATEMENT: who says it.' })
  speaker(@Root() candidate: CandidateRecord, @Ctx() ctx: Context) {
    return candidateActor(ctx, candidate.draft.speaker);
  }

  @FieldResolver(() => Evidence, { nullable: true, description: 'STATEMENT: the words of the allegation a denial answers, in the same document.' })
  answersEvidence(@Root() candidate: CandidateRecord): EvidenceRecord | null {
    const span = candidate.draft.answersEvidence;
    return span ? { key: `${candidate.key}:answers`, documentKey: candidate.documentKey, quote: span.quote, start: span.start, end: span.end } : null;
  }

  @FieldResolver(() => Allegation, { nullable: true, description: 'STATEMENT, once accepted: the allegation it answered (its status changed).' })
  answers(@Root() candidate: CandidateRecord, @Ctx() ctx: Context): Promise<AllegationRecord | null> {
    return nodeOrNull(ctx.loaders, allegationNodes, candidate.answered?.allegationId);
  }

  @FieldResolver(() => Boolean, { description: 'STATEMENT: a party the answered allegation names makes the denial.' })
  byNamedParty(@Root() candidate: CandidateRecord): boolean {
    return candidate.draft.byNamedParty === true;
  }

  @FieldResolver(() => String, { nullable: true, description: 'ACTOR: the name.' })
  name(@Root() candidate: CandidateRecord): string | null {
    return candidate.draft.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'ACTOR: STATE, PERSON or ORGANIZATION.' })
  actorKind(@Root() candidate: CandidateRecord): string | null {
    return candidate.draft.actorKind ?? null;
  }

  @FieldResolver(() => CandidateActor, { nullable: true, description: 'RELATION: the actor it relates.' })
  subject(@Root() candidate: CandidateRecord, @Ctx() ctx: Context) {
    return candidateActor(ctx, candidate.draft.subject);
  }

  @FieldResolver(() => CandidateActor, { nullable: true, description: 'RELATION: the actor it relates the subject to.' })
  object(@Root() candidate: CandidateRecord, @Ctx() ctx: Context) {
    return candidateActor(ctx, candidate.draft.object);
  }

  @FieldResolver(() => String, { nullable: true, description: 'RELATION: LEADER_OF, HEAD_OF, ASSOCIATED_WITH, …' })
  relation(@Root() candidate: CandidateRecord): string | null {
    return candidate.draft.relation ?? null;
  }

  @FieldResolver(() => CandidateDate, { nullable: true, description: 'RELATION: since when.' })
  since(@Root() candidate: CandidateRecord) {
    return candidateDate(candidate.draft.since);
  }

  @FieldResolver(() => CandidateDate, { nullable: true, description: 'RELATION: until when.' })
  until(@Root() candidate: CandidateRecord) {
    return candidateDate(candidate.draft.until);
  }

  @FieldResolver(() => [Resolution], { description: 'RESOLUTION_LINK: the resolutions the reference may mean, best first (one when the number is written).' })
  resolutions(@Root() candidate: CandidateRecord, @Ctx() ctx: Context): Promise<ResolutionRecord[]> {
    return loadPresent(
      ctx.loaders,
      resolutionNodes,
      (candidate.draft.resolutionNumbers ?? []).map((n) => storeId('Resolution', n)),
    );
  }

  @FieldResolver(() => [ID], {
    description:
      'The ids of the facts its accept wrote (empty unless accepted): an allegation, a statement or an actor; for RELATION the relation’s id (node(id) does not resolve it); for RESOLUTION_LINK the resolution it linked.',
  })
  facts(@Root() candidate: CandidateRecord): string[] {
    return candidate.factKeys.map(toGlobalId);
  }
}

@Resolver(() => Document)
export class DocumentMentionsResolver {
  @FieldResolver(() => [Mention], { description: 'Every name the ingestion pipeline found in the text, in text order (empty for documents not ingested).' })
  mentions(@Root() document: DocumentRecord, @Ctx() ctx: Context): Promise<MentionRecord[]> {
    return mentionsOf(ctx, document.key);
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => ID)
  id(@Root() mention: MentionRecord): string {
    return toGlobalId(mention.key);
  }

  @FieldResolver(() => [Decision], { description: 'The decisions that resolved it (RESOLVE_MENTION), oldest first.' })
  async decisions(@Root() mention: MentionRecord, @Ctx() ctx: Context) {
    return (await mentionDecisionsOf(ctx, mention.key)).map((d: DecisionRecord) => ({ ...d, id: toGlobalId(d.key) }));
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor it means; null while unresolved.' })
  actor(@Root() mention: MentionRecord, @Ctx() ctx: Context): Promise<ActorRecord | null> {
    return nodeOrNull(ctx.loaders, actorNodes, mention.actorKey);
  }

  @FieldResolver(() => [Actor], { description: 'The actors an ambiguous name may mean (never a silent pick).' })
  choices(@Root() mention: MentionRecord, @Ctx() ctx: Context): Promise<ActorRecord[]> {
    return loadPresent(ctx.loaders, actorNodes, mention.choiceKeys);
  }
}

/** A Date scalar's value (graphql-scalars parses it to a Date) as YYYY-MM-DD. */
function dayOf(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

const MAX_REASON = 2000;

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw new BadUserInputError('"reason" must say why', { argumentName: 'reason' });
  if (trimmed.length > MAX_REASON) throw new BadUserInputError(`"reason" holds at most ${MAX_REASON} characters`, { argumentName: 'reason' });
  return trimmed;
}

async function candidateActor(ctx: Context, actor: DraftActor | null | undefined) {
  if (!actor) return null;
  return { name: actor.name, role: actor.role, actor: await nodeOrNull(ctx.loaders, actorNodes, actor.actorId) };
}

function candidateDate(date: FoundDate | null | undefined) {
  return date ? { value: date.value, precision: date.precision, text: date.quote, start: date.start, end: date.end } : null;
}
