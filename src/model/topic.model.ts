// The Topic entity: what allegations, resolutions and meetings are about (oil, antiquities…), with its aliases.
import { entity, recordMapper, type RecordOf } from './model';

export const topicModel = entity({
  name: 'Topic',
  label: 'Topic',
  variable: 't',
  evidence: false,
  properties: {
    key: { type: 'string', as: 'topicKey', default: '' },
    name: { type: 'string', default: '' },
    aliases: { type: 'strings' },
    aliasKeys: { type: 'strings', hidden: true },
  },
});

/** A topic, as the repositories return it. */
export type TopicRecord = RecordOf<typeof topicModel>;
/** The record of a store row holding a topic's properties. */
export const toTopic = recordMapper(topicModel);
