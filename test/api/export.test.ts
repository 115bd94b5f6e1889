// Exports of a neighbourhood: GraphML that parses, with labels, kinds, relations and evidence quotes; CSV nodes and edges; on both engines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { readCsv } from '../../src/import/csv';
import { toGlobalId } from '../../src/ids';
import { CLI, ENGINES, startTestApp, tempDir, type TestApp } from '../helpers';

interface GraphMl {
  graphml: {
    key: Array<{ '@_id': string; '@_for': string }>;
    graph: {
      node: Array<{ '@_id': string; data: Array<{ '@_key': string; '#text': string }> }>;
      edge: Array<{ '@_source': string; '@_target': string; data: Array<{ '@_key': string; '#text': string }> }>;
    };
  };
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });
const value = (data: Array<{ '@_key': string; '#text': string }>, key: string) => data.find((d) => d['@_key'] === key)?.['#text'];
const rows = (csv: string) => [...readCsv(csv)].map((r) => r.fields);

describe.each(ENGINES)('on %s', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ engine });
  });
  afterAll(() => app.close());

  it("exports Turkey's neighbourhood as valid GraphML with labels, kinds, relations and evidence quotes", async () => {
    const res = await fetch(`${app.server.url}/export/graphml?id=Turkey&depth=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/graphml+xml');
    const xml = await res.text();
    const doc = parser.parse(xml) as GraphMl;
    const { node: nodes, edge: edges } = doc.graphml.graph;
    const turkey = nodes.find((n) => n['@_id'] === toGlobalId('Actor:turkey'))!;
    expect(value(turkey.data, 'label')).toBe('Turkey');
    expect(value(turkey.data, 'kind')).toBe('Actor');
    const ids = new Set(nodes.map((n) => n['@_id']));
    for (const e of edges) expect(ids.has(e['@_source']) && ids.has(e['@_target'])).toBe(true);
    const transit = edges.find((e) => e['@_target'] === turkey['@_id'] && value(e.data, 'relation') === 'TRANSIT')!;
    expect(value(transit.data, 'type')).toBe('NAMES');
    expect(value(transit.data, 'evidence')).toContain('continue moving through Turkey');
    expect(nodes.length).toBeGreaterThan(5);
  });

  it('exports CSV nodes and edges, quoted by the CSV library so that quotes with commas and quotation marks survive', async () => {
    const nodes = rows(await (await fetch(`${app.server.url}/export/csv?id=Turkey&depth=1&part=nodes`)).text());
    const edges = rows(await (await fetch(`${app.server.url}/export/csv?id=Turkey&depth=1&part=edges`)).text());
    expect(nodes[0]).toEqual(['id', 'label', 'kind', 'storeId']);
    expect(edges[0]).toEqual(['source', 'target', 'type', 'relation', 'evidence']);
    expect(nodes.map((r) => r[3])).toContain('Actor:turkey');
    // A node's kind is its entity type, never a label that says more of it (allegations also carry a status label).
    for (const r of nodes.slice(1)) expect([r[3], r[2]]).toEqual([r[3], r[3]!.slice(0, r[3]!.indexOf(':'))]);
    expect(nodes.map((r) => r[2])).toContain('Allegation');
    const buyer = edges.find((r) => r[3] === 'BUYER')!;
    expect(buyer[4]).toContain('"We know that the Syrian regime has bought oil, some of the Turkish have bought oil,"');
    for (const r of [...nodes, ...edges]) expect(r.length).toBe(r === nodes[0] || nodes.includes(r) ? 4 : 5);
  });

  it('refuses a bad depth and an unknown entity with coded errors', async () => {
    const depth = await fetch(`${app.server.url}/export/graphml?id=Turkey&depth=9`);
    expect(depth.status).toBe(400);
    const unknown = await fetch(`${app.server.url}/export/csv?id=Nobody%20At%20All&depth=1`);
    expect(unknown.status).toBe(404);
  });
});

describe('dossier export', () => {
  it('writes GraphML and CSV files from the command line', () => {
    const dir = tempDir();
    const run = (args: string[]) =>
      spawnSync(process.execPath, [CLI, ...args], {
        cwd: path.join(__dirname, '..', '..'),
        env: { ...process.env, DOSSIER_DATA_DIR: dir, LOG_LEVEL: 'error' },
        encoding: 'utf8',
      });
    expect(run(['seed']).status).toBe(0);
    const graphml = run(['export', '--around', 'ISIL', '--depth', '1', '--format', 'graphml', '--out', path.join(dir, 'isil.graphml')]);
    expect(graphml.status).toBe(0);
    const doc = parser.parse(fs.readFileSync(path.join(dir, 'isil.graphml'), 'utf8')) as GraphMl;
    expect(doc.graphml.graph.node.length).toBeGreaterThan(10);
    const csv = run(['export', '--around', 'Actor:turkey', '--format', 'csv', '--out', path.join(dir, 'turkey.csv')]);
    expect(csv.status).toBe(0);
    expect(rows(fs.readFileSync(path.join(dir, 'turkey-edges.csv'), 'utf8')).length).toBeGreaterThan(2);
    const bad = run(['export', '--around', 'ISIL', '--format', 'pdf']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--format must be graphml or csv');
  });
});
