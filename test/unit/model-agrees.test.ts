// The entity models agree with what is declared apart from them: the GraphQL object types, the projections expanded in cypher/, the row shapes the Neo4j adapter decodes, and the full-text search.
import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isEnumType, isNonNullType, isObjectType, isUnionType, type GraphQLOutputType } from 'graphql';
import { createSchema } from '../../src/graphql/schema';
import { keysOf, type EntityModel, type MapShape, type PropertyType } from '../../src/model/model';
import { MODELS } from '../../src/model/models';
import { closingBracket, topLevelParts } from '../../src/model/projections';
import { SEARCH_TYPES } from '../../src/repo/search.repo';
import { CYPHER_DIR, loadQueries, loadRowShapes, QUERY_NAMES, rawQuery } from '../../src/store/queries';

/** The GraphQL named types a stored value type may be served as. */
const SERVED_AS: Record<PropertyType, (name: string, enumType: boolean) => boolean> = {
  string: (name, enumType) => enumType || ['String', 'ID', 'Date'].includes(name),
  int: (name) => name === 'Int',
  float: (name) => name === 'Float',
  boolean: (name) => name === 'Boolean',
  strings: (name) => name === 'String' || name === 'ID',
  // A stored DATE is served as its ISO day.
  date: (name) => name === 'String' || name === 'Date',
};

/** Fields nullable in GraphQL though the model always reads them, and why. */
const NULLABLE_ON_PURPOSE: Record<string, string> = {
  'Resolution.symbol': 'nullable like Meeting.symbol, so that one query over the SearchResult union can ask both',
};
/** Fields non-null in GraphQL though the model may read no value, and why. */
const NON_NULL_ON_PURPOSE: Record<string, string> = {
  'Candidate.kind': 'every candidate is written with its kind by the pipeline (src/ingest)',
};

/** How a field's GraphQL type disagrees with its property, or null. */
function disagreement(model: EntityModel, key: string, type: GraphQLOutputType): string | null {
  const property = model.properties[key]!;
  const field = `${model.name}.${key}`;
  const named = getNamedType(type);
  const list = isNonNullType(type) ? type.ofType : type;
  const isList = 'ofType' in list && !isNonNullType(list);
  if ((property.type === 'strings') !== isList) return `${field} is ${String(type)}, the model reads ${property.type}`;
  if (!SERVED_AS[property.type](named.name, isEnumType(named))) return `${field} is ${String(type)}, the model reads ${property.type}`;
  const alwaysRead = property.type === 'strings' || property.default !== undefined;
  if (alwaysRead && !isNonNullType(type) && !NULLABLE_ON_PURPOSE[field]) return `${field} is nullable (${String(type)}), the model always reads it`;
  if (!alwaysRead && isNonNullType(type) && !NON_NULL_ON_PURPOSE[field]) return `${field} is ${String(type)}, the model may read no value (give it a default)`;
  return null;
}

/** The map projections in an expanded query text: each `<variable> {.id, …}` with its top-level keys in order. */
function projectedMaps(text: string): Array<{ variable: string; keys: string[] }> {
  const maps: Array<{ variable: string; keys: string[] }> = [];
  for (const match of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*) \{(\.id\b|id:)/g)) {
    const open = match.index + match[1]!.length + 1;
    const close = closingBracket(text, open);
    const keys = topLevelParts(text.slice(open + 1, close)).map((part) => (part.startsWith('.') ? part.slice(1) : part.slice(0, part.indexOf(':')).trim()));
    maps.push({ variable: match[1]!, keys });
  }
  return maps;
}

/** A shape's top-level keys. */
const shapeKeys = (shape: MapShape): string[] => shape.map((key) => (typeof key === 'string' ? key : key[0]));

