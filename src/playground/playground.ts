// The offline GraphQL playground: GraphiQL served from local node_modules files, with example queries.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** Example operations shown as tabs; the flagship traversal first. */
export const EXAMPLE_QUERIES: Array<{ title: string; query: string }> = [
  {
    title: 'States named with oil',
    query: `# Which states were named in connection with oil flows? Who named them, when, in which role, and the quotes.
query StatesNamedWithOil {
  statesNamedInConnectionWith(topic: "oil") {
    state { name aliases }
    roles
    allegations {
      summary
      status
      statedOn
      claimant { name kind }
      named { role actor { name } }
      evidence { quote start end document { title publisher publishedOn } }
    }
  }
}`,
  },
  {
    title: 'Resolution 2253',
    query: `query Resolution2253 {
  resolution(number: 2253) {
    symbol adoptedOn unanimous votesFor cosponsorCount chapter
    adoptedAt { symbol date }
    drafters { name }
    targets { name aliases }
    topics { key name }
    recalls { number symbol }
    evidence { quote document { title } }
  }
}`,
  },
  {
    title: 'Actor by alias',
    query: `query Daesh {
  actor(name: "Da'esh") {
    id name kind aliases
    allegationsNaming { summary claimant { name } }
    related { relation direction actor { name } }
  }
  rogachev: actor(name: "rogachev") {
    name
    related { relation actor { name related { relation actor { name related { relation actor { name } } } } } }
    statements { quote madeAt { title dateText } }
  }
}`,
  },
  {
    title: 'Allegations (paged)',
    query: `query Allegations($after: String) {
  allegations(where: { topic: "oil smuggling" }, orderBy: { field: STATED_ON, direction: DESC }, first: 2, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { summary claimant { name } named { role actor { name } } } }
  }
}`,
  },
  {
    title: 'Resolutions about terrorism in 2015',
    query: `query TerrorismResolutions {
  resolutions(where: { topic: "terrorism", year: { eq: 2015 } }) {
    totalCount
    edges { node { number adoptedOn agendaItem topics { key } votes { vote state { name } } coverage { field covered note } } }
  }
  sources { kind covers from to rows document { title } }
}`,
  },
  {
    title: 'Search and stats',
    query: `query SearchAndStats {
  search(text: "S/RES/2199 (2015)", first: 1) {
    edges {
      highlights { field snippet }
      node { __typename ... on Resolution { number symbol } }
    }
  }
  stats { nodes relationships labels { label count } relationshipTypes { type count } }
}`,
  },
];

/** Local files the page loads, by URL path. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/playground/react.js': { file: 'node_modules/react/umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  '/playground/react-dom.js': { file: 'node_modules/react-dom/umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
  '/playground/graphiql.js': { file: 'node_modules/graphiql/graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  '/playground/graphiql.css': { file: 'node_modules/graphiql/graphiql.min.css', type: 'text/css; charset=utf-8' },
  '/playground/boot.js': { file: '', type: 'text/javascript; charset=utf-8' },
  '/playground/page.css': { file: '', type: 'text/css; charset=utf-8' },
};

const cache = new Map<string, Buffer>([['/playground/page.css', Buffer.from('html, body, #graphiql { height: 100%; margin: 0; }\n', 'utf8')]]);

/** A playground asset by URL path, or null. */
export function readPlaygroundAsset(urlPath: string): { body: Buffer; type: string } | null {
  const asset = ASSETS[urlPath];
  if (!asset) return null;
  let body = cache.get(urlPath);
  if (!body) {
    body = fs.readFileSync(path.join(PROJECT_ROOT, asset.file));
    cache.set(urlPath, body);
  }
  return { body, type: asset.type };
}

/** The page's Content-Security-Policy: its own files only (no inline script, no outside origin, no framing). */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The script that starts GraphiQL with the example tabs (served as a file, so the CSP needs no inline script). */
function renderBootScript(endpoint = '/graphql'): string {
  const tabs = JSON.stringify(EXAMPLE_QUERIES.map((q) => ({ query: q.query })));
  return `// Starts GraphiQL on ${endpoint} with Dossier's example queries.
const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
const root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(React.createElement(GraphiQL, { fetcher, defaultTabs: ${tabs}, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }));
`;
}

cache.set('/playground/boot.js', Buffer.from(renderBootScript(), 'utf8'));

/** The playground page. */
export function renderPlaygroundPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dossier — GraphQL playground</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/playground/graphiql.css">
<link rel="stylesheet" href="/playground/page.css">
</head>
<body>
<a id="explore-link" href="/explore" style="position:fixed;right:12px;bottom:8px;z-index:10;font:13px system-ui,sans-serif">Explore the graph →</a>
<a id="review-link" href="/review" style="position:fixed;right:150px;bottom:8px;z-index:10;font:13px system-ui,sans-serif">Review documents →</a>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/boot.js"></script>
</body>
</html>
`;
}
