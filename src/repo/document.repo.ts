// Documents and evidence: listings (filtered by title, publisher and publication day), texts and their loaders, the evidence that quotes them.
import { documentList, documentModel } from '../model/document.model';
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
import DataLoader from 'dataloader';
import type { DocumentRecord, EvidenceRecord, Props } from './records';
import { documentNodes, evidenceNodes } from './nodes';
import { edgeLoader, type LoaderSpec, loadPresent } from './loaders';

const documentChunks = edgeLoader<{ parentId: string; index: number; text: string }>('list-document-chunks');

/** The full text of documents (chunked ones joined from their chunks), loaded only when a text is asked for. */
const documentTexts: LoaderSpec<DataLoader<string, string>> = {
  make: (store, options, loaders) =>
    new DataLoader<string, string>(async (ids) => {
      const rows = await store.read<{ document: Props }>('find-documents', { ids: [...ids], withText: true }, { combine: true });
      const texts = new Map<string, Promise<string>>();
      for (const { document: d } of rows) {
        const id = String(d.id);
        const own = typeof d.text === 'string' ? d.text : '';
        texts.set(
          id,
          d.chunked === true
            ? loaders
                .get(documentChunks)
                .load(id)
                .then((chunks) => chunks.map((c) => c.text).join(''))
            : Promise.resolve(own),
        );
      }
      return Promise.all(ids.map((id) => texts.get(id) ?? Promise.resolve('')));
    }, options),
};

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
  const spec = { type: 'Document', model: documentModel, list: documentList } as const;
  return listPage(ctx, { ...spec, source: documentNodes }, params, orderBy, page);
}

/** Evidence records by id, in order, missing ones dropped (one batched query per request tick). */
export function evidenceOf(data: Data, ids: readonly string[] | null | undefined): Promise<EvidenceRecord[]> {
  return loadPresent(data.loaders, evidenceNodes, ids ?? []);
}

/** Documents by store id, in order, missing ones dropped. */
export function documentsByKey(data: Data, keys: readonly string[]): Promise<DocumentRecord[]> {
  return loadPresent(data.loaders, documentNodes, keys);
}

/** The document a piece of evidence quotes (an error when it is missing: the loaders verify quotes). */
export async function documentOf(data: Data, evidence: EvidenceRecord): Promise<DocumentRecord> {
  const doc = await data.loaders.get(documentNodes).load(evidence.documentKey);
  if (!doc) throw new Error(`evidence ${evidence.key} points to a missing document ${evidence.documentKey}`);
  return doc;
}

/** Part of a document's text, from `from` to `to` (the whole text is loaded once per request). */
export async function documentTextSlice(data: Data, document: DocumentRecord, from: number, to: number): Promise<string> {
  return (await data.loaders.get(documentTexts).load(document.key)).slice(from, to);
}
