// Opaque cursors ("cursor:v1:<Type>:<key>" in base64url), decoded strictly: only what we issue is accepted.
import { BadUserInputError } from './errors';

const PREFIX = 'cursor:v1:';

/** A root list's cursor: its order and the position in it ("name.asc:20"). */
const LIST_KEY = /^[a-z_]{1,30}\.(asc|desc):(0|[1-9]\d{0,6})$/;

/** What a cursor's key looks like, per type. */
const KEY_FORMAT = {
  Actor: LIST_KEY,
  Allegation: LIST_KEY,
  Document: LIST_KEY,
  Meeting: LIST_KEY,
  Resolution: LIST_KEY,
  Statement: LIST_KEY,
  /** Search pages: the offset of the last hit in the ranking. */
  Search: /^(0|[1-9]\d{0,3})$/,
  /** The review queue: the position of the candidate in it. */
  Candidate: /^(0|[1-9]\d{0,6})$/,
} as const;

/** A type that has keyset cursors. */
export type CursorType = keyof typeof KEY_FORMAT;

/** The opaque cursor of the entity `<type>:<key>`. */
export function encodeCursor(type: CursorType, key: string | number): string {
  return Buffer.from(`${PREFIX}${type}:${key}`, 'utf8').toString('base64url');
}

/**
 * The key inside a cursor of `type`; BAD_USER_INPUT for anything we did not issue: not canonical
 * base64url, another version or type, a key of the wrong form (a non-canonical integer such as 0x10 or 007).
 */
export function decodeCursor(cursor: string, type: CursorType): string {
  const fail = (): never => {
    throw new BadUserInputError(`"${String(cursor).slice(0, 100)}" is not a valid cursor for ${type} pages`, { argumentName: 'after' });
  };
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return fail();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (Buffer.from(text, 'utf8').toString('base64url') !== cursor) return fail();
  const head = `${PREFIX}${type}:`;
  if (!text.startsWith(head)) return fail();
  const key = text.slice(head.length);
  if (!KEY_FORMAT[type].test(key)) return fail();
  return key;
}
