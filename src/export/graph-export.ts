// A neighbourhood as files analysts' tools read: GraphML (Gephi, yEd) and CSV (a nodes file and an edges file).
import { stringify } from 'csv-stringify/sync';
import { XMLBuilder } from 'fast-xml-parser';
import { pictureAround, type Neighbourhood, type QuoteRecord } from '../repo/neighbourhood.repo';
import type { GraphStore } from '../store/graph-store';

/** The export formats. */
export const EXPORT_FORMATS = ['graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An edge's evidence as one text: each quote with its document, separated by " | ". */
function evidenceText(ids: string[], quotes: Map<string, QuoteRecord>): string {
  return ids
    .flatMap((id) => {
      const q = quotes.get(id);
      return q ? [`“${q.quote}” (${q.document}, ${q.start}–${q.end})`] : [];
    })
    .join(' | ');
}

/** GraphML with node label and kind, edge type, relation/role/vote and evidence quotes as attributes. */
export function toGraphML(hood: Neighbourhood, quotes: Map<string, QuoteRecord>): string {
  const key = (id: string, target: 'node' | 'edge', name: string) => ({ '@_id': id, '@_for': target, '@_attr.name': name, '@_attr.type': 'string' });
  const data = (k: string, value: string | null) => (value === null || value === '' ? [] : [{ '@_key': k, '#text': value }]);
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [
        key('label', 'node', 'label'),
        key('kind', 'node', 'kind'),
        key('storeId', 'node', 'storeId'),
        key('type', 'edge', 'type'),
        key('relation', 'edge', 'relation'),
        key('evidence', 'edge', 'evidence'),
      ],
      graph: {
        '@_id': 'dossier',
        '@_edgedefault': 'directed',
        node: hood.nodes.map((n) => ({ '@_id': n.id, data: [...data('label', n.label), ...data('kind', n.kind), ...data('storeId', n.key)] })),
        edge: hood.edges.map((e, i) => ({
          '@_id': `e${i}`,
          '@_source': e.source,
          '@_target': e.target,
          data: [...data('type', e.type), ...data('relation', e.relation ?? e.role ?? e.vote), ...data('evidence', evidenceText(e.evidenceIds, quotes))],
        })),
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true }).build(document);
}

/** CSV: a nodes file (id, label, kind, storeId) and an edges file (source, target, type, relation, evidence). */
export function toCsv(hood: Neighbourhood, quotes: Map<string, QuoteRecord>): { nodes: string; edges: string } {
  return {
    nodes: stringify(
      hood.nodes.map((n) => [n.id, n.label, n.kind, n.key]),
      { header: true, columns: ['id', 'label', 'kind', 'storeId'] },
    ),
    edges: stringify(
      hood.edges.map((e) => [e.source, e.target, e.type, e.relation ?? e.role ?? e.vote ?? '', evidenceText(e.evidenceIds, quotes)]),
      { header: true, columns: ['source', 'target', 'type', 'relation', 'evidence'] },
    ),
  };
}

/** The files of an export: GraphML, or CSV nodes and edges. */
export type ExportFiles = { graphml: string } | { nodes: string; edges: string };

/** Exports the neighbourhood of `around` (an id, a store id or an actor's name) to `depth` hops. */
export async function exportAround(store: GraphStore, around: string, depth: number, format: ExportFormat): Promise<ExportFiles> {
  const { hood, quotes } = await pictureAround(store, around, depth, { perNode: 100, maxNodes: 2000 });
  return format === 'graphml' ? { graphml: toGraphML(hood, quotes) } : toCsv(hood, quotes);
}
