// The budget of one GraphQL request: response bytes and time, charged field by field as the answer is built.
import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { LimitError } from './errors';

/** Bytes and time one request may use. */
export interface BudgetLimits {
  maxResponseBytes: number;
  timeoutMs: number;
}

/** Per-request state: what the answer has cost so far, and the first limit it hit. */
export class RequestBudget {
  private bytes = 0;
  private readonly deadline: number;
  /** The error that ended the request, once a limit is hit. */
  exceeded: LimitError | null = null;

  constructor(private readonly limits: BudgetLimits) {
    this.deadline = Date.now() + limits.timeoutMs;
  }

  /** Bytes charged so far. */
  get used(): number {
    return this.bytes;
  }

  /** Throws the request's limit error if the budget is spent or the time is up. */
  check(): void {
    if (this.exceeded) throw this.exceeded;
    if (Date.now() > this.deadline) {
      this.exceeded = new LimitError(`The request took longer than its budget of ${this.limits.timeoutMs} ms`, 'TIMEOUT', { limitMs: this.limits.timeoutMs });
      throw this.exceeded;
    }
  }

  /** Charges the approximate JSON size of a field's name and value. */
  charge(fieldName: string, value: unknown): void {
    this.bytes += fieldName.length + 4 + sizeOf(value);
    if (this.bytes > this.limits.maxResponseBytes && !this.exceeded) {
      this.exceeded = new LimitError(
        `The answer would be larger than ${this.limits.maxResponseBytes} bytes: ask for fewer items or a range of long texts (Document.text(start, end), Evidence.context)`,
        'RESPONSE_TOO_LARGE',
        { limitBytes: this.limits.maxResponseBytes },
      );
    }
    if (this.exceeded) throw this.exceeded;
  }
}

/** Approximate JSON bytes of a leaf value (objects count only their own fields, charged when they resolve). */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) return value.reduce((sum: number, v: unknown) => sum + 1 + (typeof v === 'object' && v !== null ? 2 : sizeOf(v)), 2);
  if (value === null || value === undefined) return 4;
  if (typeof value === 'object') return 2;
  return 8;
}

/**
 * Wraps the resolver of every field of the schema (built once): stop once the budget is spent, charge what
 * each field returns. A field that resolves synchronously stays synchronous — a type-graphql middleware made
 * every field a promise (measured in-process on the embedded seed, with Apollo's cache-control plugin also
 * removed: the flagship 2.0–2.3 ms → 1.6–1.7 ms).
 */
export function enforceBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, { budget: RequestBudget }> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { budget: RequestBudget }, info) => {
        context.budget.check();
        const value: unknown = resolve(source, args, context, info);
        if (isPromise(value)) return value.then((resolved) => (context.budget.charge(info.fieldName, resolved), resolved));
        context.budget.charge(info.fieldName, value);
        return value;
      };
    }
  }
  return schema;
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === 'function';

/** Replaces the answer of a request that hit its budget by the one error that says which limit. */
export function createBudgetPlugin<T extends { budget: RequestBudget }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const error = contextValue.budget.exceeded;
          if (!error || response.body.kind !== 'single') return;
          const { http, ...extensions } = error.extensions;
          response.body.singleResult = { data: null, errors: [{ message: error.message, extensions }] };
          response.http.status = (http as { status: number }).status;
        },
      };
    },
  };
}
