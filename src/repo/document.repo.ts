// Documents: listings (articles and data files, filtered by title, publisher and publication day), their texts, and the evidence that quotes them.
import type { Data } from './data';
import {
  dateParams,
  listPage,
  searchWords,
  stringParams,
  type DateFilterInput,
  type ListPage,
  type OrderInput,
  type PageArgsInput,
  type StringFilterInput,
} from './listing';
import { loadPresent } from './loaders';
import type { DocumentRecord, EvidenceRecord } from './records';

/** Where documents are listed by. */
export interface DocumentWhereInput {
  title?: StringFilterInput | null;
  publisher?: StringFilterInput | null;
  publishedOn?: DateFilterInput | null;
}

/** One page of documents, by publication day (the default) or title. */
export async function listDocuments(
  ctx: Data,
  where: DocumentWhereInput | null | undefined,
  orderBy: OrderInput<'PUBLISHED_ON' | 'TITLE'> | null | undefined,
  page: PageArgsInput,
): Promise<ListPage<DocumentRecord>> {
  const { titleWords, ...title } = stringParams('title', where?.title);
  const { publisherWords, ...publisher } = stringParams('publisher', where?.publisher);
  const params = { ...title, ...publisher, words: searchWords(titleWords, publisherWords), ...dateParams('published', where?.publishedOn) };
  const spec = {
    type: 'Document',
    page: 'page-documents',
    count: 'count-listed-documents',
    column: 'document',
    orders: { PUBLISHED_ON: 'published', TITLE: 'title' },
  } as const;
  return listPage(ctx, { ...spec, source: ctx.loaders.sources.document }, params, orderBy, page);
}

/** Evidence records by id, in order, missing ones dropped (one batched query per request tick). */
export function evidenceOf(data: Data, ids: readonly string[] | null | undefined): Promise<EvidenceRecord[]> {
  return loadPresent(data.loaders.evidence, ids ?? []);
}

/** Documents by store id, in order, missing ones dropped. */
export function documentsByKey(data: Data, keys: readonly string[]): Promise<DocumentRecord[]> {
  return loadPresent(data.loaders.document, keys);
}

/** The document a piece of evidence quotes (an error when it is missing: the loaders verify quotes). */
export async function documentOf(data: Data, evidence: EvidenceRecord): Promise<DocumentRecord> {
  const doc = await data.loaders.document.load(evidence.documentKey);
  if (!doc) throw new Error(`evidence ${evidence.key} points to a missing document ${evidence.documentKey}`);
  return doc;
}

/** Part of a document's text, from `from` to `to` (the whole text is loaded once per request). */
export async function documentTextSlice(data: Data, document: DocumentRecord, from: number, to: number): Promise<string> {
  return (await data.loaders.documentText.load(document.key)).slice(from, to);
}
