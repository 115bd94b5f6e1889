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
    documentId: { type: 'string' },
    /** Its position among the document's candidates. */
    index: { type: 'int', default: 0 },
    kind: { type: 'string' },
    status: { type: 'string', default: 'PENDING' },
    confidence: { type: 'float', default: 0 },
    summary: { type: 'string', default: '' },
    quote: { type: 'string', default: '' },
    start: { type: 'int', default: 0 },
    end: { type: 'int', default: 0 },
    /** The proposed fact, as extracted (JSON). */
    proposal: { type: 'string' },
    /** The proposed fact with the reviewer's edits (JSON). */
    draft: { type: 'string' },
    /** The facts an accept wrote. */
    facts: { type: 'strings' },
    /** The allegation a denial answered, with its status before (JSON). */
    answered: { type: 'string' },
    decisionCount: { type: 'int', default: 0 },
    createdAt: { type: 'string' },
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
