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
  /** DOSSIER_MAX_RESPONSE_BYTES: largest GraphQL answer; a larger one ends with RESPONSE_TOO_LARGE (default 8000000). */
  maxResponseBytes: number;
  /** DOSSIER_REQUEST_TIMEOUT_MS: time budget of one GraphQL request (default 10000). */
  requestTimeoutMs: number;
  /** DOSSIER_CYPHER_CONCURRENT: user Cypher statements (the Query API) run at once, apart from GraphQL's slots (default 2). */
  cypherConcurrent: number;
  /** DOSSIER_CYPHER_QUEUED: user Cypher statements waiting for a slot, their wait counted in their time budget; past that 503 SERVER_BUSY (default 16). */
  cypherQueued: number;
  /** DOSSIER_CYPHER_ANALYSIS_MS: most time the read-only analysis of one user statement may take, in a worker thread; past it QUERY_TOO_COMPLEX (default 5000, a statement's whole budget: Neo4j's linter takes 0.1–1.5 s on ordinary statements, up to 3 s on a loaded 2-core machine). */
  cypherAnalysisMs: number;
  /** DOSSIER_BODY_TIMEOUT_MS: most time a request body may go without sending a byte; past it 408 REQUEST_TIMEOUT (default 10000). */
  bodyTimeoutMs: number;
  /** DOSSIER_MAX_CONCURRENT: GraphQL requests executed at once (default 16). */
  maxConcurrent: number;
  /** DOSSIER_MAX_QUEUED: requests waiting for a slot; past that, 503 SERVER_BUSY with Retry-After (default 256). */
  maxQueued: number;
  /** DOSSIER_SHED_HEAP_MB: heap in use above which new requests get 503 SERVER_BUSY until it falls (default 1024). */
  shedHeapMb: number;
  /** DOSSIER_DRAIN_MS: on SIGTERM/SIGINT, how long in-flight requests may finish before the store closes (default 10000). */
  drainMs: number;
  /** DOSSIER_CORS_ORIGINS: comma-separated origins allowed to call the API from a browser (default none: CORS off). */
  corsOrigins: string[];
  /** DOSSIER_CYPHER_MEMORY_MB: address-space ceiling of the process that runs user Cypher on the embedded engine (default 2048; the process itself takes about 1.2 GB of address space, little of it resident). */
  cypherMemoryMb: number;
  /** LOG_LEVEL: error | warn | info | debug (default info; silent in tests). */
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** NODE_ENV=development shows error stack traces to clients. */
  development: boolean;
  /** Who may write (src/auth): DOSSIER_API_TOKENS and the DOSSIER_JWT_* settings; no writer at all when both are unset. */
  auth: AuthConfig;
  /** DOSSIER_INGEST_MAX_CHARS: longest text ingestDocument takes, in UTF-16 code units (default 500000). */
  ingestMaxChars: number;
  /** DOSSIER_TOKEN: the bearer token `dossier ingest` and `dossier review` send to the running server (never logged). */
  cliToken: string | null;
  /** DOSSIER_URL: the server `dossier ingest` and `dossier review` talk to (default: the one serving DOSSIER_DATA_DIR). */
  serverUrl: string | null;
}

/** A role a writer has: ingester (ingest only), reviewer (ingest, accept, reject, reopen), admin (also reopen others' decisions). */
export type WriterRole = 'ingester' | 'reviewer' | 'admin';

/** The roles, weakest first. */
export const WRITER_ROLES: readonly WriterRole[] = ['ingester', 'reviewer', 'admin'];

/** Who may write: static API tokens and JWTs of an identity provider. */
export interface AuthConfig {
  /** DOSSIER_API_TOKENS: `name:role:token`, comma-separated; tokens of at least 24 characters. */
  tokens: Array<{ name: string; role: WriterRole; token: string }>;
  /**
   * DOSSIER_JWT_SECRET (HS256) or DOSSIER_JWT_JWKS_FILE (a JSON Web Key Set file), with DOSSIER_JWT_ISSUER and
   * DOSSIER_JWT_AUDIENCE (both required) and DOSSIER_JWT_ROLE_CLAIM (the claim holding the role; default `role`).
   */
  jwt: { secret: string | null; jwksFile: string | null; issuer: string; audience: string; roleClaim: string } | null;
}

/** Shortest API token accepted. */
export const MIN_TOKEN_LENGTH = 24;

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

