import type { Resolvers } from '../__generated__/graphql';

export const viewerResolvers: Resolvers = {
  Query: { viewer: (_, __, ctx) => ctx.viewer },
  Viewer: {
    authenticated: (v) => v.kind === 'KEY',
    label: (v) => v.keyLabel,
  },
};
