// The /explore page: an entity's neighbourhood drawn with Cytoscape.js from local files, expandable, with the evidence of nodes and edges.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** Node colours by kind and edge colours by relationship type (the legend shows them). */
export const KIND_COLOURS: Record<string, string> = {
  Actor: '#d1495b',
  Allegation: '#edae49',
  Resolution: '#00798c',
  Meeting: '#30638e',
  Statement: '#8f6593',
  Topic: '#3b8b5a',
  Document: '#6c757d',
};
const EDGE_COLOURS: Record<string, string> = {
  NAMES: '#e07a5f',
  CLAIMED_BY: '#f2cc8f',
  RELATED_TO: '#81b29a',
  ABOUT: '#3d405b',
  RECALLS: '#00798c',
  ADOPTED_AT: '#30638e',
  DRAFTED: '#9c6644',
  TARGETS: '#bc4749',
  CAST_VOTE: '#adb5bd',
  PARTICIPATED_IN: '#6a994e',
  SPOKEN_BY: '#8f6593',
  MADE_AT: '#577590',
};

/** How many neighbours one "more" loads. */
export const EXPLORE_PAGE_SIZE = 20;

const CLIENT = `// Draws a neighbourhood from /explore/neighbours and expands it on demand; evidence comes from the same data and GraphQL.
(function () {
  const KIND = ${JSON.stringify(KIND_COLOURS)};
  const EDGE = ${JSON.stringify(EDGE_COLOURS)};
  const PAGE = ${EXPLORE_PAGE_SIZE};
  const container = document.getElementById('graph');
  const details = document.getElementById('details');
  const more = {};
  const loaded = {};
  const edgeData = {};
  const cy = cytoscape({
    container,
    style: [
      { selector: 'node', style: { 'background-color': (n) => KIND[n.data('kind')] || '#999', label: 'data(short)', 'font-size': 9, color: '#222', width: 18, height: 18 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': (e) => EDGE[e.data('type')] || '#bbb', 'target-arrow-color': (e) => EDGE[e.data('type')] || '#bbb', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
    ],
  });
  window.cy = cy;
  const text = (tag, value, cls) => { const el = document.createElement(tag); el.textContent = value; if (cls) el.className = cls; return el; };
  const count = () => { container.dataset.nodeCount = String(cy.nodes().length); container.dataset.edgeCount = String(cy.edges().length); };

  async function load(id, fresh) {
    const skip = fresh ? 0 : loaded[id] || 0;
    const res = await fetch('/explore/neighbours?' + new URLSearchParams({ id, skip: String(skip), limit: String(PAGE), depth: fresh ? '2' : '1' }));
    const body = await res.json();
    if (!res.ok) { details.replaceChildren(text('p', body.errors ? body.errors[0].message : 'Failed', 'error')); return null; }
    if (fresh) { cy.elements().remove(); for (const k of Object.keys(more)) delete more[k]; for (const k of Object.keys(loaded)) delete loaded[k]; }
    const added = cy.add([
      ...body.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({ group: 'nodes', data: { id: n.id, kind: n.kind, label: n.label, short: n.label.length > 28 ? n.label.slice(0, 27) + '…' : n.label } })),
      ...body.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => { edgeData[e.id] = e; return { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } }; }),
    ]);
    for (const [node, hidden] of Object.entries(body.more)) more[node] = hidden;
    for (const n of body.nodes) more[n.id] ??= 0;
    loaded[id] = skip + body.shown;
    if (!fresh) more[id] = body.more[id] || 0;
    if (fresh || added.length > 0) cy.layout({ name: 'cose', animate: false, randomize: fresh, nodeRepulsion: () => 9000 }).run();
    count();
    return body;
  }

  let shownSelection = 0;
  async function showNode(node) {
    const selection = ++shownSelection;
    const id = node.id();
    const box = [text('h2', node.data('label')), text('p', node.data('kind'), 'kind')];
    if (more[id] > 0) {
      const button = text('button', more[id] + ' more');
      button.dataset.testid = 'more';
      button.onclick = async () => { await load(id, false); showNode(cy.getElementById(id)); };
      box.push(button);
    }
    details.replaceChildren(...box, text('p', 'Loading evidence…', 'muted'));
    const query = 'query ($id: ID!) { node(id: $id) { ... on Actor { evidence { quote document { title } } } ... on Allegation { evidence { quote document { title } } } ... on Resolution { evidence { quote document { title } } } ... on Meeting { evidence { quote document { title } } } ... on Statement { evidence { quote document { title } } } } }';
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id } }) });
    const evidence = ((await res.json()).data?.node?.evidence || []).slice(0, 20);
    if (selection !== shownSelection) return; // another node or edge was chosen meanwhile
    details.replaceChildren(...box, ...quotes(evidence.map((e) => ({ quote: e.quote, document: e.document.title || 'untitled document' }))));
  }

  function quotes(list) {
    if (list.length === 0) return [text('p', 'No evidence quotes.', 'muted')];
    return list.map((q) => { const el = text('blockquote', '“' + q.quote + '”'); el.appendChild(text('cite', ' — ' + q.document)); el.dataset.testid = 'quote'; return el; });
  }

  cy.on('tap', 'node', (event) => showNode(event.target));
  cy.on('tap', 'edge', (event) => {
    shownSelection++;
    const e = edgeData[event.target.id()];
    details.replaceChildren(text('h2', e.type + (e.relation ? ' · ' + e.relation : '')), ...quotes(e.evidence));
  });

  const search = document.getElementById('search');
  const results = document.getElementById('results');
  search.addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = document.getElementById('q').value;
    const query = 'query ($q: String!) { search(text: $q, first: 8) { edges { node { __typename ... on Actor { id name } ... on Resolution { id number } ... on Meeting { id title } ... on Allegation { id summary } ... on Document { id documentTitle: title } } } } }';
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { q } }) });
    const body = await res.json();
    const edges = body.data ? body.data.search.edges : [];
    results.replaceChildren(...edges.map(({ node }) => {
      const item = text('li', '');
      const a = text('a', node.__typename + ': ' + (node.name || (node.number ? 'S/RES/' + node.number : null) || node.title || node.summary || node.documentTitle || node.id));
      a.href = '/explore?id=' + encodeURIComponent(node.id);
      item.appendChild(a);
      return item;
    }));
  });

  const start = new URLSearchParams(location.search).get('id');
  if (start) load(start, true); else { details.replaceChildren(text('p', 'Search for an entity, or open /explore?id=<id>.', 'muted')); count(); }
})();
`;

