// A reviewer's decision is one transaction: the server killed with kill -9 at any moment of an accept or a reopen leaves the candidate, its decision and its facts all there or all absent, on both engines.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ENGINES, freshTarget } from '../helpers';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'src', 'cli.js');
const TOKEN = 'kim-reviewer-token-for-the-kill-test-0123';
const A05 = path.join(ROOT, 'seed', 'data', 'articles', 'A05_2016-02-02_us-embassy-turkey_szubin-dunya-interview.txt');

interface Server {
  child: ChildProcess;
  url: string;
}

/** `dossier serve` on `target` in a process of its own (seed only), once it says it is ready. */
function serve(target: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...process.env, ...target, PORT: '0', LOG_LEVEL: 'info', DOSSIER_IMPORT: 'false', DOSSIER_API_TOKENS: `kim:reviewer:${TOKEN}` },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const ready = /"message":"Dossier is ready".*?"url":"([^"]+)"/.exec(log);
      if (ready) resolve({ child, url: ready[1]! });
    });
    child.once('exit', (code) => reject(new Error(`dossier serve exited with ${code}: ${log.slice(-1000)}`)));
  });
}

async function gql<T>(server: Server, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body).slice(0, 500));
  return body.data;
}

/** Kills the server with SIGKILL and waits for it to be gone. */
async function kill(server: Server): Promise<void> {
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await gone;
}

describe.each(ENGINES)('decisions killed midway on %s', (engine) => {
  it('leaves each candidate with its decisions and facts whole or absent, whatever moment kill -9 hits', async () => {
    const target = await freshTarget(engine);
    let server = await serve(target);
    try {
      const ingested = await gql<{ ingestDocument: { candidates: Array<{ id: string; kind: string; summary: string }> } }>(
        server,
        'mutation ($input: IngestInput!) { ingestDocument(input: $input) { candidates { id kind summary } } }',
        { input: { text: fs.readFileSync(A05, 'utf8'), title: 'Szubin interview with Dunya', publisher: 'U.S. Embassy', publishedOn: '2016-02-02' } },
      );
      const candidates = ingested.ingestDocument.candidates;
      const person = candidates.find((c) => c.kind === 'ACTOR' && c.summary === 'New person: Adam J. Szubin')!;
      const claim = candidates.find((c) => c.kind === 'ALLEGATION' && c.summary.startsWith('Adam J. Szubin: Turkey (TRANSIT)'))!;
      expect([person?.id, claim?.id].every(Boolean)).toBe(true);
      await gql(server, 'mutation ($id: ID!) { acceptCandidate(id: $id) { status } }', { id: person.id });

      /** The candidate's status and decisions, and the facts in the graph that it wrote. */
      const state = async () => {
        const data = await gql<{ node: { status: string; decisions: Array<{ action: string }> }; allegations: { totalCount: number } }>(
          server,
          `query ($id: ID!) { node(id: $id) { ... on Candidate { status decisions { action } } } allegations(where: { claimant: "Adam J. Szubin" }) { totalCount } }`,
          { id: claim.id },
        );
        const actions = data.node.decisions.map((d) => d.action);
        const accepted = actions.filter((a) => a === 'ACCEPT').length - actions.filter((a) => a === 'REOPEN').length;
        return { status: data.node.status, accepted, facts: data.allegations.totalCount };
      };

      const outcomes = new Set<string>();
      for (const delay of [0, 5, 15, 30, 60, 120, 250, 500, 1000]) {
        const before = await state();
        const mutation = before.status === 'PENDING' ? 'acceptCandidate(id: $id)' : 'reopenCandidate(id: $id, reason: "kill test")';
        const sent = gql(server, `mutation ($id: ID!) { ${mutation} { status } }`, { id: claim.id }).catch(() => null);
        await new Promise((resolve) => setTimeout(resolve, delay));
        await kill(server);
        await sent;
        server = await serve(target);
        const after = await state();
        // Whole or absent: an accepted candidate has one standing ACCEPT and its allegation; a pending one neither.
        expect([delay, after]).toEqual([
          delay,
          after.status === 'ACCEPTED' ? { status: 'ACCEPTED', accepted: 1, facts: 1 } : { status: 'PENDING', accepted: 0, facts: 0 },
        ]);
        outcomes.add(after.status === before.status ? 'not committed' : 'committed');
      }
      // Some kills came before the commit and some after (else the moments tell nothing).
      expect([...outcomes].sort()).toEqual(['committed', 'not committed']);
    } finally {
      await kill(server).catch(() => undefined);
    }
  }, 300000);
});
