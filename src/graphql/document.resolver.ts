// Query.documents, and field resolvers of Document and Evidence: texts in bounded ranges, and the passage around a quote.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import type { DocumentRecord, EvidenceRecord } from '../repo/records';
import { listSources, type ListCoverageRecord, type SourceRecordRow } from '../repo/coverage.repo';
import { documentOf, documentsByKey, documentTextSlice, listDocuments } from '../repo/document.repo';
import { contextCost, MAX_TEXT_RANGE, sizesIn, textRangeCost } from './limits';
import {
  ContextArgs,
  Document,
  DocumentConnection,
  DocumentOrder,
  DocumentWhere,
  Evidence,
  ListCoverage,
  MAX_CONTEXT_CHARS,
  Source,
  TextRangeArgs,
} from './document.type';
import { PageArgs, countIfAsked } from './list.type';

export { MAX_TEXT_RANGE };

/**
 * The range of a text to return: `start` and `end` past the end of the text are clamped to it (a range past the end
 * is empty, never an error that would null the field's parent); `end` defaults to `start` plus the cap. An `end`
 * before `start` or a range longer than the cap within the text is the client's mistake (each from 0 on: TextRangeArgs).
 */
export function textRange(length: number, start: number, end: number | null | undefined): [number, number] {
  if (end !== null && end !== undefined && end < start)
    throw new BadUserInputError(`"end" must be from start (${start}) on, got ${end}`, { argumentName: 'end' });
  const from = Math.min(start, length);
  const to = Math.min(end ?? from + MAX_TEXT_RANGE, length);
  if (to - from > MAX_TEXT_RANGE)
    throw new BadUserInputError(`A text range holds at most ${MAX_TEXT_RANGE} characters; ask for several ranges`, { argumentName: 'end' });
  return [from, to];
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, {
    description: 'Documents (articles and data files), filtered and ordered (by publication day unless orderBy says otherwise), in pages.',
  })
  documents(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => DocumentWhere, { nullable: true }) where?: DocumentWhere | null,
    @Arg('orderBy', () => DocumentOrder, { nullable: true }) orderBy?: InstanceType<typeof DocumentOrder> | null,
  ) {
    return listDocuments(ctx, where, orderBy, countIfAsked(page, info));
  }

  @FieldResolver(() => String, {
    complexity: ({ args, context }) => textRangeCost(args, sizesIn(context)),
    description: `The text from \`start\` to \`end\` (UTF-16 code units, as JavaScript strings; evidence offsets index into it), both clamped to the end of the text. At most ${MAX_TEXT_RANGE} characters at a time: without \`end\`, the text from \`start\` up to that many characters; \`length\` tells how long the whole text is.`,
  })
  text(@Root() document: DocumentRecord, @Ctx() ctx: Context, @Args(() => TextRangeArgs) { start, end }: TextRangeArgs): Promise<string> {
    const [from, to] = textRange(document.length, start, end);
    return documentTextSlice(ctx, document, from, to);
  }

  @FieldResolver(() => Int, { description: 'Characters in the whole text (UTF-16 code units).' })
  length(@Root() document: DocumentRecord): number {
    return document.length;
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document)
  document(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context): Promise<DocumentRecord> {
    return documentOf(ctx, evidence);
  }

  @FieldResolver(() => String, {
    complexity: ({ args, context }) => contextCost((args as { chars?: number }).chars ?? 200, sizesIn(context)),
    description: `The passage around the quote: up to \`chars\` characters (at most ${MAX_CONTEXT_CHARS}) on each side of it, from the same document.`,
  })
  async context(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context, @Args(() => ContextArgs) { chars }: ContextArgs): Promise<string> {
    const doc = await documentOf(ctx, evidence);
    return documentTextSlice(ctx, doc, Math.max(0, evidence.start - chars), Math.min(doc.length, evidence.end + chars));
  }
}

@Resolver(() => ListCoverage)
export class ListCoverageResolver {
  @FieldResolver(() => [Document], { description: 'The sources that list it.' })
  sources(@Root() coverage: ListCoverageRecord, @Ctx() ctx: Context): Promise<DocumentRecord[]> {
    return documentsByKey(ctx, coverage.sourceKeys);
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => [Source], { description: 'Every loaded source (data files, official documents, articles) with what it covers: kinds of fact, dates, rows.' })
  sources(@Ctx() ctx: Context): Promise<SourceRecordRow[]> {
    return listSources(ctx);
  }
}
