// The Document entity: an article or a data file, whose text evidence quotes.
import Cypher from '@neo4j/cypher-builder';
import { dateRangeFilters, property, stringFilters, wordsFilter, type ListModel } from './list-statements';
import { entity, recordMapper, type RecordOf } from './model';

export const documentModel = entity({
  name: 'Document',
  label: 'Document',
  variable: 'd',
  evidence: false,
  search: 'searchText',
  properties: {
    title: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    publishedOn: { type: 'date' },
    publishedNotBefore: { type: 'date' },
    note: { type: 'string' },
    file: { type: 'string', internal: true },
    chunked: { type: 'boolean', default: false, hidden: true },
    /** The text, only where a query asks for it (`{...Document, text: …}`); read by the text fields. */
    text: { type: 'string', internal: true, expr: () => 'null' },
    /** Characters in the full text (UTF-16 code units). */
    length: { type: 'int', default: 0, expr: (v) => `coalesce(${v}.textLength, size(${v}.text))` },
  },
});

/** A document, as the repositories return it. */
export type DocumentRecord = RecordOf<typeof documentModel>;
/** The record of a store row holding a document's properties. */
export const toDocument = recordMapper(documentModel);

/** The publication day, or the day it is known not to be before. */
const published = (d: Cypher.Variable) => Cypher.coalesce(d.property('publishedOn'), d.property('publishedNotBefore'));

/** The documents list: by publication day (the default; undated last both ways) or title. */
export const documentList: ListModel<'PUBLISHED_ON' | 'TITLE'> = {
  column: 'document',
  filters: {
    ...stringFilters('title', property('title')),
    ...stringFilters('publisher', property('publisher')),
    words: wordsFilter(),
    ...dateRangeFilters('published', published),
  },
  orders: {
    PUBLISHED_ON: { keys: (d) => [published(d)], nullsLast: published },
    TITLE: { keys: (d) => [Cypher.coalesce(d.property('title'), new Cypher.Literal(''))] },
  },
};
