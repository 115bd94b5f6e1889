// Field resolvers of Evidence.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { DocumentRecord, EvidenceRecord } from '../repo/records';
import { Document, Evidence } from './document.type';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, { description: 'The full text; evidence offsets index into it (UTF-16 code units, as JavaScript strings).' })
  async text(@Root() document: DocumentRecord, @Ctx() ctx: Context): Promise<string> {
    if (!document.chunked) return document.text;
    const chunks = await ctx.loaders.documentChunks.load(document.key);
    return chunks.map((c) => c.text).join('');
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document)
  async document(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context): Promise<DocumentRecord> {
    const doc = await ctx.loaders.document.load(evidence.documentKey);
    if (!doc) throw new Error(`evidence ${evidence.key} points to a missing document ${evidence.documentKey}`);
    return doc;
  }
}
