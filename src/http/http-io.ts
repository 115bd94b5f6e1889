// Reading requests and writing answers: bodies bounded in bytes and in time between reads, JSON errors with codes, security headers.
import type http from 'node:http';
import { HeaderMap } from '@apollo/server';
import contentType from 'content-type';
import { CLIENT_ERROR_CODES, type ClientErrorCode } from '../errors';

/** Largest request body accepted. */
export const MAX_BODY_BYTES = 1_000_000;

/** Headers on every answer. */
export const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff' };

/** Why a request is refused: a client code, its message and extra headers. */
export interface Refusal {
  code: ClientErrorCode;
  message: string;
  headers?: Record<string, string>;
}

/** Writes a whole answer. */
export function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...extra });
  res.end(body);
}

/** Writes a JSON error `{errors: [{message, extensions: {code}}]}` with the code's HTTP status. */
export function sendJsonError(
  res: http.ServerResponse,
  code: ClientErrorCode | 'INTERNAL_SERVER_ERROR',
  message: string,
  extra: Record<string, string> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  send(res, code === 'INTERNAL_SERVER_ERROR' ? 500 : CLIENT_ERROR_CODES[code], 'application/json; charset=utf-8', body, extra);
}

/** Writes a refusal as a JSON error. */
export function sendRefusal(res: http.ServerResponse, refusal: Refusal, extra: Record<string, string> = {}): void {
  sendJsonError(res, refusal.code, refusal.message, { ...extra, ...refusal.headers });
}

/** A request's headers as Apollo takes them (repeated headers joined by commas). */
export function headerMapOf(req: http.IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

/**
 * Reads a body up to MAX_BODY_BYTES. A larger one is drained (up to 10×) and refused; a body that sends nothing for
 * `idleMs` is refused with REQUEST_TIMEOUT and its connection closed (a slow client would otherwise hold a socket for
 * Node's default 300 s).
 */
export function readBody(req: http.IncomingMessage, idleMs: number): Promise<string | Refusal> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      resolve({ code: 'REQUEST_TIMEOUT', message: `The request body sent nothing for ${idleMs} ms`, headers: { connection: 'close' } });
    }, idleMs);
    const idle = () => timer.refresh();
    req.on('data', (chunk: Buffer) => {
      idle();
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_BODY_BYTES * 10) {
        clearTimeout(timer);
        resolve(tooLarge());
        req.destroy();
      }
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(size > MAX_BODY_BYTES ? tooLarge() : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const tooLarge = (): Refusal => ({ code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${MAX_BODY_BYTES} bytes` });

/** The JSON body of a POST (`what` names it in the messages), or why it cannot be read. */
export async function readJsonBody(req: http.IncomingMessage, what: string, idleMs: number): Promise<{ body: unknown } | Refusal> {
  const raw = await readBody(req, idleMs);
  if (typeof raw !== 'string') return raw;
  if (!isJsonMediaType(req.headers['content-type']))
    return { code: 'UNSUPPORTED_MEDIA_TYPE', message: `Send ${what} as JSON (content-type: application/json)` };
  try {
    return { body: JSON.parse(raw) as unknown };
  } catch {
    return { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' };
  }
}

/** Whether a Content-Type header is exactly application/json (parameters allowed, case-insensitive). */
export function isJsonMediaType(header: string | undefined): boolean {
  if (!header) return false;
  try {
    return contentType.parse(header).type === 'application/json';
  } catch {
    return false;
  }
}

/** Whether an error only says that the client went away (closed the connection, aborted the body): logged at info, like nginx's 499. */
export function isClientAbort(error: unknown, req: http.IncomingMessage): boolean {
  const code = (error as { code?: string } | null)?.code;
  return (
    req.destroyed ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'ECONNABORTED' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    code === 'ERR_STREAM_DESTROYED' ||
    /^aborted$/.test((error as Error | null)?.message ?? '')
  );
}
