// GET|HEAD /, /playground, /explore and their files: pages under a strict CSP, served from this process (no CDN).
import { readExploreAsset, renderExplorePage } from '../explore/explore-page';
import { PLAYGROUND_CSP, readPlaygroundAsset, renderPlaygroundPage } from '../playground/playground';
import { send } from './http-io';
import type { RouteRequest } from './http-context';

/** Answers a page or one of its files, or returns false when the path names none. */
export function handlePage({ res, url, method }: RouteRequest): boolean {
  if (method !== 'GET') return false;
  const page = url.pathname === '/' || url.pathname === '/playground' ? renderPlaygroundPage() : url.pathname === '/explore' ? renderExplorePage() : null;
  if (page !== null) {
    send(res, 200, 'text/html; charset=utf-8', page, {
      'cache-control': 'no-cache',
      'content-security-policy': PLAYGROUND_CSP,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    return true;
  }
  const asset = readPlaygroundAsset(url.pathname) ?? readExploreAsset(url.pathname);
  if (!asset) return false;
  send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=3600' });
  return true;
}
