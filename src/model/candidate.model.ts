// The Candidate entity: a fact the ingestion pipeline proposes, with its evidence, until a reviewer decides (src/repo/candidate.repo.ts reads its JSON parts).
import Cypher from '@neo4j/cypher-builder';
import { entity } from './model';
import { type ListModel } from './list-statements';

export const candidateModel = entity({
  name: 'Candidate',
  label: 'Candidate',
  variable: 'c',
  evidence: false,
  properties: {
    documentId: { type: 'string', hidden: true },
    /** Its position among the document's candidates. */
    index: { type: 'int', default: 0, hidden: true },
    kind: { type: 'string' },
    status: { type: 'string', default: 'PENDING' },
    confidence: { type: 'float', default: 0 },
    summary: { type: 'string', default: '' },
    quote: { type: 'string', default: '', hidden: true },
    start: { type: 'int', default: 0, hidden: true },
    end: { type: 'int', default: 0, hidden: true },
    /** The proposed fact, as extracted (JSON). */
    proposal: { type: 'string', hidden: true },
    /** The proposed fact with the reviewer's edits (JSON). */
    draft: { type: 'string', hidden: true },
    /** The facts an accept wrote. */
    facts: { type: 'strings' },
    /** The allegation a denial answered, with its status before (JSON). */
    answered: { type: 'string', hidden: true },
    decisionCount: { type: 'int', default: 0, hidden: true },
    createdAt: { type: 'string', hidden: true },
  },
});

/** The review queue: candidates by when their document was ingested, then their position in it. */
export const candidateList: ListModel<'QUEUE'> = {
  column: 'candidate',
  filters: {
    documentId: (c, v) => Cypher.eq(c.property('documentId'), v),
    kinds: (c, v) => Cypher.in(c.property('kind'), v),
    statuses: (c, v) => Cypher.in(c.property('status'), v),
  },
  orders: { QUEUE: { keys: (c) => [c.property('createdAt'), c.property('documentId'), c.property('index')] } },
};
