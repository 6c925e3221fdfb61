import {
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLID,
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { NODE_TYPES, type NodeType, keyOfId, toGlobalId } from './global-id';

type Source = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<unknown, unknown>;

/** Fields of type ID that name another record: they answer its global id too. */
export const REFERENCE_FIELDS: Record<string, (source: Source) => NodeType> = {
  'CoordinationDecision.subjectId': (d) => (d.subject === 'GAP' ? 'Gap' : 'Overlap'),
  'DecisionChange.subjectId': (d) => (d.subject === 'GAP' ? 'Gap' : 'Overlap'),
  'OverlapDecision.overlapId': () => 'Overlap',
  'Provenance.importRunId': () => 'ImportRun',
  'PresenceProvenance.importRunId': () => 'ImportRun',
  'RecommendationSource.importRunId': () => 'ImportRun',
  'ImportRun.redoesRunId': () => 'ImportRun',
};

/** The key a Node type's global id is made of: its Concord key, an organisation's identifier. */
const KEY_OF: Partial<Record<NodeType, (source: Source, legacyId: unknown) => unknown>> = {
  Organisation: (o) => o.ref,
};

/** Fields whose ID arguments are global ids and must reach the resolver as they are. */
const GLOBAL_ID_ARGUMENTS = new Set(['Query.node', 'Query.nodes']);

const asGlobalId = (type: NodeType, key: unknown): string | null =>
  key === null || key === undefined ? null : toGlobalId(type, String(key));

/** Applies `f` to a resolver's result without making a synchronous resolver asynchronous. */
const then = <T>(value: unknown, f: (v: unknown) => T): T | Promise<T> =>
  value instanceof Promise ? value.then(f) : f(value);

/** A value of an input type with every ID in it (in lists and input objects too) turned into its record key. */
function keysIn(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const t = getNullableType(type);
  if (t === GraphQLID) return typeof value === 'string' ? keyOfId(value) : value;
  if (isListType(t)) return Array.isArray(value) ? value.map((v) => keysIn(t.ofType, v)) : keysIn(t.ofType, value);
  if (isInputObjectType(t) && typeof value === 'object') {
    const fields = t.getFields();
    return Object.fromEntries(Object.entries(value as Source).map(([k, v]) => [k, fields[k] ? keysIn(fields[k].type, v) : v]));
  }
  return value;
}

function carriesId(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const t = getNullableType(type);
  if (t === GraphQLID) return true;
  if (isListType(t)) return carriesId(t.ofType, seen);
  if (!isInputObjectType(t) || seen.has(t)) return false;
  seen.add(t);
  return Object.values(t.getFields()).some((f) => carriesId(f.type, seen));
}

function withKeyArguments(resolve: Resolver, args: readonly GraphQLArgument[]): Resolver {
  const types = new Map(args.map((a) => [a.name, a.type]));
  return (source, given, ctx, info) => {
    const keyed = Object.fromEntries(Object.entries(given as Source).map(([k, v]) => [k, types.has(k) ? keysIn(types.get(k)!, v) : v]));
    return resolve(source, keyed, ctx, info);
  };
}

/**
 * Makes the executable schema speak global ids (Relay's object identification): a Node's `id`
 * answers its global id and `legacyId` the key it answered before; ID fields that name another
 * record answer its global id; every ID argument takes a global id or, while deprecated, the
 * legacy key. Resolvers are wrapped in place, once, when the schema is built.
 */
export function withGlobalIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = type.getFields();
    const nodeType = (NODE_TYPES as readonly string[]).includes(type.name) ? (type.name as NodeType) : null;
    if (nodeType && fields.id) {
      const legacy: Resolver = fields.id.resolve ?? ((source) => (source as Source).id);
      const keyOf = KEY_OF[nodeType];
      if (fields.legacyId) fields.legacyId.resolve = legacy;
      fields.id.resolve = (source, args, ctx, info) =>
        then(legacy(source, args, ctx, info), (legacyId) => asGlobalId(nodeType, keyOf ? keyOf(source as Source, legacyId) : legacyId));
    }
    for (const field of Object.values(fields)) {
      const coordinate = `${type.name}.${field.name}`;
      const reference = REFERENCE_FIELDS[coordinate];
      if (reference) {
        const original: Resolver = field.resolve ?? defaultFieldResolver;
        field.resolve = (source, args, ctx, info) => then(original(source, args, ctx, info), (key) => asGlobalId(reference(source as Source), key));
      }
      if (!GLOBAL_ID_ARGUMENTS.has(coordinate) && field.args.some((a) => carriesId(a.type))) {
        field.resolve = withKeyArguments(field.resolve ?? defaultFieldResolver, field.args);
        if (field.subscribe) field.subscribe = withKeyArguments(field.subscribe, field.args);
      }
    }
  }
  return schema;
}
