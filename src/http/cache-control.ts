import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { GraphQLContext } from '../context';

/**
 * Seconds an answer may be cached when nothing it read has a shorter `@cacheControl` hint
 * (schema/cache-control.graphql): reads of the mirror change only when a file is imported, and
 * ETags carry the mirror version, so a revalidation after an import never gets a stale 304.
 */
export const DEFAULT_MAX_AGE_SECONDS = 60;

/**
 * An answer to a caller who sent an API key may hold what only that key may read (restricted
 * activities and fields): it is never `public`, whatever the hints say.
 */
const keyedAnswersArePrivate: ApolloServerPlugin<GraphQLContext> = {
  // After execution: restricting the policy earlier would make Apollo skip the field hints.
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, overallCachePolicy }) {
        if (contextValue.viewer.keyId !== null) overallCachePolicy.restrict({ scope: 'PRIVATE' });
      },
    };
  },
};

/**
 * Apollo Server's cache-control support: `Cache-Control` from the per-type and per-field hints
 * (`max-age=N, public|private`, or `no-store` for a mutation, an error or a zero hint), private for
 * keyed callers.
 */
export function cacheControlPlugins(): ApolloServerPlugin<GraphQLContext>[] {
  return [keyedAnswersArePrivate, ApolloServerPluginCacheControl({ defaultMaxAge: DEFAULT_MAX_AGE_SECONDS })];
}
