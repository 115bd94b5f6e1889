// What an entity is, declared once: its properties, from which its record and mapper, its map projection and its row shape derive.
import { toGlobalId } from '../ids';

/**
 * The value types a property holds in the store. `date` is a Cypher DATE (written with `date($iso)`), read back as its
 * ISO day ("2015-12-17"): Grafeo returns dates as ISO strings and the Neo4j adapter turns the driver's Date into one.
 */
export type PropertyType = 'string' | 'date' | 'int' | 'float' | 'boolean' | 'strings';

/** One key of an entity's map projection: a stored property, or an expression of the node's variable. */
export interface Property<T extends PropertyType = PropertyType> {
  type: T;
  /** The record's value when the store has none (the record field is then never null). */
  default?: TypeOf<T>;
  /** The record field's name, when it differs from the key (`claimantId` → `claimantKey`). */
  as?: string;
  /** An expression of the node's variable (`v`) instead of the stored property of the same name. */
  expr?: (v: string) => string;
  /** Not in the record (a nested entity that primes its own loader, a text read by another field). */
  internal?: boolean;
  /** In the record for resolvers and writers (a key, a JSON part, parallel lists), but no GraphQL field of its name. */
  hidden?: boolean;
  /** The entity a map-valued key holds (its projection is nested, its shape too). */
  nested?: EntityModel;
}

type TypeOf<T extends PropertyType> = T extends 'string' | 'date' ? string : T extends 'int' | 'float' ? number : T extends 'boolean' ? boolean : string[];

/** An entity's declaration. `id` (the store key) is always read; `evidence` ids when `evidence` is true. */
export interface EntityModel<P extends Record<string, Property> = Record<string, Property>, N extends string = string> {
  /** The GraphQL type, and the name a query file spreads (`a {...Actor}`). */
  name: N;
  /** The store label. */
  label: string;
  /** The node's variable in built statements. */
  variable: string;
  /** Whether the entity carries evidence ids. */
  evidence: boolean;
  /** The stored text the full-text search reads (written with the entity, never projected), when search finds the entity. */
  search?: string;
  properties: P;
}

/** A record's field for one property: never null with a default, `[]` for lists. */
type FieldOf<P extends Property> = P['type'] extends 'strings' ? string[] : P extends { default: unknown } ? TypeOf<P['type']> : TypeOf<P['type']> | null;
type FieldName<K, P extends Property> = P extends { as: infer A extends string } ? A : K;

/** The record a repository returns for an entity. */
export type RecordOf<M extends EntityModel> = {
  __typename: M['name'];
  /** The opaque GraphQL id. */
  id: string;
  /** The id property in the store ("Actor:russia"). */
  key: string;
  evidenceIds: string[];
} & {
  -readonly [K in keyof M['properties'] as M['properties'][K] extends { internal: true } ? never : FieldName<K, M['properties'][K]>]: FieldOf<
    M['properties'][K]
  >;
};

/** Declares an entity (keeps its literal types for RecordOf). */
export function entity<const N extends string, const P extends Record<string, Property>>(model: EntityModel<P, N>): EntityModel<P, N> {
  return model;
}

/** The keys of an entity's map projection, in order: id, its properties, then evidence. */
export function keysOf(model: EntityModel): string[] {
  return ['id', ...Object.keys(model.properties), ...(model.evidence ? ['evidence'] : [])];
}

/**
 * The map projection of `variable` as `model` declares it, e.g. `a {.id, .kind, .name, …}`; `overrides` replace the
 * expressions of some keys (a query that knows the claimant already passes `claimantId: a.id`).
 */
export function projection(model: EntityModel, variable: string, overrides: ReadonlyMap<string, string> = new Map()): string {
  const entries = keysOf(model).map((key) => {
    const given = overrides.get(key);
    if (given !== undefined) return `${key}: ${given}`;
    const property = model.properties[key];
    if (property?.expr) return `${key}: ${property.expr(variable)}`;
    return `.${key}`;
  });
  return `${variable} {${entries.join(', ')}}`;
}

/** A map's keys in a fixed order; `[key, shape]` holds a nested map of that shape (or null). */
export type MapShape = readonly (string | readonly [key: string, shape: MapShape])[];

/** The shape of an entity's map projection (its nested entities' too). */
export function shapeOf(model: EntityModel): MapShape {
  return keysOf(model).map((key) => {
    const nested = model.properties[key]?.nested;
    return nested ? ([key, shapeOf(nested)] as const) : key;
  });
}

/** Readers of store values: the value when it has the type, else null (or []). */
const READ: Record<PropertyType, (v: unknown) => unknown> = {
  string: (v) => (typeof v === 'string' ? v : null),
  // the ISO day both adapters give a DATE (a store not yet converted holds the same string)
  date: (v) => (typeof v === 'string' ? v.slice(0, 10) : null),
  int: (v) => (typeof v === 'number' ? v : null),
  float: (v) => (typeof v === 'number' ? v : null),
  boolean: (v) => (typeof v === 'boolean' ? v : null),
  strings: (v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []),
};

/** The mapper from a row's property map to the entity's record. */
export function recordMapper<M extends EntityModel>(model: M): (p: Record<string, unknown>) => RecordOf<M> {
  const fields = Object.entries(model.properties)
    .filter(([, property]) => !property.internal)
    .map(([key, property]) => ({ key, field: property.as ?? key, read: READ[property.type], fallback: property.default ?? null }));
  return (p) => {
    const key = String(p.id);
    const record: Record<string, unknown> = {
      __typename: model.name,
      id: toGlobalId(key),
      key,
      evidenceIds: READ.strings(p.evidence),
    };
    for (const f of fields) record[f.field] = f.read(p[f.key]) ?? f.fallback;
    return record as RecordOf<M>;
  };
}
