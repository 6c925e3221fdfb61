import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import type { Config } from '../config';
import { concordError, requestError } from '../errors';
import { operationCost } from './query-cost';

/** Directives per operation; not configurable, as no legitimate query comes close. */
const MAX_DIRECTIVES = 50;

/** Armor reports through the validation context, so every violation is listed, as QUERY_TOO_COMPLEX. */
const reportTooComplex = (ctx: ValidationContext | null, error: GraphQLError): void => {
  ctx?.reportError(concordError('QUERY_TOO_COMPLEX', error.message.replace(/^Syntax Error: /, '')));
};

const rejectWith = { propagateOnRejection: false, onReject: [reportTooComplex] };

export interface QueryLimits {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: ParseOptions;
}

/**
 * The limits every operation passes before it runs: tokens (while parsing), depth, aliases and
 * directives (graphql-armor validation rules), and cost with page sizes multiplied (once the
 * variables are known). Field suggestions in errors are hidden when introspection is off.
 */
export function queryLimits(config: Pick<Config, 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxTokens' | 'introspection'>): QueryLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: config.maxDepth, ignoreIntrospection: true, ...rejectWith },
    maxAliases: { n: config.maxAliases, ...rejectWith },
    maxDirectives: { n: MAX_DIRECTIVES, ...rejectWith },
    // Replaced: armor's cost ignores page sizes (see costLimitPlugin) and its token plugin
    // cannot answer 400 in Apollo (graphql-js enforces maxTokens while parsing instead).
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, costLimitPlugin(config.maxCost)],
    parseOptions: { maxTokens: config.maxTokens },
  };
}

/** Refuses an operation whose cost (see operationCost) is above `maxCost`, before anything runs. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost > maxCost) {
            throw requestError('QUERY_TOO_COMPLEX', `The query costs ${cost}, above the limit of ${maxCost}; ask for smaller pages (first) or fewer fields.`);
          }
        },
      };
    },
  };
}
