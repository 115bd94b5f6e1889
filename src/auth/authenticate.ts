// Who sent a request: a bearer token compared in constant time with the API tokens, or a JWT verified with jose; a bad one is refused with 401.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type * as Jose from 'jose';
import { WRITER_ROLES, type AuthConfig, type WriterRole } from '../config';
import { CodedError } from '../errors';
import { loadJose } from './jose';

/** A writer: the token's name or the JWT's subject, and the role it grants. */
export interface Principal {
  name: string;
  role: WriterRole;
  via: 'token' | 'jwt';
}

/** How to let someone write, for the messages of refused requests. */
export const HOW_TO_CONFIGURE =
  'Writes need a token: set DOSSIER_API_TOKENS=name:role:token (comma-separated; roles ingester, reviewer, admin; tokens of at least 24 characters) ' +
  'or DOSSIER_JWT_SECRET / DOSSIER_JWT_JWKS_FILE with DOSSIER_JWT_ISSUER and DOSSIER_JWT_AUDIENCE, then send Authorization: Bearer <token>';

/** The request is not authenticated: 401, raised from Apollo's context function (or the auth checker) so that nothing runs. */
export class UnauthenticatedError extends CodedError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', {}, true);
  }
}

/** Whether any writer can be configured at all. */
export function writersConfigured(auth: AuthConfig): boolean {
  return auth.tokens.length > 0 || auth.jwt !== null;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Checks bearer tokens against one AuthConfig (made once per config: the token hashes and the JWT key are kept). */
export class Authenticator {
  private readonly hashes: Array<{ hash: Buffer; name: string; role: WriterRole }>;
  private jwtKey: Parameters<typeof Jose.jwtVerify>[1] | undefined;

  constructor(private readonly auth: AuthConfig) {
    this.hashes = auth.tokens.map((t) => ({ hash: sha256(t.token), name: t.name, role: t.role }));
  }

  /** The writer an `Authorization` header names; null without one; UNAUTHENTICATED (401) for a bad, wrong or expired one. */
  async authenticate(header: string | undefined): Promise<Principal | null> {
    if (header === undefined || header === '') return null;
    if (!writersConfigured(this.auth)) throw new UnauthenticatedError(`No API tokens are configured on this server. ${HOW_TO_CONFIGURE}`);
    const match = /^Bearer +(\S+) *$/i.exec(header);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    const token = match[1]!;
    const byToken = this.matchToken(token);
    if (byToken) return byToken;
    if (this.auth.jwt && JWT_SHAPE.test(token)) return this.verifyJwt(token);
    throw new UnauthenticatedError('The bearer token is not valid');
  }

  /** The API token equal to `token`: every configured token is compared (sha256 digests, crypto.timingSafeEqual), none skipped. */
  private matchToken(token: string): Principal | null {
    const hash = sha256(token);
    let found: Principal | null = null;
    for (const entry of this.hashes) {
      if (crypto.timingSafeEqual(hash, entry.hash) && found === null) found = { name: entry.name, role: entry.role, via: 'token' };
    }
    return found;
  }

  private async verifyJwt(token: string): Promise<Principal> {
    const jwt = this.auth.jwt!;
    const jose = loadJose();
    let payload: Jose.JWTPayload;
    try {
      this.jwtKey ??= jwt.secret
        ? new TextEncoder().encode(jwt.secret)
        : jose.createLocalJWKSet(JSON.parse(fs.readFileSync(jwt.jwksFile!, 'utf8')) as Jose.JSONWebKeySet);
      ({ payload } = await jose.jwtVerify(token, this.jwtKey as Uint8Array, {
        issuer: jwt.issuer,
        audience: jwt.audience,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 5,
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWT_EXPIRED') throw new UnauthenticatedError('The token has expired');
      if (typeof code === 'string' && code.startsWith('ERR_J')) throw new UnauthenticatedError('The bearer token is not valid');
      throw error;
    }
    const role = roleOf(payload[jwt.roleClaim]);
    if (!role) throw new UnauthenticatedError(`The token's "${jwt.roleClaim}" claim names none of the roles ${WRITER_ROLES.join(', ')}`);
    return { name: payload.sub!, role, via: 'jwt' };
  }
}

/** The strongest known role a claim holds (a string or a list of strings). */
function roleOf(claim: unknown): WriterRole | null {
  const values = Array.isArray(claim) ? claim : [claim];
  const known = WRITER_ROLES.filter((r) => values.includes(r));
  return known.at(-1) ?? null;
}

const AUTHENTICATORS = new WeakMap<AuthConfig, Authenticator>();

/** The writer a request's `Authorization` header names (see Authenticator.authenticate). */
export function authenticate(auth: AuthConfig, header: string | undefined): Promise<Principal | null> {
  let authenticator = AUTHENTICATORS.get(auth);
  if (!authenticator) AUTHENTICATORS.set(auth, (authenticator = new Authenticator(auth)));
  return authenticator.authenticate(header);
}
