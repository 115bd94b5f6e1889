// Topics: their loaders, look-up by key or alias ("oil", "oil products"), the topics of an entity.
import { BadUserInputError, NotFoundError } from '../errors';
import { checkText } from './listing';
import { normaliseName } from '../names';
import type { Data } from './data';
import DataLoader from 'dataloader';
import { type EdgeRecord, type Props, type TopicRecord, toTopic } from './records';
import { edgeLoader, type Ahead, type Loaders, type LoaderSpec, type ReadAheadSpec } from './loaders';

/** The topics of list-topics' rows. */
const topicRecords = (rows: ReadonlyArray<Record<string, unknown>>): TopicRecord[] => rows.map((r) => toTopic(r.topic as Props));

/** Every topic, once per request (key 'all'); a read can fill it ahead (its query takes no ids). */
const topicList: LoaderSpec<DataLoader<'all', TopicRecord[]>> & ReadAheadSpec = {
  query: 'list-topics',
  params: {},
  primeRows: (loaders, rows) => {
    loaders.get(topicList).prime('all', topicRecords(rows));
  },
  make: (store) =>
    new DataLoader<'all', TopicRecord[]>(async (keys) => {
      const topics = topicRecords(await store.read('list-topics', {}, { combine: true }));
      return keys.map(() => topics);
    }),
};

const topicsOfEntity = edgeLoader<EdgeRecord & { child: Props }>('list-topics-of');

/** Every topic, read ahead with a listing whose rows need a topic checked (loaders.readAhead's `always`). */
export const TOPIC_LIST_AHEAD: readonly Ahead[] = [{ spec: topicList }];

/** What an entity's `topics` loads, for reading it ahead (loaders.readAhead). */
export const TOPICS_AHEAD: readonly Ahead[] = [{ spec: topicsOfEntity }];

/** The topic whose key, name or alias matches; NOT_FOUND listing the known topics otherwise. */
export async function resolveTopic(loaders: Loaders, text: string): Promise<TopicRecord> {
  const key = normaliseName(text);
  const topics = await loaders.get(topicList).load('all');
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
  return data.loaders.get(topicList).load('all');
}

/**
 * The topics an entity is about (a resolution, meeting or allegation), in the query's order. Its rows carry the
 * topics: reading every topic beside them instead cost the resolution page's statement 0.12 ms on Neo4j (session 15).
 */
export async function topicsOf(data: Data, entityKey: string): Promise<TopicRecord[]> {
  const edges = await data.loaders.get(topicsOfEntity).load(entityKey);
  return edges.map((e) => toTopic(e.child));
}
