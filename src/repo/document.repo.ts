// Document listings: articles and data files, filtered by title, publisher and publication day.
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
import type { DocumentRecord } from './records';

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
