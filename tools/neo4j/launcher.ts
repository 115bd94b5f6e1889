// Builds (once, through Maven) and starts the Neo4j 5.26 launcher: `npm run neo4j -- --port 7687 --data .neo4j/data`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/paths';

const TOOL_DIR = path.join(PROJECT_ROOT, 'tools', 'neo4j');
const TARGET = path.join(TOOL_DIR, 'target');

/** A running Neo4j. */
export interface Neo4jProcess {
  uri: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  /** Stops it (SIGTERM) and resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Whether `java` and `mvn` are on the PATH. */
export function hasJavaAndMaven(): boolean {
  const ok = (command: string) => spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0;
  return ok('java') && ok('mvn');
}

function newerThan(file: string, sources: string[]): boolean {
  if (!fs.existsSync(file)) return false;
  const built = fs.statSync(file).mtimeMs;
  return sources.every((s) => fs.statSync(s).mtimeMs <= built);
}

/** Compiles the launcher and resolves its jars into the local Maven cache (the first time; offline afterwards). */
export function buildLauncher(): void {
  const classpath = path.join(TARGET, 'classpath.txt');
  const sources = [path.join(TOOL_DIR, 'pom.xml'), path.join(TOOL_DIR, 'src', 'main', 'java', 'dossier', 'Neo4jLauncher.java')];
  if (newerThan(classpath, sources) && fs.existsSync(path.join(TARGET, 'classes', 'dossier', 'Neo4jLauncher.class'))) return;
  for (const offline of [true, false]) {
    const result = spawnSync('mvn', ['-q', '-B', ...(offline ? ['-o'] : []), '-f', path.join(TOOL_DIR, 'pom.xml'), 'package'], { encoding: 'utf8' });
    if (result.status === 0) return;
    if (!offline) throw new Error(`mvn could not build the Neo4j launcher:\n${(result.stdout + result.stderr).slice(-3000)}`);
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts Neo4j on 127.0.0.1:`port` with data in `dataDir`; resolves once it accepts Bolt connections. */
export function startNeo4j(options: { port: number; dataDir: string; password?: string; heap?: string; echo?: boolean }): Promise<Neo4jProcess> {
  buildLauncher();
  const classpath = `${path.join(TARGET, 'classes')}${path.delimiter}${fs.readFileSync(path.join(TARGET, 'classpath.txt'), 'utf8').trim()}`;
  const args = [
    `-Xmx${options.heap ?? process.env.NEO4J_HEAP ?? '1g'}`,
    '-XX:+UseSerialGC',
    // Out of heap, a JVM limps on (an audit saw Neo4j stop enforcing transaction timeouts): exit, for the supervisor to restart it.
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    'dossier.Neo4jLauncher',
    '--port',
    String(options.port),
    '--data',
    path.resolve(options.dataDir),
    '--plugins',
    path.join(TARGET, 'plugins'),
  ];
  const child = spawn('java', args, {
    env: { ...process.env, NEO4J_PASSWORD: options.password ?? process.env.NEO4J_PASSWORD ?? 'dossier-test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exitCode = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (options.echo) process.stdout.write(text);
      output += text;
      const ready = /neo4j ready at (bolt:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (ready) {
        resolve({
          uri: ready[1]!,
          port: options.port,
          child,
          exited: exitCode,
          stop: () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exitCode;
          },
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (options.echo) process.stderr.write(chunk);
      output += chunk.toString('utf8');
    });
    void exitCode.then((code) => reject(new Error(`Neo4j exited with ${code} before it was ready:\n${output.slice(-3000)}`)));
  });
}

/** Connection settings of a Neo4j database. */
export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Empties a database (nodes and relationships; constraints and indexes stay), for tests and benchmarks. */
export async function emptyNeo4jDatabase(settings: Neo4jSettings): Promise<void> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
  const session = driver.session({ database: settings.database });
  try {
    // Batches in their own transactions (an auto-commit statement), so a large graph does not need one huge transaction.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

/** `npm run neo4j -- --port 7687 --data .neo4j/data`: runs Neo4j in the foreground until SIGTERM/SIGINT. */
async function main(argv: string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
  };
  if (!hasJavaAndMaven()) throw new Error('Running Neo4j needs java (17+) and mvn on the PATH');
  const neo4j = await startNeo4j({ port: Number(option('--port', '7687')), dataDir: option('--data', '.neo4j/data'), echo: true });
  const stop = () => void neo4j.stop();
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  const code = await neo4j.exited;
  // 143: stopped by the signal, after the shutdown hook closed the databases.
  process.exitCode = code === 0 || code === 143 || code === 130 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`neo4j: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
