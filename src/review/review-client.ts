// The review pages' browser script (served as a file under the strict CSP): the queue of documents, and one document with its mentions, candidates and decisions.

/**
 * The script, with `__CONFIG__` replaced by the page's constants (roles, statuses, colours). It is plain ES2020 for the
 * browser; it never puts the token in a URL or a cookie, only in sessionStorage and the Authorization header.
 */
export const REVIEW_CLIENT = String.raw`// Dossier review: reads through GraphQL, writes through the same mutations as any client (POST application/json with a bearer token).
(function () {
  'use strict';
  const CONFIG = __CONFIG__;
  const TOKEN_KEY = 'dossier-review-token';
  const KIND_ORDER = ['ALLEGATION', 'STATEMENT', 'ACTOR', 'RELATION', 'RESOLUTION_LINK'];
  const KIND_NAMES = { ALLEGATION: 'Allegations', STATEMENT: 'Statements and denials', ACTOR: 'New actors', RELATION: 'Relations', RESOLUTION_LINK: 'Resolution links' };
  const main = document.getElementById('main');
  const status = document.getElementById('status');

  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  };
  const say = (message, isError) => { status.textContent = message; status.className = isError ? 'error' : 'ok'; };

  const token = () => sessionStorage.getItem(TOKEN_KEY);

  /** One GraphQL operation; the data, or an Error with the first message (and its code). */
  async function gql(query, variables) {
    const headers = { 'content-type': 'application/json' };
    const t = token();
    if (t) headers.authorization = 'Bearer ' + t;
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: variables || {} }) });
    let body;
    try { body = await res.json(); } catch (e) { throw new Error('The server answered ' + res.status); }
    if (body.errors && body.errors.length > 0) {
      const error = new Error(body.errors[0].message);
      error.code = body.errors[0].extensions && body.errors[0].extensions.code;
      error.candidates = (body.errors[0].extensions && body.errors[0].extensions.candidates) || [];
      throw error;
    }
    return body.data;
  }

  // Sign-in: the token is asked once, kept in this tab's sessionStorage only.
  function renderSignIn(onChange) {
    const box = document.getElementById('signin');
    if (token()) {
      box.replaceChildren(
        el('span', { text: 'Signed in (the token stays in this tab). ' }),
        el('button', { type: 'button', id: 'signout', onclick: () => { sessionStorage.removeItem(TOKEN_KEY); renderSignIn(onChange); onChange(); } }, 'Sign out'),
      );
      return;
    }
    const input = el('input', { id: 'token', type: 'password', autocomplete: 'off', size: 28 });
    const form = el('form', { id: 'signin-form' },
      el('label', { for: 'token' }, 'API token (reviewers) '), input, ' ', el('button', { type: 'submit' }, 'Sign in'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = input.value.trim();
      if (!value) return;
      sessionStorage.setItem(TOKEN_KEY, value);
      renderSignIn(onChange);
      onChange();
    });
    box.replaceChildren(form);
  }

  // ---------------------------------------------------------------- /review: documents with pending candidates
  async function queuePage() {
    renderSignIn(() => {});
    main.replaceChildren(el('p', { class: 'muted', text: 'Loading the review queue…' }));
    const docs = new Map();
    let seen = 0;
    let after = null;
    for (let page = 0; page < 100; page++) {
      const data = await gql('query ($after: String) { reviewQueue(status: PENDING, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { kind document { id title publisher publishedOn } } } } }', { after });
      for (const { node } of data.reviewQueue.edges) {
        let entry = docs.get(node.document.id);
        if (!entry) { entry = { doc: node.document, counts: {}, total: 0, last: 0 }; docs.set(node.document.id, entry); }
        entry.counts[node.kind] = (entry.counts[node.kind] || 0) + 1;
        entry.total++;
        entry.last = seen++;
      }
      if (!data.reviewQueue.pageInfo.hasNextPage) break;
      after = data.reviewQueue.pageInfo.endCursor;
    }
    const rows = Array.from(docs.values()).sort((a, b) => b.last - a.last);
    const search = el('form', { id: 'doc-search', role: 'search' },
      el('label', { for: 'q' }, 'Search documents '), el('input', { id: 'q', name: 'q', size: 30 }), ' ', el('button', { type: 'submit' }, 'Search'), el('ul', { id: 'doc-results' }));
    search.addEventListener('submit', async (event) => {
      event.preventDefault();
      const q = document.getElementById('q').value;
      try {
        const data = await gql('query ($q: String!) { search(text: $q, first: 20) { edges { node { __typename ... on Document { id title } } } } }', { q });
        const found = data.search.edges.map((e) => e.node).filter((n) => n.__typename === 'Document');
        document.getElementById('doc-results').replaceChildren(...(found.length ? found.map((d) => el('li', {}, el('a', { href: '/review/' + d.id }, d.title || d.id))) : [el('li', { class: 'muted', text: 'No document matches.' })]));
      } catch (error) { say(error.message, true); }
    });
    const kinds = KIND_ORDER.filter((k) => rows.some((r) => r.counts[k]));
    const table = el('table', { id: 'queue' },
      el('caption', { text: rows.length + ' document' + (rows.length === 1 ? '' : 's') + ' with candidates to review, newest first' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Document' }), el('th', { scope: 'col', text: 'Publisher' }), el('th', { scope: 'col', text: 'Published' }),
        ...kinds.map((k) => el('th', { scope: 'col', text: KIND_NAMES[k] })), el('th', { scope: 'col', text: 'Pending' }))),
      el('tbody', {}, ...rows.map((r) => el('tr', { 'data-document': r.doc.id },
        el('td', {}, el('a', { href: '/review/' + r.doc.id }, r.doc.title || 'untitled document')),
        el('td', { text: r.doc.publisher || '' }), el('td', { text: r.doc.publishedOn || '' }),
        ...kinds.map((k) => el('td', { class: 'num', 'data-kind': k, text: String(r.counts[k] || 0) })),
        el('td', { class: 'num', text: String(r.total) })))));
    main.replaceChildren(search, rows.length ? table : el('p', { text: 'Nothing waits for review.' }));
    main.dataset.ready = 'true';
  }

  // ---------------------------------------------------------------- /review/<id>: one document
  const ACTOR_FIELDS = 'name role actor { id name kind }';
  const CANDIDATE_FIELDS = 'id kind status confidence summary facts evidence { quote start end } claimant { ' + ACTOR_FIELDS + ' } claimantIsPublisher named { ' + ACTOR_FIELDS + ' } topics proposedStatus statedOn { value precision text } speaker { ' + ACTOR_FIELDS + ' } answersEvidence { quote start end } answers { id summary status } byNamedParty name actorKind subject { ' + ACTOR_FIELDS + ' } object { ' + ACTOR_FIELDS + ' } relation since { value precision text } until { value precision text } resolutions { number symbol } decisions { actor at action reason edit }';

  const MENTION_FIELDS = 'text start end confidence via actor { id name kind } choices { id name kind }';

  const state = { doc: null, text: '', mentions: [], candidates: [], byId: new Map(), order: [], current: null, actors: new Map() };

  function factInWords(c) {
    const who = (a) => (a ? (a.actor ? a.actor.name : a.name + ' (not in the graph)') : 'someone unnamed');
    const when = (d) => (d ? (d.value || 'an unanchored ' + d.text) + (d.precision === 'DAY_INFERRED' || d.precision === 'WEEKDAY' ? " (inferred from '" + d.text + "')" : '') : null);
    if (c.kind === 'ALLEGATION') {
      const named = c.named.map((n) => who(n) + ' — ' + (n.role || 'no role')).join('; ');
      const stated = when(c.statedOn);
      return (c.claimantIsPublisher ? 'The outlet' : who(c.claimant)) + ' alleges: ' + (named || 'nobody named') +
        (c.topics.length ? ' — ' + c.topics.join(', ') : '') + (stated ? ', stated ' + stated : '') + ' [' + (c.proposedStatus || 'ALLEGED') + ']';
    }
    if (c.kind === 'STATEMENT')
      return who(c.speaker) + (c.answersEvidence ? (c.byNamedParty ? ' denies, as a named party, ' : ' answers ') + '“' + c.answersEvidence.quote + '”' : ' states this');
    if (c.kind === 'ACTOR') return 'A new ' + (c.actorKind || 'actor').toLowerCase() + ': ' + (c.name || c.summary);
    if (c.kind === 'RELATION') return who(c.subject) + ' ' + (c.relation || 'RELATED_TO') + ' ' + who(c.object) + (c.since ? ', since ' + when(c.since) : '') + (c.until ? ', until ' + when(c.until) : '');
    if (c.kind === 'RESOLUTION_LINK') return 'Refers to ' + (c.resolutions.length ? c.resolutions.map((r) => r.symbol || 'resolution ' + r.number).join(' or ') : 'an unknown resolution');
    return c.summary;
  }

  async function documentPage(id) {
    renderSignIn(() => { if (state.current) showCandidate(state.current, false); });
    main.replaceChildren(el('p', { class: 'muted', text: 'Loading the document…' }));
    const loadCandidates = async () => {
      const found = [];
      let after = null;
      for (let page = 0; page < 200; page++) {
        const q = await gql('query ($id: ID!, $after: String) { reviewQueue(documentId: $id, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ' + CANDIDATE_FIELDS + ' } } } }', { id, after });
        for (const e of q.reviewQueue.edges) found.push(e.node);
        if (!q.reviewQueue.pageInfo.hasNextPage) break;
        after = q.reviewQueue.pageInfo.endCursor;
      }
      return found;
    };
    const pending = loadCandidates().catch((error) => error);
    const data = await gql('query ($id: ID!) { node(id: $id) { __typename ... on Document { id title publisher publishedOn url length } } }', { id });
    const doc = data.node;
    if (!doc || doc.__typename !== 'Document') { main.replaceChildren(el('p', { class: 'error', text: 'No document with this id.' })); main.dataset.ready = 'true'; return; }
    // The text in parallel pieces (the API gives at most 100,000 characters at a time), asked for before the mentions.
    const PIECE = 100000;
    const pieces = [];
    for (let start = 0; start < doc.length; start += PIECE)
      pieces.push(gql('query ($id: ID!, $start: Int!, $end: Int!) { node(id: $id) { ... on Document { text(start: $start, end: $end) } } }', { id, start, end: Math.min(doc.length, start + PIECE) }).then((d) => d.node.text));
    // Mentions with their ids (to resolve them) where the schema gives them; without, the page shows them read only.
    const mentionsOf = gql('query ($id: ID!) { node(id: $id) { ... on Document { mentions { id ' + MENTION_FIELDS + ' } } } }', { id }).catch((error) => error);
    const text = (await Promise.all(pieces)).join('');
    performance.mark('review:text');
    const candidates = await pending;
    if (candidates instanceof Error) throw candidates;
    Object.assign(state, { doc, text, mentions: [], candidates, byId: new Map(candidates.map((c) => [c.id, c])) });
    for (const c of candidates) for (const a of [c.claimant, c.speaker, c.subject, c.object, ...c.named]) if (a && a.actor) state.actors.set(a.actor.id, a.actor);
    document.title = 'Review — ' + (doc.title || 'document');

    // First the text with the candidates' quotes, then (when they come) the mentions.
    const facts = (mentions) => [doc.publisher, doc.publishedOn, doc.length + ' characters', mentions, candidates.length + ' candidates'].filter(Boolean).join(' · ');
    const about = el('p', { class: 'muted', text: facts('mentions loading') });
    const header = el('div', { class: 'doc-head' }, el('h1', { text: doc.title || 'Untitled document' }), about);
    const article = el('article', { id: 'text', 'aria-label': 'Document text', 'aria-busy': 'true' });
    article.append(renderText(text, [], candidates));
    const panel = el('aside', { id: 'panel', 'aria-label': 'Candidates' }, el('div', { id: 'list' }), el('section', { id: 'details', 'aria-live': 'polite' }));
    main.replaceChildren(header, el('div', { class: 'review' }, article, panel));
    renderList();
    article.addEventListener('click', onTextClick);
    article.addEventListener('keydown', (event) => { if ((event.key === 'Enter' || event.key === ' ') && event.target.classList.contains('m-unresolved')) { event.preventDefault(); onTextClick(event); } });
    if (state.order.length) selectCandidate(state.order[0], false);
    // The marks the bench reads: the DOM built, then the frame after the one that painted it (text and quotes; then with mentions).
    performance.mark('review:text-rendered');
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('review:text-painted')));

    const found = await mentionsOf;
    performance.mark('review:mentions');
    if (found instanceof Error) throw found;
    doc.mentions = found.node.mentions;
    state.mentions = doc.mentions;
    for (const m of doc.mentions) for (const a of [m.actor, ...m.choices]) if (a) state.actors.set(a.id, a);
    about.textContent = facts(doc.mentions.length + ' mentions');
    article.replaceChildren(renderText(text, doc.mentions, candidates));
    article.removeAttribute('aria-busy');
    refreshEvidenceStyles();
    if (state.current) for (const node of document.querySelectorAll('#text [data-c~="' + state.current + '"]')) node.classList.add('current');
    main.dataset.ready = 'true';
    performance.mark('review:rendered');
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('review:painted')));
  }

  /** A mention's element: a link to the actor's picture when resolved, else a button-like span (dashed; dotted when ambiguous). */
  function mentionNode(m, mi) {
    let node;
    if (m.actor) {
      node = el('a', { href: '/explore?id=' + encodeURIComponent(m.actor.id), class: 'm m-' + m.actor.kind, title: m.actor.name + ' (' + m.actor.kind.toLowerCase() + ')' });
    } else {
      const ambiguous = m.choices.length > 0;
      node = el('span', { class: 'm m-unresolved' + (ambiguous ? ' m-ambiguous' : ''), tabindex: 0, role: 'button', 'aria-controls': 'details',
        title: ambiguous ? 'Ambiguous: ' + m.choices.map((a) => a.name).join(' or ') + ' (Enter to choose)' : 'Not resolved to an actor (Enter to choose)' });
    }
    node.dataset.m = String(mi);
    return node;
  }

  /** Characters per block of text: each block is laid out and painted only near the viewport (content-visibility). */
  const CHUNK = 4000;

  /**
   * The text in blocks of about CHUNK characters, cut after a line break that no span crosses; each block holds its
   * segments between span boundaries: a mention segment underlined, an evidence segment highlighted.
   */
  function renderText(text, mentions, candidates) {
    const spans = mentions.map((m) => [m.start, m.end]).concat(candidates.map((c) => [c.evidence.start, c.evidence.end])).sort((a, b) => a[0] - b[0]);
    const blockBounds = [0];
    let si = 0;
    let coveredTo = 0;
    for (let at = CHUNK; at < text.length; ) {
      const nl = text.indexOf('\n', at);
      if (nl < 0) break;
      const cut = nl + 1;
      while (si < spans.length && spans[si][0] < cut) coveredTo = Math.max(coveredTo, spans[si++][1]);
      if (coveredTo > nl) { at = coveredTo; continue; }
      blockBounds.push(cut);
      at = cut + CHUNK;
    }
    blockBounds.push(text.length);
    const fragment = document.createDocumentFragment();
    for (let b = 0; b + 1 < blockBounds.length; b++) fragment.append(renderBlock(text, mentions, candidates, blockBounds[b], blockBounds[b + 1]));
    return fragment;
  }

  /** One block of the text, [from, to), with the spans that fall in it (clipped to it). */
  function renderBlock(text, mentions, candidates, from, to) {
    const block = el('div', { class: 'chunk', 'data-start': from, 'data-end': to });
    const lines = (text.slice(from, to).match(/\n/g) || []).length;
    block.style.containIntrinsicSize = 'auto ' + Math.round(((to - from) / 72 + lines) * 27) + 'px';
    const ms = [];
    mentions.forEach((m, mi) => { if (m.start < to && m.end > from) ms.push([m, mi]); });
    const cs = candidates.filter((c) => c.evidence.start < to && c.evidence.end > from);
    const clip = (n) => Math.min(to, Math.max(from, n));
    const cuts = new Set([from, to]);
    for (const [m] of ms) { cuts.add(clip(m.start)); cuts.add(clip(m.end)); }
    for (const c of cs) { cuts.add(clip(c.evidence.start)); cuts.add(clip(c.evidence.end)); }
    const bounds = Array.from(cuts).sort((a, b) => a - b);
    const index = new Map(bounds.map((n, i) => [n, i]));
    const segMention = new Array(bounds.length).fill(-1);
    const segCands = new Array(bounds.length).fill(null);
    for (const [m, mi] of ms) for (let i = index.get(clip(m.start)); i < index.get(clip(m.end)); i++) if (segMention[i] < 0) segMention[i] = mi;
    for (const c of cs) for (let i = index.get(clip(c.evidence.start)); i < index.get(clip(c.evidence.end)); i++) (segCands[i] = segCands[i] || []).push(c.id);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = text.slice(bounds[i], bounds[i + 1]);
      if (!piece) continue;
      const mi = segMention[i];
      const cands = segCands[i];
      if (mi < 0 && !cands) { block.append(piece); continue; }
      const node = mi >= 0 ? mentionNode(mentions[mi], mi) : el('span', {});
      if (cands) { node.dataset.c = cands.join(' '); node.classList.add('ev'); }
      node.textContent = piece;
      block.append(node);
    }
    return block;
  }

  /** Builds again the blocks of the text that [start, end) touches (after a mention or a candidate changed). */
  function renderBlocksAt(start, end) {
    for (const block of Array.from(document.querySelectorAll('#text .chunk'))) {
      const from = Number(block.dataset.start);
      const to = Number(block.dataset.end);
      if (from < end && to > start) block.replaceWith(renderBlock(state.text, state.mentions, state.candidates, from, to));
    }
    refreshEvidenceStyles();
    if (state.current) for (const node of document.querySelectorAll('#text [data-c~="' + state.current + '"]')) node.classList.add('current');
  }

  function refreshEvidenceStyles() {
    for (const node of document.querySelectorAll('#text [data-c]')) {
      const statuses = node.dataset.c.split(' ').map((id) => state.byId.get(id).status);
      node.classList.toggle('ev-PENDING', statuses.includes('PENDING'));
      node.classList.toggle('ev-ACCEPTED', !statuses.includes('PENDING') && statuses.includes('ACCEPTED'));
      node.classList.toggle('ev-REJECTED', statuses.every((s) => s === 'REJECTED'));
    }
  }

  function renderList() {
    const list = document.getElementById('list');
    const groups = [];
    state.order = [];
    for (const kind of KIND_ORDER) {
      const of = state.candidates.filter((c) => c.kind === kind).sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
      if (!of.length) continue;
      groups.push(el('h2', { text: KIND_NAMES[kind] + ' (' + of.length + ')' }));
      groups.push(el('ol', { class: 'cands' }, ...of.map((c) => {
        state.order.push(c.id);
        return el('li', {}, el('button', { type: 'button', class: 'cand cand-' + c.status, 'data-id': c.id, 'aria-current': c.id === state.current ? 'true' : null,
          onclick: () => selectCandidate(c.id, true) }, el('span', { class: 'badge', text: c.status }), ' ', c.summary));
      })));
    }
    list.replaceChildren(el('p', { class: 'keys', id: 'keys', text: 'Keys: j / k next / previous · a accept · r reject · e edit' }), ...(groups.length ? groups : [el('p', { text: 'No candidates.' })]));
    refreshEvidenceStyles();
  }

  function selectCandidate(id, focus) {
    state.current = id;
    for (const node of document.querySelectorAll('#text .current')) node.classList.remove('current');
    const marks = Array.from(document.querySelectorAll('#text [data-c~="' + id + '"]'));
    for (const node of marks) node.classList.add('current');
    if (marks[0]) marks[0].scrollIntoView({ block: 'center' });
    for (const b of document.querySelectorAll('#list .cand')) { if (b.dataset.id === id) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current'); }
    if (focus) { const b = document.querySelector('#list .cand[data-id="' + id + '"]'); if (b) b.focus(); }
    showCandidate(id);
  }

  function showCandidate(id, form) {
    const c = state.byId.get(id);
    const details = document.getElementById('details');
    const parts = [
      el('h2', { text: c.kind.replace('_', ' ').toLowerCase() + ' · ' + c.status }),
      el('p', { class: 'fact', 'data-testid': 'fact', text: factInWords(c) }),
      el('p', { text: 'Confidence ' + c.confidence.toFixed(2) }),
      el('blockquote', { text: '“' + c.evidence.quote + '”' }),
    ];
    if (c.answersEvidence) parts.push(answeredAllegation(c));
    if (c.answers) parts.push(el('p', { 'data-testid': 'answered' }, 'The allegation it answers, “' + c.answers.summary + '”, is now ', el('strong', { class: 'allegation-status', text: c.answers.status }), '.'));
    const fact = c.facts.find((f) => { try { return atob(f.replace(/-/g, '+').replace(/_/g, '/')).startsWith('Allegation:'); } catch (e) { return false; } });
    if (fact) parts.push(el('p', {}, el('a', { href: '/explore?id=' + encodeURIComponent(fact), 'data-testid': 'fact-link' }, 'The accepted allegation in /explore')));
    parts.push(el('h3', { text: 'Decisions' }));
    parts.push(c.decisions.length
      ? el('ol', { class: 'decisions', 'data-testid': 'decisions' }, ...c.decisions.map((d) => el('li', { text: d.at.slice(0, 19).replace('T', ' ') + ' · ' + d.actor + ' · ' + d.action + (d.reason ? ' — ' + d.reason : '') + (d.edit ? editInWords(d.edit) : '') })))
      : el('p', { class: 'muted', 'data-testid': 'decisions', text: 'None yet.' }));
    if (token()) parts.push(actions(c, form));
    else parts.push(el('p', { class: 'muted', text: 'Sign in with a reviewer’s token to accept, edit, reject or reopen.' }));
    details.replaceChildren(...parts);
  }

  /** A denial's answered allegation: the candidate of this document with that quote, its status, and a way to go to it. */
  function answeredAllegation(c) {
    const span = c.answersEvidence;
    const target = state.candidates.find((x) => x.kind === 'ALLEGATION' && x.evidence.start === span.start && x.evidence.end === span.end);
    const box = el('div', { class: 'answers', 'data-testid': 'answers' }, el('h3', { text: 'The allegation it answers' }), el('blockquote', { class: 'answered-quote', text: '“' + span.quote + '”' }));
    if (!target) return box;
    box.append(el('p', {}, target.summary + ' — candidate ', el('strong', { class: 'answered-status', text: target.status }), ' ',
      el('button', { type: 'button', class: 'go-answered', 'data-id': target.id, onclick: () => selectCandidate(target.id, true) }, 'Show the allegation')));
    if (c.status === 'PENDING')
      box.append(el('p', { class: 'muted', text: target.status === 'ACCEPTED'
        ? 'Accepting this denial makes the allegation ' + (c.byNamedParty ? 'DENIED (a named party denies).' : 'DISPUTED (DENIED when a named party denies).')
        : 'Accept the allegation first: accepting the denial then changes its status.' }));
    return box;
  }

  /** A decision's edit (store ids, as the API keeps it) in words. */
  function editInWords(edit) {
    const name = (key) => {
      const id = btoa(unescape(encodeURIComponent(key))).replace(/[+]/g, '-').replace(/[/]/g, '_').replace(/=+$/, '');
      const actor = state.actors.get(id);
      return actor ? actor.name : String(key).replace(/^Actor:/, '');
    };
    const parts = [];
    if (edit.claimantKey) parts.push('claimant ' + name(edit.claimantKey));
    if (edit.named) parts.push('roles ' + edit.named.map((n) => name(n.actorKey) + ' ' + n.role).join(', '));
    if (edit.speakerKey) parts.push('speaker ' + name(edit.speakerKey));
    if (edit.status) parts.push('status ' + edit.status);
    if (edit.topics) parts.push('topics ' + edit.topics.join(', '));
    if (edit.statedOn) parts.push('stated ' + edit.statedOn);
    if (edit.name) parts.push('name ' + edit.name);
    if (edit.summary) parts.push('summary “' + edit.summary + '”');
    return parts.length ? ' · edit: ' + parts.join('; ') : '';
  }

  function actions(c, form) {
    const box = el('div', { class: 'actions' });
    if (form === 'reject' || form === 'reopen') {
      const reason = el('textarea', { id: 'reason', rows: 3, cols: 34 });
      const f = el('form', { id: form + '-form' }, el('label', { for: 'reason' }, form === 'reject' ? 'Why reject it?' : 'Why reopen it?'), el('br'), reason, el('br'),
        el('button', { type: 'submit' }, form === 'reject' ? 'Reject' : 'Reopen'), ' ', el('button', { type: 'button', onclick: () => showCandidate(c.id) }, 'Cancel'));
      f.addEventListener('submit', (event) => { event.preventDefault(); decide(c, form, { reason: reason.value }); });
      box.append(f);
      setTimeout(() => reason.focus(), 0);
      return box;
    }
    if (form === 'edit') { box.append(editForm(c)); return box; }
    if (c.status === 'PENDING') {
      box.append(el('button', { type: 'button', id: 'accept', onclick: () => decide(c, 'accept', {}) }, 'Accept (a)'), ' ',
        el('button', { type: 'button', id: 'edit', onclick: () => showCandidate(c.id, 'edit') }, 'Edit and accept (e)'), ' ',
        el('button', { type: 'button', id: 'reject', onclick: () => showCandidate(c.id, 'reject') }, 'Reject (r)'));
    } else {
      box.append(el('button', { type: 'button', id: 'reopen', onclick: () => showCandidate(c.id, 'reopen') }, 'Reopen'));
    }
    return box;
  }

  function actorSelect(id, label, chosen, allowNone) {
    const options = Array.from(state.actors.values()).sort((a, b) => a.name.localeCompare(b.name));
    const select = el('select', { id, class: 'actor-select', 'aria-label': label },
      ...(allowNone ? [el('option', { value: '' }, '(as proposed)')] : []),
      ...options.map((a) => el('option', { value: a.id, selected: a.id === chosen }, a.name + ' (' + a.kind.toLowerCase() + ')')));
    return select;
  }
  function enumSelect(id, label, values, chosen) {
    return el('select', { id, 'aria-label': label }, ...values.map((v) => el('option', { value: v, selected: v === chosen }, v)));
  }

  function editForm(c) {
    const form = el('form', { id: 'edit-form' });
    const fields = el('div', {});
    const read = [];
    if (c.kind === 'ALLEGATION') {
      fields.append(el('label', { for: 'edit-claimant' }, 'Claimant '), actorSelect('edit-claimant', 'Claimant', c.claimant && c.claimant.actor ? c.claimant.actor.id : '', true), el('br'));
      const rows = el('ol', { id: 'edit-roles', 'aria-label': 'Named actors and roles' });
      let n = 0;
      const addRow = (actorId, role) => {
        const i = n++;
        const row = el('li', { class: 'role-row' }, actorSelect('edit-actor-' + i, 'Named actor ' + (i + 1), actorId, false), ' ',
          enumSelect('edit-role-' + i, 'Role of named actor ' + (i + 1), CONFIG.roles, role), ' ');
        row.append(el('button', { type: 'button', 'aria-label': 'Remove named actor ' + (i + 1), onclick: () => row.remove() }, 'Remove'));
        rows.append(row);
      };
      for (const named of c.named) if (named.actor) addRow(named.actor.id, named.role || 'SUBJECT');
      fields.append(el('fieldset', {}, el('legend', { text: 'Named actors and roles' }), rows,
        el('button', { type: 'button', id: 'edit-add-role', onclick: () => addRow('', 'SUBJECT') }, 'Add a named actor')));
      fields.append(el('label', { for: 'edit-status' }, 'Status '), enumSelect('edit-status', 'Status', CONFIG.statuses, c.proposedStatus || 'ALLEGED'), el('br'));
      read.push((edit) => {
        const claimant = document.getElementById('edit-claimant').value;
        if (claimant) edit.claimant = claimant;
        edit.roles = Array.from(rows.querySelectorAll('.role-row')).map((row) => ({ actor: row.querySelector('select').value, role: row.querySelectorAll('select')[1].value })).filter((r) => r.actor);
        edit.status = document.getElementById('edit-status').value;
      });
    } else if (c.kind === 'STATEMENT') {
      fields.append(el('label', { for: 'edit-speaker' }, 'Speaker '), actorSelect('edit-speaker', 'Speaker', c.speaker && c.speaker.actor ? c.speaker.actor.id : '', true));
      read.push((edit) => { const s = document.getElementById('edit-speaker').value; if (s) edit.speaker = s; });
    } else if (c.kind === 'ACTOR') {
      fields.append(el('label', { for: 'edit-name' }, 'Name '), el('input', { id: 'edit-name', value: c.name || '' }));
      read.push((edit) => { edit.name = document.getElementById('edit-name').value; });
    } else {
      fields.append(el('p', { class: 'muted', text: 'Nothing to edit for this kind: accept or reject it.' }));
    }
    if (c.kind === 'ALLEGATION' || c.kind === 'STATEMENT') fields.append(actorFinder(form));
    fields.append(el('label', { for: 'edit-summary' }, 'Summary '), el('input', { id: 'edit-summary', value: c.summary, size: 36 }));
    read.push((edit) => { const s = document.getElementById('edit-summary').value; if (s !== c.summary) edit.summary = s; });
    form.append(fields, el('button', { type: 'submit', id: 'edit-accept' }, 'Accept with these changes'), ' ', el('button', { type: 'button', onclick: () => showCandidate(c.id) }, 'Cancel'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const edit = {};
      for (const r of read) r(edit);
      decide(c, 'accept', { edit });
    });
    setTimeout(() => { const first = form.querySelector('select, input'); if (first) first.focus(); }, 0);
    return form;
  }

  /** A name resolved as actor(name:) does: the actor joins every actor picker; an ambiguous name offers its candidates. */
  function actorFinder(form) {
    const input = el('input', { id: 'find-actor', size: 20 });
    const out = el('div', { id: 'find-actor-result', 'aria-live': 'polite' });
    const add = (actor) => {
      state.actors.set(actor.id, actor);
      for (const select of form.querySelectorAll('select.actor-select'))
        if (!Array.from(select.options).some((o) => o.value === actor.id)) select.append(el('option', { value: actor.id }, actor.name + ' (' + actor.kind.toLowerCase() + ')'));
      out.replaceChildren(el('span', { class: 'ok', text: actor.name + ' can now be chosen.' }));
    };
    const find = async () => {
      const name = input.value.trim();
      if (!name) return;
      try {
        const data = await gql('query ($name: String!) { actor(name: $name) { id name kind } }', { name });
        if (data.actor) add(data.actor); else out.replaceChildren(el('span', { class: 'error', text: 'No actor is called “' + name + '”.' }));
      } catch (error) {
        if (error.code !== 'AMBIGUOUS_NAME') { out.replaceChildren(el('span', { class: 'error', text: error.message })); return; }
        out.replaceChildren(el('span', { text: 'Several actors have this name; choose one: ' }),
          ...error.candidates.map((a) => el('button', { type: 'button', onclick: () => add(a) }, a.name + ' (' + String(a.kind).toLowerCase() + ')')));
      }
    };
    input.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); find(); } });
    return el('div', { class: 'finder' }, el('label', { for: 'find-actor' }, 'Another actor by name '), input, ' ', el('button', { type: 'button', id: 'find-actor-button', onclick: find }, 'Find'), out);
  }

  const MUTATIONS = {
    accept: 'mutation ($id: ID!, $edit: CandidateEdit) { acceptCandidate(id: $id, edit: $edit) { ' + CANDIDATE_FIELDS + ' } }',
    reject: 'mutation ($id: ID!, $reason: String!) { rejectCandidate(id: $id, reason: $reason) { ' + CANDIDATE_FIELDS + ' } }',
    reopen: 'mutation ($id: ID!, $reason: String!) { reopenCandidate(id: $id, reason: $reason) { ' + CANDIDATE_FIELDS + ' } }',
  };
  const DONE = { accept: 'Accepted', reject: 'Rejected', reopen: 'Reopened' };

  async function decide(c, action, variables) {
    say(DONE[action].replace(/ed$/, 'ing') + '…');
    try {
      const data = await gql(MUTATIONS[action], Object.assign({ id: c.id }, variables));
      const updated = data[action + 'Candidate'];
      state.byId.set(updated.id, updated);
      state.candidates = state.candidates.map((x) => (x.id === updated.id ? updated : x));
      renderList();
      selectCandidate(updated.id, true);
      say(DONE[action] + ': ' + updated.summary + (updated.answers ? ' — the allegation it answers is now ' + updated.answers.status : ''));
    } catch (error) {
      say((error.code ? error.code + ': ' : '') + error.message, true);
    }
  }

  function onTextClick(event) {
    const target = event.target.closest ? event.target.closest('[data-m], [data-c]') : null;
    if (!target) return;
    if (target.dataset.m !== undefined && target.classList.contains('m-unresolved')) {
      showMention(Number(target.dataset.m), true);
      return;
    }
    if (target.dataset.c && !(target.tagName === 'A' && !event.altKey)) selectCandidate(target.dataset.c.split(' ')[0], false);
  }

  /** An unresolved or ambiguous mention in the panel: its choices and "new actor" (buttons only when signed in). */
  function showMention(mi, focus) {
    const m = state.mentions[mi];
    const details = document.getElementById('details');
    const canResolve = Boolean(token() && m.id);
    const parts = [el('h2', { id: 'mention-title', text: '“' + m.text + '”' }),
      el('p', { text: m.choices.length ? 'Ambiguous: it may mean one of these actors.' : 'Not resolved to an actor in the graph.' })];
    if (m.choices.length)
      parts.push(el('ul', { class: 'choices', 'aria-labelledby': 'mention-title' }, ...m.choices.map((a) => el('li', {},
        canResolve ? el('button', { type: 'button', class: 'choose', 'data-actor': a.id, onclick: () => resolveMention(mi, a) }, 'Choose ' + a.name + ' (' + a.kind.toLowerCase() + ')') : null, ' ',
        el('a', { href: '/explore?id=' + encodeURIComponent(a.id), 'aria-label': a.name + ' in /explore' }, canResolve ? 'in /explore' : a.name + ' (' + a.kind.toLowerCase() + ')')))));
    if (canResolve) {
      const kind = el('select', { id: 'new-actor-kind' }, ...CONFIG.actorKinds.map((k) => el('option', { value: k, selected: k === 'PERSON' }, k.toLowerCase())));
      const name = el('input', { id: 'new-actor-name', value: m.text, size: 24 });
      const form = el('form', { id: 'new-actor-form' }, el('h3', { text: 'Or a new actor' }),
        el('label', { for: 'new-actor-name' }, 'Name '), name, ' ', el('label', { for: 'new-actor-kind' }, 'Kind '), kind, ' ',
        el('button', { type: 'submit', id: 'new-actor' }, 'Propose a new actor'));
      form.addEventListener('submit', (event) => { event.preventDefault(); proposeActor(mi, kind.value, name.value.trim()); });
      parts.push(form);
    } else if (!token()) parts.push(el('p', { class: 'muted', text: 'Sign in with a reviewer’s token to choose an actor or propose a new one.' }));
    parts.push(el('p', { class: 'muted', text: 'Confidence ' + m.confidence.toFixed(2) + ' · found by ' + m.via }));
    details.replaceChildren(...parts);
    if (focus) { const first = details.querySelector('button, a, input'); if (first) first.focus(); }
  }

  /** Resolves a mention to one of its choices (resolveMention): it is drawn again, solid and linked to the actor. */
  async function resolveMention(mi, actor) {
    const m = state.mentions[mi];
    say('Resolving “' + m.text + '”…');
    try {
      const data = await gql('mutation ($id: ID!, $actorId: ID!) { resolveMention(id: $id, actorId: $actorId) { id ' + MENTION_FIELDS + ' } }', { id: m.id, actorId: actor.id });
      const resolved = data.resolveMention;
      state.mentions[mi] = resolved;
      if (resolved.actor) state.actors.set(resolved.actor.id, resolved.actor);
      renderBlocksAt(resolved.start, resolved.end);
      const details = document.getElementById('details');
      const link = resolved.actor ? el('a', { href: '/explore?id=' + encodeURIComponent(resolved.actor.id), 'data-testid': 'resolved-link' }, resolved.actor.name + ' in /explore') : null;
      details.replaceChildren(el('h2', { text: '“' + resolved.text + '”' }), el('p', {}, 'Resolved: it means ', link || 'nobody', '.'));
      if (link) link.focus();
      say('Resolved: “' + resolved.text + '” is ' + (resolved.actor ? resolved.actor.name : 'unresolved'));
    } catch (error) {
      say((error.code ? error.code + ': ' : '') + error.message, true);
    }
  }

  /** Proposes a new actor for a mention (proposeActor): the ACTOR candidate joins the panel, selected. */
  async function proposeActor(mi, kind, name) {
    const m = state.mentions[mi];
    say('Proposing a new actor…');
    try {
      const data = await gql('mutation ($mentionId: ID!, $kind: ActorKind!, $name: String) { proposeActor(mentionId: $mentionId, kind: $kind, name: $name) { ' + CANDIDATE_FIELDS + ' } }',
        { mentionId: m.id, kind, name: name || null });
      const created = data.proposeActor;
      if (!state.byId.has(created.id)) state.candidates.push(created);
      else state.candidates = state.candidates.map((x) => (x.id === created.id ? created : x));
      state.byId.set(created.id, created);
      renderBlocksAt(created.evidence.start, created.evidence.end);
      renderList();
      selectCandidate(created.id, true);
      say('Proposed: ' + created.summary);
    } catch (error) {
      say((error.code ? error.code + ': ' : '') + error.message, true);
    }
  }

  document.addEventListener('keydown', (event) => {
    if (!state.doc || event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select') return;
    const i = state.order.indexOf(state.current);
    if (event.key === 'j' || event.key === 'k') {
      if (!state.order.length) return;
      const next = event.key === 'j' ? Math.min(state.order.length - 1, i + 1) : Math.max(0, i - 1);
      selectCandidate(state.order[next], true);
      event.preventDefault();
      return;
    }
    if (!token() || !state.current) return;
    const c = state.byId.get(state.current);
    if (event.key === 'a' && c.status === 'PENDING') { event.preventDefault(); decide(c, 'accept', {}); }
    else if (event.key === 'r' && c.status === 'PENDING') { event.preventDefault(); showCandidate(c.id, 'reject'); }
    else if (event.key === 'e' && c.status === 'PENDING') { event.preventDefault(); showCandidate(c.id, 'edit'); }
  });

  const match = /^\/review\/([A-Za-z0-9_-]+)$/.exec(location.pathname);
  (match ? documentPage(match[1]) : queuePage()).catch((error) => { say(error.message, true); main.dataset.ready = 'error'; });
})();
`;
