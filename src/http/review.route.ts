// GET|HEAD /review, /review/<document id> and the page's script: the review pages under the playground's strict CSP.
import { PLAYGROUND_CSP } from '../playground/playground';
import { isReviewPath, readReviewAsset, renderReviewPage } from '../review/review-page';
import { send } from './http-io';
import type { RouteRequest } from './http-context';

/** Answers a review page or its script, or returns false when the path names neither. */
export function handleReview({ res, url, method }: RouteRequest): boolean {
  if (method !== 'GET') return false;
  const asset = readReviewAsset(url.pathname);
  if (asset) {
    send(res, 200, asset.type, asset.body, { 'cache-control': 'no-cache' });
    return true;
  }
  if (!isReviewPath(url.pathname)) return false;
  send(res, 200, 'text/html; charset=utf-8', renderReviewPage(), {
    'cache-control': 'no-cache',
    'content-security-policy': PLAYGROUND_CSP,
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  });
  return true;
}
