// The only reader of process.env: typed settings, validated once.
import path from 'node:path';

/** Settings for one Dossier process. */
export interface Config {
  /** PORT: HTTP port of the server (default 4000). */
  port: number;
  /** HOST: interface the server listens on (default 127.0.0.1; 0.0.0.0 to accept remote clients). */
  host: string;
  /** DOSSIER_DATA_DIR: directory of the embedded store (default ./data). */
  dataDir: string;
  /** DOSSIER_SEED: load the seed when the store is empty at start (default true). */
  seedOnStart: boolean;
  /** DOSSIER_IMPORT: load the shipped UN data files (seed/data) at start when not loaded yet (default true). */
  importOnStart: boolean;
  /** NEO4J_URI, NEO4J_USERNAME (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE (neo4j): run on Neo4j 5 instead of the embedded store. */
  neo4j: { uri: string; username: string; password: string; database: string } | null;
  /** DOSSIER_QUERY_TIMEOUT_MS: time budget of user Cypher and path searches (default 5000). */
  queryTimeoutMs: number;
  /** DOSSIER_MAX_ROWS: most rows a user Cypher query returns (default 1000). */
  maxRows: number;
  /** LOG_LEVEL: error | warn | info | debug (default info; silent in tests). */
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** NODE_ENV=development shows error stack traces to clients. */
  development: boolean;
}

/** A setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {}

const LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

function readInt(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readBool(env: NodeJS.ProcessEnv, key: string, fallback: boolean): boolean {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${raw}"`);
}

/** Reads and validates the settings; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const level = env.LOG_LEVEL ?? (env.JEST_WORKER_ID ? 'silent' : 'info');
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${level}"`);
  }
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//.test(uri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j:// or bolt:// (optionally +s/+ssc), got "${uri}"`);
  }
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(env.DOSSIER_DATA_DIR?.trim() || 'data'),
    seedOnStart: readBool(env, 'DOSSIER_SEED', true),
    importOnStart: readBool(env, 'DOSSIER_IMPORT', true),
    neo4j: uri
      ? {
          uri,
          username: env.NEO4J_USERNAME ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE ?? 'neo4j',
        }
      : null,
    queryTimeoutMs: readInt(env, 'DOSSIER_QUERY_TIMEOUT_MS', 5000, 10, 600000),
    maxRows: readInt(env, 'DOSSIER_MAX_ROWS', 1000, 1, 1000000),
    logLevel: level as Config['logLevel'],
    development: env.NODE_ENV === 'development',
  };
}
