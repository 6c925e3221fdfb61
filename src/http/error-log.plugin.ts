import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLContext } from '../context';
import type { Logger } from '../logger';
import { clientCode } from './format-error';

/**
 * Logs, with the request id, every error that the client will only see as INTERNAL_SERVER_ERROR
 * (the client gets the same id in the `x-request-id` header to quote when reporting it).
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (clientCode({ message: error.message, extensions: error.extensions }, error) !== 'INTERNAL_SERVER_ERROR') continue;
            contextValue.logger.error({ err: unwrapResolverError(error), path: error.path }, 'internal error in GraphQL execution');
          }
        },
      };
    },
    async contextCreationDidFail({ error }) {
      logger.error({ err: error }, 'could not build the request context');
    },
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      requestContext.contextValue.logger.error({ err: error }, 'unexpected error processing a GraphQL request');
    },
  };
}
