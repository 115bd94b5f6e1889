// Topic look-up by key or alias ("oil", "oil products").
import { NotFoundError } from '../errors';
import { normaliseName } from '../names';
import type { Loaders } from './loaders';
import type { TopicRecord } from './records';

/** The topic whose key, name or alias matches; NOT_FOUND listing the known topics otherwise. */
export async function resolveTopic(loaders: Loaders, text: string): Promise<TopicRecord> {
  const key = normaliseName(text);
  const topics = await loaders.topics.load('all');
  const found = topics.find((t) => normaliseName(t.topicKey) === key || t.aliasKeys.includes(key));
  if (!found) throw new NotFoundError(`Unknown topic "${text.slice(0, 100)}". Known topics: ${topics.map((t) => t.topicKey).join(', ')}`);
  return found;
}
