// The address a running server leaves in its data directory, so that `dossier cypher` can use it instead of opening the store.
import fs from 'node:fs';
import path from 'node:path';

const FILE = 'server.json';

/** Records that this process serves the data directory at `url`. */
export function writeServerAddress(dataDir: string, url: string): void {
  fs.writeFileSync(path.join(dataDir, FILE), JSON.stringify({ url, pid: process.pid, since: new Date().toISOString() }) + '\n');
}

/** Removes this process's record (another process's is left alone). */
export function removeServerAddress(dataDir: string): void {
  const file = path.join(dataDir, FILE);
  try {
    const { pid } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: number };
    if (pid === process.pid) fs.rmSync(file, { force: true });
  } catch {
    // no record, or not ours to read: nothing to remove
  }
}

/** The URL of the live server that holds this data directory, or null (no record, or its process is gone). */
export function findRunningServer(dataDir: string): string | null {
  try {
    const { url, pid } = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as { url?: unknown; pid?: unknown };
    if (typeof url !== 'string' || typeof pid !== 'number') return null;
    process.kill(pid, 0);
    return url;
  } catch {
    return null;
  }
}
