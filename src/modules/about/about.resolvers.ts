import type { Resolvers } from '../../__generated__/graphql';
import { concordVersion } from '../../version';

export const aboutResolvers: Resolvers = {
  Query: {
    about: (_, __, ctx) => ({ version: concordVersion, embeddedEngine: ctx.embedded }),
  },
};
