// Builds the executable schema from the TypeGraphQL classes and prints it for schema.graphql.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { enforceBudget } from '../request-budget';
import { assertMutationsAuthorized, authChecker } from '../auth/auth-checker';
import { ActorResolver, RelatedActorResolver } from './actor.resolver';
import { AnalyticsResolver } from './analytics.resolver';
import { AllegationResolver } from './allegation.resolver';
import { CandidateResolver, DocumentMentionsResolver, MentionResolver } from './candidate.resolver';
import { DocumentResolver, EvidenceResolver, ListCoverageResolver, SourceResolver } from './document.resolver';
import { GraphResolver, PathStepResolver, TopicResolver } from './graph.resolver';
import { checkArgBounds } from './list.type';
import { MeetingResolver } from './meeting.resolver';
import { ResolutionResolver } from './resolution.resolver';
import { StatementResolver } from './statement.resolver';
import { SanctionEventResolver, SanctionListingResolver } from './un-data.resolver';

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema (built once per process). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      ActorResolver,
      AnalyticsResolver,
      RelatedActorResolver,
      AllegationResolver,
      EvidenceResolver,
      DocumentResolver,
      ListCoverageResolver,
      SourceResolver,
      GraphResolver,
      PathStepResolver,
      TopicResolver,
      MeetingResolver,
      ResolutionResolver,
      StatementResolver,
      SanctionListingResolver,
      SanctionEventResolver,
      CandidateResolver,
      DocumentMentionsResolver,
      MentionResolver,
    ],
    validateFn: checkArgBounds,
    authChecker,
  })
    .then((schema) => {
      assertMutationsAuthorized();
      return schema;
    })
    .then(enforceBudget);
  return built;
}

/** The schema as SDL, sorted so that the committed file diffs cleanly. */
export async function printSchemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