function readOrigins(env: NodeJS.ProcessEnv, key: string): string[] {
  const raw = env[key]?.trim();
  if (!raw) return [];
  return raw.split(',').map((part) => {
    const origin = part.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(`${key} must list origins such as https://app.example.org (scheme, host, port; no path), got "${origin}"`);
    }
    return origin;
  });
}

function readAuth(env: NodeJS.ProcessEnv): AuthConfig {
  const tokens: AuthConfig['tokens'] = [];
  const entries = (env.DOSSIER_API_TOKENS ?? '').split(',').map((e) => e.trim());
  entries.forEach((entry, i) => {
    if (entry === '') return;
    // The message never repeats the entry: it holds a secret.
    const [name, role, ...rest] = entry.split(':');
    const token = rest.join(':');
    const where = `DOSSIER_API_TOKENS entry ${i + 1}`;
    if (!name || !role || !token) throw new ConfigError(`${where} must be name:role:token`);
    if (!(WRITER_ROLES as readonly string[]).includes(role))
      throw new ConfigError(`${where} ("${name}") has role "${role}"; roles are ${WRITER_ROLES.join(', ')}`);
    if (token.length < MIN_TOKEN_LENGTH) throw new ConfigError(`${where} ("${name}") has a token shorter than ${MIN_TOKEN_LENGTH} characters`);
    if (tokens.some((t) => t.name === name)) throw new ConfigError(`${where}: the name "${name}" is given twice`);
    tokens.push({ name, role: role as WriterRole, token });
  });
  const secret = env.DOSSIER_JWT_SECRET || null;
  const jwksFile = env.DOSSIER_JWT_JWKS_FILE?.trim() ? path.resolve(env.DOSSIER_JWT_JWKS_FILE.trim()) : null;
  if (!secret && !jwksFile) return { tokens, jwt: null };
  if (secret && jwksFile) throw new ConfigError('Set DOSSIER_JWT_SECRET or DOSSIER_JWT_JWKS_FILE, not both');
  if (secret && secret.length < 32) throw new ConfigError('DOSSIER_JWT_SECRET must be at least 32 characters');
  const issuer = env.DOSSIER_JWT_ISSUER?.trim();
  const audience = env.DOSSIER_JWT_AUDIENCE?.trim();
  if (!issuer || !audience) throw new ConfigError('JWTs need DOSSIER_JWT_ISSUER and DOSSIER_JWT_AUDIENCE (both are checked on every token)');
  return { tokens, jwt: { secret, jwksFile, issuer, audience, roleClaim: env.DOSSIER_JWT_ROLE_CLAIM?.trim() || 'role' } };
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
    maxResponseBytes: readInt(env, 'DOSSIER_MAX_RESPONSE_BYTES', 8_000_000, 10_000, 1_000_000_000),
    requestTimeoutMs: readInt(env, 'DOSSIER_REQUEST_TIMEOUT_MS', 10000, 10, 600000),
    cypherConcurrent: readInt(env, 'DOSSIER_CYPHER_CONCURRENT', 2, 1, 64),
    cypherQueued: readInt(env, 'DOSSIER_CYPHER_QUEUED', 16, 0, 10000),
    cypherAnalysisMs: readInt(env, 'DOSSIER_CYPHER_ANALYSIS_MS', 5000, 50, 600000),
    bodyTimeoutMs: readInt(env, 'DOSSIER_BODY_TIMEOUT_MS', 10000, 100, 600000),
    maxConcurrent: readInt(env, 'DOSSIER_MAX_CONCURRENT', 16, 1, 10000),
    maxQueued: readInt(env, 'DOSSIER_MAX_QUEUED', 256, 0, 100000),
    shedHeapMb: readInt(env, 'DOSSIER_SHED_HEAP_MB', 1024, 16, 1_000_000),
    drainMs: readInt(env, 'DOSSIER_DRAIN_MS', 10000, 0, 600000),
    corsOrigins: readOrigins(env, 'DOSSIER_CORS_ORIGINS'),
    cypherMemoryMb: readInt(env, 'DOSSIER_CYPHER_MEMORY_MB', 2048, 1536, 1_000_000),
    logLevel: level as Config['logLevel'],
    development: env.NODE_ENV === 'development',
    auth: readAuth(env),
    ingestMaxChars: readInt(env, 'DOSSIER_INGEST_MAX_CHARS', 500_000, 1, 1_000_000),
    cliToken: env.DOSSIER_TOKEN?.trim() || null,
    serverUrl: env.DOSSIER_URL?.trim().replace(/\/+$/, '') || null,
  };
}
