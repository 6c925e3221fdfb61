import type { QueryResolvers, Resolvers } from '../../__generated__/graphql';
import type { GraphQLContext } from '../../context';
import { canReadExpertDetails } from '../../auth/access';
import { badInput } from '../../errors';
import { type NodeType, fromGlobalId } from './global-id';

/** The most ids one `nodes` call takes, like the largest page of a connection. */
export const MAX_NODES = 500;

/** Which Node type a loaded record is: records are tagged when `node`/`nodes` load them. */
const nodeTypeOf = new WeakMap<object, NodeType>();

type Loaded = object | null | undefined;
type LoadByKeys = (keys: string[], ctx: GraphQLContext) => Promise<Loaded[]>;

const settled = (results: (Loaded | Error)[]): Loaded[] => results.map((r) => (r instanceof Error ? null : r));

/** A cluster is computed with the others; it is looked up among all the viewer may see, page by page. */
async function clustersByIds(keys: string[], ctx: GraphQLContext): Promise<Loaded[]> {
  const wanted = new Set(keys);
  const found = new Map<string, object>();
  let after: string | null = null;
  do {
    const page = await ctx.services.coordination.clusters(null, ctx.config.maxPageSize, after);
    for (const edge of page.edges) if (wanted.has(edge.node.id)) found.set(edge.node.id, edge.node);
    after = page.pageInfo.hasNextPage && found.size < wanted.size ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
  return keys.map((k) => found.get(k) ?? null);
}

/** How each Node type is loaded by key: through the request's loaders, in one batch per type. */
const LOADERS: Record<NodeType, LoadByKeys> = {
  Activity: async (keys, ctx) => settled(await ctx.loaders.activityById.loadMany(keys)),
  Organisation: async (keys, ctx) => settled(await ctx.loaders.organisationByRef.loadMany(keys)),
  Recommendation: async (keys, ctx) => settled(await ctx.loaders.recommendationById.loadMany(keys)),
  Meeting: async (keys, ctx) => settled(await ctx.services.meetings.meetingById.loadMany(keys)),
  ImportRun: async (keys, ctx) => settled(await ctx.services.nodes.importRunById.loadMany(keys)),
  AuditEntry: async (keys, ctx) => settled(await ctx.services.nodes.auditEntryById.loadMany(keys)),
  CoordinationDecision: async (keys, ctx) => settled(await ctx.services.nodes.coordinationDecisionById.loadMany(keys)),
  OverlapDecision: async (keys, ctx) => settled(await ctx.services.nodes.overlapDecisionById.loadMany(keys)),
  Overlap: (keys, ctx) => Promise.all(keys.map((k) => ctx.services.coordination.overlap(k))),
  Gap: async (keys, ctx) => {
    const gaps = new Map((await ctx.services.coordination.gapList(null)).map((g) => [g.id, g]));
    return keys.map((k) => gaps.get(k) ?? null);
  },
  OverlapCluster: clustersByIds,
  FieldOperation: (keys, ctx) => Promise.all(keys.map((k) => ctx.services.fieldOperations.byId(k))),
  Presence: async (keys, ctx) => settled(await ctx.services.presences.byId.loadMany(keys)),
  // Experts' details are personal data: editors and admins only, as `expert(id:)`.
  Expert: (keys, ctx) => (canReadExpertDetails(ctx.viewer) ? Promise.all(keys.map((k) => ctx.services.registers.expert(k))) : Promise.resolve(keys.map(() => null))),
  Institution: (keys, ctx) => Promise.all(keys.map((k) => ctx.services.registers.institution(k))),
};

/**
 * The records behind global ids, in order; null for an id that is not a global id, names no
 * record, or names one the viewer may not see. One batch per type.
 */
export async function loadNodes(ids: readonly string[], ctx: GraphQLContext): Promise<Loaded[]> {
  const parts = ids.map(fromGlobalId);
  const keysByType = new Map<NodeType, string[]>();
  for (const p of parts) if (p) keysByType.set(p.type, [...(keysByType.get(p.type) ?? []), p.key]);
  const loaded = new Map<string, Loaded>();
  await Promise.all(
    [...keysByType].map(async ([type, keys]) => {
      const unique = [...new Set(keys)];
      const records = await LOADERS[type](unique, ctx);
      unique.forEach((key, i) => {
        const record = records[i];
        if (record) nodeTypeOf.set(record, type);
        loaded.set(`${type}:${key}`, record ?? null);
      });
    }),
  );
  return parts.map((p) => (p ? (loaded.get(`${p.type}:${p.key}`) ?? null) : null));
}

const node: NonNullable<QueryResolvers['node']> = async (_, { id }, ctx) => (await loadNodes([id], ctx))[0] as never;

const nodes: NonNullable<QueryResolvers['nodes']> = async (_, { ids }, ctx) => {
  if (ids.length > MAX_NODES) throw badInput('ids', `give at most ${MAX_NODES} ids`);
  return (await loadNodes(ids, ctx)) as never;
};

export const nodeResolvers: Resolvers = {
  Query: { node, nodes },
  Node: { __resolveType: (record) => nodeTypeOf.get(record) ?? null },
};
