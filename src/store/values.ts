// Turns database values into plain JSON values, the same on both engines, and bounds the rows of user queries.
import { LimitError } from '../errors';

/** Sets `out[key]`, a key named `__proto__` included (plain assignment would set the prototype instead). */
function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}

/** Converts Grafeo values (bigint, Date, tagged maps) to plain JSON values. */
export function normaliseEmbeddedValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normaliseEmbeddedValue);
  if (typeof value === 'object') return normaliseRow(value as Record<string, unknown>, normaliseEmbeddedValue);
  return value;
}

/** Normalises every value of a row (or map). */
export function normaliseRow(row: Record<string, unknown>, normalise: (v: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) setKey(out, key, normalise(row[key]));
  return out;
}

/** Throws on a cyclic or non-JSON parameter (a cycle crashes the embedded engine). */
export function assertPlainParams(params: Record<string, unknown>): void {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function' || typeof v === 'symbol') throw new TypeError('query parameter is not a JSON value');
      return;
    }
    if (seen.has(v)) throw new TypeError('query parameter has a cycle');
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child);
    seen.delete(v);
  };
  visit(params);
}

/** Drops null and undefined values, so a MERGE with `SET n += props` never erases what another source set. */
export function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** The rows of a user query, bounded in number (the rest is cut, `truncated`) and in JSON bytes (RESPONSE_TOO_LARGE). */
export class UserRows {
  readonly rows: Array<Record<string, unknown>> = [];
  truncated = false;
  private bytes = 0;

  constructor(
    private readonly maxRows: number,
    private readonly maxBytes: number,
  ) {}

  /** Adds a row; false once the row limit is reached (stop reading). Throws RESPONSE_TOO_LARGE past the bytes. */
  add(row: Record<string, unknown>): boolean {
    if (this.rows.length >= this.maxRows) {
      this.truncated = true;
      return false;
    }
    this.bytes += JSON.stringify(row).length;
    if (this.bytes > this.maxBytes)
      throw new LimitError(`The rows come to more than ${this.maxBytes} bytes: return fewer or smaller values`, 'RESPONSE_TOO_LARGE');
    this.rows.push(row);
    return true;
  }
}