describe('the entity models', () => {
  it.each([...MODELS.keys()])('%s: every property it serves is a field of its GraphQL type, of a compatible type and nullability', async (name) => {
    const model = MODELS.get(name)!;
    const type = (await createSchema()).getType(model.name);
    expect(isObjectType(type)).toBe(true);
    const fields = isObjectType(type) ? type.getFields() : {};
    const served = Object.entries(model.properties).filter(([, p]) => !p.internal && !p.hidden);
    expect(served.length).toBeGreaterThan(0);
    const problems = served.map(([key]) => {
      // The field has the property's name (a record field renamed by `as` is served under the stored key's name).
      const field = fields[key];
      return field ? disagreement(model, key, field.type) : `${model.name}.${key} is not a field of the GraphQL type (or mark the property hidden)`;
    });
    if (model.evidence && !fields.evidence) problems.push(`${model.name} carries evidence, its GraphQL type has no evidence field`);
    expect(problems.filter((p) => p !== null)).toEqual([]);
  });

  describe.each(['embedded', 'neo4j'] as const)('in the queries for %s', (engine) => {
    const queries = loadQueries(engine);
    const shapes = loadRowShapes(engine);
    const spreads = QUERY_NAMES.flatMap((query) =>
      [...rawQuery(query, engine, CYPHER_DIR).matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*\{\.\.\.([A-Za-z]+)/g)]
        .filter((m) => !rawQuery(query, engine, CYPHER_DIR).slice(0, m.index).split('\n').pop()!.includes('//'))
        .map((m) => ({ query, variable: m[1]!, model: MODELS.get(m[2]!)! })),
    );

    it('every {...Entity} names a model and is expanded to exactly its keys, in order', () => {
      expect(spreads.length).toBeGreaterThan(20);
      const problems = spreads.flatMap(({ query, variable, model }) => {
        if (!model) return [`${query}: a spread names no model`];
        const maps = projectedMaps(queries.get(query)!).filter((m) => m.variable === variable);
        return maps.some((m) => m.keys.join() === keysOf(model).join())
          ? []
          : [`${query}: ${variable} {...${model.name}} is not projected as ${keysOf(model).join(', ')}`];
      });
      expect(problems).toEqual([]);
    });

    it('the row shapes the Neo4j adapter decodes are the projections the queries return, with every key of the model', () => {
      const problems: string[] = [];
      let columns = 0;
      for (const [query, columnShapes] of shapes) {
        const maps = projectedMaps(queries.get(query)!).map((m) => m.keys.join());
        for (const [column, shape] of Object.entries(columnShapes)) {
          columns++;
          const mapShape = Array.isArray(shape) ? (shape as MapShape) : (shape as { listOf: MapShape }).listOf;
          const keys = shapeKeys(mapShape);
          const model = [...MODELS.values()].find((m) => keysOf(m).join() === keys.join());
          if (!model) problems.push(`${query}.${column}: the shape ${keys.join(', ')} is no model's`);
          else if (!Object.keys(model.properties).every((key) => keys.includes(key)))
            problems.push(`${query}.${column}: the shape misses keys of ${model.name}`);
          if (!maps.includes(keys.join())) problems.push(`${query}.${column}: no projection in the query returns the shape's keys ${keys.join(', ')}`);
        }
      }
      expect(columns).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    });

    it('search reads the text the searchable models declare, over their labels', () => {
      const searchable = [...MODELS.values()].filter((m) => m.search !== undefined);
      expect(searchable.map((m) => m.name).sort()).toEqual([...SEARCH_TYPES].sort());
      const text = rawQuery('search-entities', engine, CYPHER_DIR);
      const fields = new Set(searchable.map((m) => m.search));
      expect(fields.size).toBe(1);
      const [field] = fields;
      // The text index and the properties the statement reads: the declared search text and the store key only.
      const read = [...text.matchAll(/\b(?:n|node)\.([A-Za-z]+)/g)].map((m) => m[1]!);
      const indexed = [...text.matchAll(/grafeo\.search\.text\('[A-Za-z]+', '([A-Za-z]+)'/g)].map((m) => m[1]!);
      expect([...new Set([...read, ...indexed])].filter((p) => p !== 'id' && p !== field)).toEqual([]);
      if (engine === 'embedded') expect(indexed).toEqual([field]);
      const labels = [...text.matchAll(/\bn:([A-Za-z]+)/g)].map((m) => m[1]!);
      expect(labels.filter((l) => !searchable.some((m) => m.label === l) && l !== 'Entity')).toEqual([]);
      const index = /FULLTEXT INDEX entity_search[^\n]*FOR \(n:([A-Za-z|]+)\) ON EACH \[n\.([A-Za-z]+)\]/.exec(
        fs.readFileSync(path.join(CYPHER_DIR, 'schema', 'neo4j.cypher'), 'utf8'),
      );
      expect(index?.[1]!.split('|').sort()).toEqual(searchable.map((m) => m.label).sort());
      expect(index?.[2]).toBe(field);
    });
  });

  it('the SearchResult union holds exactly the searchable models', async () => {
    const union = (await createSchema()).getType('SearchResult');
    expect(isUnionType(union)).toBe(true);
    const members = isUnionType(union) ? union.getTypes().map((t) => t.name) : [];
    expect(members.sort()).toEqual(
      [...MODELS.values()]
        .filter((m) => m.search !== undefined)
        .map((m) => m.name)
        .sort(),
    );
  });
});