/** Local files the page loads, by URL path. */
export function readExploreAsset(urlPath: string): { body: Buffer; type: string } | null {
  if (urlPath === '/explore/cytoscape.js') return { body: cytoscapeFile(), type: 'text/javascript; charset=utf-8' };
  if (urlPath === '/explore/explore.js') return { body: (clientBody ??= Buffer.from(CLIENT, 'utf8')), type: 'text/javascript; charset=utf-8' };
  return null;
}

let cytoscapeBody: Buffer | undefined;
let clientBody: Buffer | undefined;
let page: string | undefined;
function cytoscapeFile(): Buffer {
  return (cytoscapeBody ??= fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js')));
}

/** The /explore page (no inline script: the page's CSP allows its own files only). */
export function renderExplorePage(): string {
  return (page ??= explorePage());
}

function explorePage(): string {
  const legend = Object.entries(KIND_COLOURS)
    .map(([kind, colour]) => `<span class="kind"><i style="background:${colour}"></i>${kind}</span>`)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dossier — explore</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>
body { margin: 0; font: 14px system-ui, sans-serif; display: grid; grid-template-columns: 1fr 340px; grid-template-rows: auto 1fr; height: 100vh; }
header { grid-column: 1 / 3; padding: 6px 10px; border-bottom: 1px solid #ddd; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
#graph { width: 100%; height: 100%; min-height: 400px; background: #fff; }
aside { border-left: 1px solid #ddd; padding: 8px 12px; overflow: auto; }
blockquote { margin: 8px 0; padding-left: 8px; border-left: 3px solid #edae49; }
cite { color: #555; font-size: 12px; }
.kind i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 3px; }
.muted { color: #777; } .error { color: #b00; }
#results { margin: 0; padding-left: 18px; }
</style>
</head>
<body>
<header>
<strong>Dossier</strong> <a href="/">GraphQL playground</a> <a href="/review">Review documents</a>
<form id="search"><input id="q" name="q" placeholder="Search (e.g. ISIL, 2199, oil smuggling)" size="34"> <button>Search</button></form>
<span>${legend}</span>
<ul id="results"></ul>
</header>
<div id="graph" data-testid="graph" data-node-count="0"></div>
<aside id="details"></aside>
<script src="/explore/cytoscape.js"></script>
<script src="/explore/explore.js"></script>
</body>
</html>
`;
}
