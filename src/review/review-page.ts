// The /review pages: the queue of documents waiting for review, and one document with its mentions and candidates, served from this process under the playground's CSP.
import { ActorKind, AllegationStatus, Role } from '../graphql/node.type';
import { REVIEW_CLIENT } from './review-client';

/** Underline colours of resolved mentions, by actor kind (the style of the underline differs by state too). */
export const ACTOR_KIND_COLOURS: Record<string, string> = {
  STATE: '#1864ab',
  PERSON: '#a61e4d',
  ORGANIZATION: '#237032',
  GROUP: '#b53d0b',
};

const CONFIG = { roles: Object.values(Role), statuses: Object.values(AllegationStatus), actorKinds: Object.values(ActorKind), colours: ACTOR_KIND_COLOURS };

let clientBody: Buffer | undefined;

/** The page's script by URL path, or null. */
export function readReviewAsset(urlPath: string): { body: Buffer; type: string } | null {
  if (urlPath !== '/review/review.js') return null;
  return { body: (clientBody ??= Buffer.from(REVIEW_CLIENT.replace('__CONFIG__', JSON.stringify(CONFIG)), 'utf8')), type: 'text/javascript; charset=utf-8' };
}

/** Whether a path names a review page: /review, or /review/<document id>. */
export function isReviewPath(urlPath: string): boolean {
  return urlPath === '/review' || /^\/review\/[A-Za-z0-9_-]{1,400}$/.test(urlPath);
}

let page: string | undefined;

/** The review page (the same page for the queue and a document; its script reads the path). */
export function renderReviewPage(): string {
  return (page ??= reviewPage());
}

function reviewPage(): string {
  const kinds = Object.entries(ACTOR_KIND_COLOURS)
    .map(([kind, colour]) => `.m-${kind} { text-decoration-color: ${colour}; }`)
    .join('\n');
  const legend = Object.entries(ACTOR_KIND_COLOURS)
    .map(([kind, colour]) => `<span class="m m-${kind}" style="color:${colour}">${kind.toLowerCase()}</span>`)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dossier — review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>
body { margin: 0; font: 15px system-ui, sans-serif; color: #222; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; display: flex; gap: 14px; align-items: center; flex-wrap: wrap; }
main { padding: 8px 14px; }
h1 { font-size: 20px; margin: 4px 0; } h2 { font-size: 15px; margin: 10px 0 4px; } h3 { font-size: 14px; margin: 10px 0 4px; }
.muted { color: #666; } .error { color: #b00020; } .ok { color: #1b5e20; }
.review { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 16px; align-items: start; }
#text { white-space: pre-wrap; line-height: 1.7; max-width: 75ch; font: 16px Georgia, serif; }
#panel { position: sticky; top: 0; max-height: 100vh; overflow: auto; border-left: 1px solid #ddd; padding-left: 12px; }
.m { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-style: solid; color: inherit; }
${kinds}
.m-unresolved { text-decoration-style: dashed; text-decoration-color: #555; cursor: pointer; }
.m-ambiguous { text-decoration-style: dotted; text-decoration-thickness: 3px; }
.chunk { content-visibility: auto; contain-intrinsic-size: auto 3000px; }
.ev { padding: 1px 0; }
.ev-PENDING { background: #fff3bf; border-bottom: 2px dotted #e67700; }
.ev-ACCEPTED { background: #d3f9d8; border-bottom: 2px solid #2b8a3e; }
.ev-REJECTED { background: #f1f3f5; border-bottom: 2px double #868e96; }
.ev.current { background: #d0ebff; border-bottom-color: #1c7ed6; font-weight: 600; }
#list { max-height: 45vh; overflow: auto; border-bottom: 1px solid #ddd; }
.cands { margin: 0; padding-left: 20px; }
.cand { text-align: left; background: none; border: 1px solid transparent; padding: 3px 4px; font: inherit; cursor: pointer; width: 100%; }
.cand[aria-current="true"] { border-color: #1c7ed6; background: #e7f5ff; }
.cand:focus-visible, button:focus-visible, a:focus-visible, .m:focus-visible { outline: 3px solid #1c7ed6; }
.badge { font-size: 11px; padding: 0 4px; border: 1px solid #aaa; border-radius: 3px; }
.cand-ACCEPTED .badge { border-style: solid; background: #d3f9d8; } .cand-REJECTED .badge { border-style: double; background: #f1f3f5; text-decoration: line-through; }
.cand-PENDING .badge { border-style: dotted; background: #fff3bf; }
blockquote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #e67700; }
.keys { font-size: 13px; background: #f8f9fa; padding: 4px 6px; }
table { border-collapse: collapse; } th, td { padding: 4px 8px; border-bottom: 1px solid #eee; text-align: left; } .num { text-align: right; }
.decisions { overflow-wrap: anywhere; } fieldset { margin: 6px 0; } .role-row { margin: 2px 0; } .actions { margin-top: 10px; }
</style>
</head>
<body>
<header>
<strong>Dossier</strong> <a href="/review">Review queue</a> <a href="/explore">Explore</a> <a href="/">GraphQL playground</a>
<span role="group" aria-label="Mention underlines">Mentions: ${legend} <span class="m m-unresolved">unresolved</span> <span class="m m-unresolved m-ambiguous">ambiguous</span></span>
<span id="signin"></span>
<span id="status" role="status" aria-live="polite"></span>
</header>
<main id="main"></main>
<script src="/review/review.js"></script>
</body>
</html>
`;
}
