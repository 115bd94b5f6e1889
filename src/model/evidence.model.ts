// The Evidence entity: an exact quote and where it sits in its document (UTF-16 offsets).
import { entity } from './model';

export const evidenceModel = entity({
  name: 'Evidence',
  label: 'Evidence',
  variable: 'e',
  evidence: false,
  properties: {
    documentId: { type: 'string', hidden: true },
    quote: { type: 'string', default: '' },
    start: { type: 'int', default: 0 },
    end: { type: 'int', default: 0 },
  },
});

/** An evidence span, as the repositories return it. */
export interface EvidenceRecord {
  key: string;
  documentKey: string;
  quote: string;
  start: number;
  end: number;
}

/** The record of a store row holding an evidence span's properties. */
export const toEvidence = (p: Record<string, unknown>): EvidenceRecord => ({
  key: String(p.id),
  documentKey: typeof p.documentId === 'string' ? p.documentId : '',
  quote: typeof p.quote === 'string' ? p.quote : '',
  start: typeof p.start === 'number' ? p.start : 0,
  end: typeof p.end === 'number' ? p.end : 0,
});
