// Screens user Cypher before it runs: clear FORBIDDEN errors for writes, file access and admin
// commands. The adapters enforce read-only again in the engine (read transaction / rollback).
import { BadUserInputError, ForbiddenError } from '../errors';
import type { Params } from './graph-store';

const WRITE_KEYWORDS = [
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'DROP',
  'FOREACH',
  'LOAD',
  'GRANT',
  'DENY',
  'REVOKE',
  'ALTER',
  'RENAME',
  'TERMINATE',
  'INSERT',
];
const ALLOWED_PROCEDURE =
  /^(db\.(labels|relationshipTypes|propertyKeys|schema\.visualization)|grafeo\.(pagerank|degree_centrality|louvain|betweenness_centrality|closeness_centrality|connected_components|triangle_count|search\.text)|gds\.[a-zA-Z.]+\.stream(\.estimate)?)$/;

/** Largest literal span of range() in a user query. */
export const MAX_RANGE = 10_000_000;

/** Most characters a user query may have. */
export const MAX_USER_QUERY_LENGTH = 20000;

/** Removes comments and string literals so that keywords inside them do not count. */
export function stripCommentsAndStrings(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      const quote = c;
      i++;
      while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
      i++;
      out += quote === '`' ? ' x ' : " '' ";
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Throws FORBIDDEN for a query that writes, loads files, runs admin commands or unknown procedures. */
export function assertReadOnlyCypher(text: string, params: Params): void {
  if (typeof text !== 'string' || text.trim() === '') throw new BadUserInputError('The query is empty');
  if (text.length > MAX_USER_QUERY_LENGTH) throw new BadUserInputError(`The query is longer than ${MAX_USER_QUERY_LENGTH} characters`);
  try {
    JSON.stringify(params);
  } catch {
    throw new BadUserInputError('Query parameters must be plain JSON values');
  }
  const code = stripCommentsAndStrings(text);
  // Clause keywords only: not property names (n.set), map keys ({set: 1}) or parameters ($set).
  const words: string[] = [];
  for (const match of code.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const before = code.slice(0, match.index).trimEnd().slice(-1);
    const after = code
      .slice((match.index ?? 0) + match[0].length)
      .trimStart()
      .charAt(0);
    if (before !== '.' && before !== '$' && after !== ':') words.push(match[0].toUpperCase());
  }
  for (const keyword of WRITE_KEYWORDS) {
    if (words.includes(keyword)) throw new ForbiddenError(`Read-only: ${keyword} is not allowed in user queries`);
  }
  if (/\bIN\s+TRANSACTIONS\b/i.test(code)) throw new ForbiddenError('Read-only: CALL … IN TRANSACTIONS is not allowed');
  if (/\b(SHOW|USE)\b/i.test(code)) throw new ForbiddenError('Read-only: admin commands (SHOW, USE) are not allowed');
  // The embedded engine materialises range() lists, and a huge one aborts the process: refuse literal spans over the limit.
  for (const match of code.matchAll(/\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)/gi)) {
    if (Math.abs(Number(match[2]) - Number(match[1])) > MAX_RANGE) throw new BadUserInputError(`range() spans more than ${MAX_RANGE} values`);
  }
  for (const match of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    const name = match[1] ?? '';
    if (!ALLOWED_PROCEDURE.test(name)) throw new ForbiddenError(`Read-only: procedure ${name} is not on the list of read-only procedures`);
  }
}
