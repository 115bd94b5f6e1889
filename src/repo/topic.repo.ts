// Topic look-up by key or alias ("oil", "oil products").
import { BadUserInputError, NotFoundError } from '../errors';
import { checkText } from './listing';
import { normaliseName } from '../names';
import type { Data } from './data';
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

/** The store id of the topic a key or alias means (NOT_FOUND for an unknown topic), or null for none. */
export async function topicIdOf(loaders: Loaders, text: string | null | undefined, argument: string): Promise<string | null> {
  if (!checkText(argument, text)) return null;
  if (!normaliseName(text!)) throw new BadUserInputError(`${argument} "${text!.slice(0, 50)}" has no letters or digits to match`, { argumentName: 'where' });
  return (await resolveTopic(loaders, text!)).key;
}

/** Every topic (one query per request). */
export function allTopics(data: Data): Promise<TopicRecord[]> {
  return data.loaders.topics.load('all');
}

/** The topics an entity is about (a resolution, meeting or allegation), in the query's order. */
export async function topicsOf(data: Data, entityKey: string): Promise<TopicRecord[]> {
  const [edges, topics] = await Promise.all([data.loaders.topicsOf.load(entityKey), allTopics(data)]);
  return edges.flatMap((e) => topics.filter((t) => t.key === e.childId));
}
