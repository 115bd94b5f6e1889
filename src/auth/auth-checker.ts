// TypeGraphQL's authChecker: mutations name the roles that may run them; no writer is 401, a role that may not is 403.
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import type { WriterRole } from '../config';
import type { Context } from '../context';
import { CodedError } from '../errors';
import { HOW_TO_CONFIGURE, UnauthenticatedError, writersConfigured } from './authenticate';

/** Who may ingest. */
export const INGEST_ROLES: WriterRole[] = ['ingester', 'reviewer', 'admin'];

/** Who may accept, reject and reopen candidates. */
export const REVIEW_ROLES: WriterRole[] = ['reviewer', 'admin'];

/** Checks the request's writer against the roles of an `@Authorized(roles)` field (none given: any writer). */
export const authChecker: AuthChecker<Context, WriterRole> = ({ context, info }, roles) => {
  const principal = context.principal;
  if (!principal) {
    if (!writersConfigured(context.config.auth)) throw new UnauthenticatedError(`Writes are disabled: no API tokens are configured. ${HOW_TO_CONFIGURE}`);
    throw new UnauthenticatedError(`${info.fieldName} needs a writer's token: send Authorization: Bearer <token>`);
  }
  if (roles.length > 0 && !roles.includes(principal.role)) {
    throw new CodedError(`The role ${principal.role} may not run ${info.fieldName} (it needs ${roles.join(' or ')})`, 'FORBIDDEN', {}, true);
  }
  return true;
};

/**
 * Deny by default: every mutation must declare who may run it with `@Authorized(roles)`. Called when the schema is
 * built; a mutation without it stops the server from starting, naming it.
 */
export function assertMutationsAuthorized(): void {
  const storage = getMetadataStorage();
  const open = storage.mutations.filter(
    (m) =>
      !storage.authorizedFields.some((a) => a.target === m.target && a.fieldName === m.methodName) &&
      !storage.authorizedResolver.some((a) => a.target === m.target),
  );
  if (open.length > 0) throw new Error(`Mutations without @Authorized (writes are denied by default): ${open.map((m) => m.schemaName).join(', ')}`);
}
