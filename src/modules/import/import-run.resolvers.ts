import type { QueryResolvers, Resolvers } from '../../__generated__/graphql';

const importRuns: NonNullable<QueryResolvers['importRuns']> = (_, { first, after }, ctx) => ctx.services.importRuns.page(first, after);

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export const importRunResolvers: Resolvers = {
  Query: { importRuns },
  ImportRun: {
    startedAt: (run) => iso(run.startedAt)!,
    finishedAt: (run) => iso(run.finishedAt),
  },
};
