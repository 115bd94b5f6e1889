// `dossier ingest` and `dossier review` against a running `dossier serve` (embedded): through its HTTP API with the token from DOSSIER_TOKEN; --dry-run writes nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, exited, serveProcess, tempDir, type ServerProcess } from '../helpers';
import { TOKENS } from './write-helpers';

const ROOT = path.join(__dirname, '..', '..');
const ARTICLES = path.join(ROOT, 'seed', 'data', 'articles');
const A02 = path.join(ARTICLES, 'A02_2015-02-12_usun_fact-sheet-unscr-2199-on-isil.txt');

/** Runs the CLI without blocking the event loop; its exit code and output. */
function dossier(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'error', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return exited(child).then((code) => ({ code, stdout, stderr }));
}

describe('dossier ingest and review', () => {
  let server: ServerProcess;
  let env: Record<string, string>;
  beforeAll(async () => {
    const dir = tempDir();
    server = await serveProcess({ DOSSIER_DATA_DIR: dir, DOSSIER_IMPORT: 'false', DOSSIER_API_TOKENS: TOKENS.env });
    env = { DOSSIER_DATA_DIR: dir, DOSSIER_TOKEN: TOKENS.reviewer };
  }, 120_000);
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await exited(server.child);
  });

  const queue = async () => {
    const listed = await dossier(['review', 'list', '--json', '--status', 'PENDING'], env);
    expect(listed.code).toBe(0);
    return listed.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; kind: string; status: string; evidence: { quote: string } });
  };

  it('prints the candidates of --dry-run and writes nothing', async () => {
    const dry = await dossier(['ingest', A02, '--published', '2015-02-12', '--dry-run', '--json'], env);
    expect(dry.code).toBe(0);
    const out = JSON.parse(dry.stdout) as { file: string; candidates: Array<{ kind: string; evidence: { quote: string } }> };
    expect(out.file).toBe(A02);
    expect(out.candidates).toContainEqual(
      expect.objectContaining({ kind: 'RESOLUTION_LINK', evidence: expect.objectContaining({ quote: 'Resolution 2199' }) }),
    );
    expect(await queue()).toEqual([]);
  }, 60_000);

  it('ingests through the server, once; reviews with the token; refuses without it', async () => {
    const first = await dossier(['ingest', A02, '--published', '2015-02-12', '--publisher', 'U.S. Mission to the United Nations'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const line = new RegExp(`^${A02.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: document \\S+, (\\d+) candidates\\n$`);
    const count = Number(line.exec(first.stdout)?.[1]);
    expect(count).toBeGreaterThan(0);
    const again = await dossier(['ingest', A02, '--published', '2015-02-12'], env);
    expect(again.stdout).toContain(`${count} candidates (already ingested: nothing added)`);

    const pending = await queue();
    expect(pending).toHaveLength(count);
    const link = pending.find((c) => c.kind === 'RESOLUTION_LINK')!;
    const rejected = await dossier(['review', 'reject', link.id, '--reason', 'the fact sheet is about 2199 itself'], env);
    expect(rejected.code).toBe(0);
    expect(rejected.stdout).toMatch(new RegExp(`^${link.id}: REJECTED \\(REJECT by alice at \\d{4}-\\d{2}-\\d{2}T`));
    expect((await queue()).map((c) => c.id)).not.toContain(link.id);

    const reopened = await dossier(['review', 'reopen', link.id, '--reason', 'second look'], env);
    expect(reopened.stdout).toMatch(new RegExp(`^${link.id}: PENDING \\(REOPEN by alice`));

    const anonymous = await dossier(['review', 'reject', link.id, '--reason', 'x'], { ...env, DOSSIER_TOKEN: '' });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toBe("dossier: rejectCandidate needs a writer's token: send Authorization: Bearer <token> (set DOSSIER_TOKEN to your token)\n");
  }, 90_000);

  it('refuses a file that is not UTF-8', async () => {
    const bad = path.join(tempDir(), 'latin1.txt');
    fs.writeFileSync(bad, Buffer.from([0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65]));
    const res = await dossier(['ingest', bad], env);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(`dossier: ${bad} is not UTF-8 text\n`);
  });
});
