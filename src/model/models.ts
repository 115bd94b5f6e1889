// Every entity model, by the name query files spread (`a {...Actor}`).
import { actorModel } from './actor.model';
import { candidateModel } from './candidate.model';
import { allegationModel } from './allegation.model';
import { documentModel } from './document.model';
import { evidenceModel } from './evidence.model';
import { meetingModel } from './meeting.model';
import type { EntityModel } from './model';
import { resolutionModel } from './resolution.model';
import { sanctionListingModel, sourceRecordModel } from './source-record.model';
import { statementModel } from './statement.model';
import { topicModel } from './topic.model';

export const MODELS: ReadonlyMap<string, EntityModel> = new Map(
  [
    actorModel,
    allegationModel,
    documentModel,
    evidenceModel,
    meetingModel,
    resolutionModel,
    statementModel,
    topicModel,
    sanctionListingModel,
    sourceRecordModel,
    candidateModel,
  ].map((m): [string, EntityModel] => [m.name, m]),
);
