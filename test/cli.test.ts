// The dossier CLI and the served process: seed idempotence, read-only cypher, one server per data dir, clean shutdown.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exited, serveProcess as serve, tempDir } from './helpers';

const CLI = path.join(__dirname, '..', 'dist', 'src', 'cli.js');
const ROOT = path.join(__dirname, '..');

function dossier(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dossier seed', () => {
  it('loads the seed and a second run changes no counts', () => {
    const dir = tempDir();
    const first = dossier(['seed'], { DOSSIER_DATA_DIR: dir });
    expect(first.code).toBe(0);
    const counts = /nodes (\d+) → (\d+), relationships (\d+) → (\d+)/.exec(first.stdout)!;
    expect(counts[1]).toBe('0');
    const second = dossier(['seed'], { DOSSIER_DATA_DIR: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`nodes ${counts[2]} → ${counts[2]}, relationships ${counts[4]} → ${counts[4]}`);
  });
});

describe('dossier cypher', () => {
  const dir = tempDir();
  beforeAll(() => expect(dossier(['seed'], { DOSSIER_DATA_DIR: dir }).code).toBe(0));

  it('prints a table for a query text', () => {
    const out = dossier(['cypher', "MATCH (a:Actor {kind: 'STATE'}) RETURN a.name AS name ORDER BY name LIMIT 3"], { DOSSIER_DATA_DIR: dir });
    expect(out.code).toBe(0);
    expect(out.stdout.split('\n').slice(0, 5)).toEqual(['name  ', '------', 'China ', 'France', 'Iraq  ']);
  });

  it('runs an analytics file with parameters-free Cypher', () => {
    const out = dossier(['cypher', 'cypher/analytics/states-by-allegation-count.cypher'], { DOSSIER_DATA_DIR: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Turkey\s+\|\s+2\s+\|/);
  });

  it('refuses writes with a clear message and exit 1, and nothing changes', () => {
    const out = dossier(['cypher', "MATCH (a:Actor {name: 'Russia'}) SET a.name = 'Hacked'"], { DOSSIER_DATA_DIR: dir });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('Read-only');
    const check = dossier(['cypher', "MATCH (a:Actor {name: 'Russia'}) RETURN count(a) AS n", '--json'], { DOSSIER_DATA_DIR: dir });
    expect(check.stdout.trim()).toBe('{"n":1}');
  });

  it('cuts at DOSSIER_MAX_ROWS and says so', () => {
    const out = dossier(['cypher', 'UNWIND range(1, 100) AS i RETURN i'], { DOSSIER_DATA_DIR: dir, DOSSIER_MAX_ROWS: '5' });
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('5 rows (cut at 5');
  });
});

describe('dossier cypher while the server runs', () => {
  it('runs through the server that holds the data directory (the embedded store admits one process), read-only', async () => {
    const dir = tempDir();
    // The first statement starts the server's sandbox process and copies the store, within its budget: on a loaded
    // 2-core machine that takes seconds, so the budget here is generous (the budget itself is tested in abuse-cypher).
    const server = await serve({ DOSSIER_DATA_DIR: dir, DOSSIER_IMPORT: 'false', DOSSIER_QUERY_TIMEOUT_MS: '30000' });
    try {
      const out = dossier(['cypher', 'cypher/analytics/states-by-allegation-count.cypher'], { DOSSIER_DATA_DIR: dir });
      expect([out.code, out.stderr]).toEqual([0, expect.stringContaining('via the server')]);
      expect(out.stdout).toMatch(/Turkey\s+\|\s+2\s+\|/);
      expect(out.stderr).toContain(`(via the server at ${server.url})`);
      const write = dossier(['cypher', "MATCH (a:Actor {name: 'Russia'}) SET a.name = 'Hacked'"], { DOSSIER_DATA_DIR: dir });
      expect(write.code).toBe(1);
      expect(write.stderr).toContain('Read-only');
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    // Stopped: the server's address is gone and the CLI opens the store itself.
    const after = dossier(['cypher', "MATCH (a:Actor {name: 'Russia'}) RETURN a.name AS name", '--json'], { DOSSIER_DATA_DIR: dir });
    expect(after.stdout.trim()).toBe('{"name":"Russia"}');
    expect(after.stderr).not.toContain('via the server');
  }, 120000);

  it('says so when there is no data directory, instead of creating an empty store', () => {
    const missing = path.join(tempDir(), 'nothing-here');
    const out = dossier(['cypher', 'RETURN 1 AS x'], { DOSSIER_DATA_DIR: missing });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`There is no data directory at ${missing}`);
    expect(fs.existsSync(missing)).toBe(false);
  });
});

describe('dossier serve', () => {
  it('serves the seeded store, refuses a second server on the same data dir, stops on SIGTERM and restarts consistently', async () => {
    const dir = tempDir();
    const first = await serve({ DOSSIER_DATA_DIR: dir });
    try {
      const health = await fetch(`${first.url}/health`);
      expect(health.status).toBe(200);
      const stats = async (url: string) =>
        (await (
          await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":"{ stats { nodes relationships } }"}',
          })
        ).json()) as unknown;
      const before = await stats(first.url);

      const port = new URL(first.url).port;
      const busy = dossier(['serve'], { DOSSIER_DATA_DIR: tempDir(), PORT: port, DOSSIER_IMPORT: 'false' });
      expect(busy.code).toBe(1);
      expect(busy.stderr.trim().split('\n')).toEqual([
        `dossier: Port ${port} on 127.0.0.1 is already in use: stop what listens there or set PORT to another port`,
      ]);

      const second = dossier(['serve'], { DOSSIER_DATA_DIR: dir, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('in use by another process');
      expect((await fetch(`${first.url}/health`)).status).toBe(200);

      first.child.kill('SIGTERM');
      expect(await exited(first.child)).toBe(0);

      const again = await serve({ DOSSIER_DATA_DIR: dir });
      try {
        expect(await stats(again.url)).toEqual(before);
        expect(again.log()).not.toContain('seed loaded');
        expect(again.log().match(/already imported, skipped/g)).toHaveLength(4);
      } finally {
        again.child.kill('SIGTERM');
        await exited(again.child);
      }
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
  });

  it('exits non-zero with a clear message when the data dir is not a writable directory', () => {
    const out = dossier(['serve'], { DOSSIER_DATA_DIR: path.join(ROOT, 'package.json', 'data'), PORT: '0' });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('is not writable');
  });

  // Read-only and full file systems need a mount: run inside a private mount namespace where allowed.
  const canMount = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { encoding: 'utf8' }).status === 0;
  (canMount ? it : it.skip).each([
    ['read-only', 'mount -t tmpfs -o ro tmpfs "$D"', 'read-only file system'],
    ['full', 'mount -t tmpfs -o size=64k tmpfs "$D" && (cat /dev/zero > "$D/fill" 2>/dev/null; true)', 'is full'],
  ])('exits non-zero with a clear message when the data dir is %s', (_what, mount, message) => {
    const dir = tempDir();
    const result = spawnSync('unshare', ['-m', 'sh', '-c', `${mount} && exec "${process.execPath}" "${CLI}" serve`], {
      cwd: ROOT,
      env: { ...process.env, D: dir, DOSSIER_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('rejects a bad setting naming the variable', () => {
    const out = dossier(['serve'], { PORT: 'eighty' });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('PORT must be an integer');
  });
});
