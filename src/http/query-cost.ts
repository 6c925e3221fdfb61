import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Kind,
  getNamedType,
  isCompositeType,
  typeFromAST,
  valueFromAST,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';

/** Page size the services use when a list field is given neither `first` nor `last`. */
const DEFAULT_PAGE_SIZE = 20;

/**
 * The cost of an operation: every field costs 1, and a field taking a `first` or `last` argument (a page)
 * multiplies the cost of its selection by the page size asked for (its default when not given):
 * `activities(first: 500) { edges { node { id title } } }` costs 1 + 500 × 4.
 * Introspection fields (`__schema`, `__type`, `__typename`) are free. Fragments count where spread.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const variables = coerced.coerced ?? {};
  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(root, operation.selectionSet) : 0;

  function selectionCost(parent: GraphQLCompositeType, selectionSet: SelectionSetNode): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && typeFromAST(schema, fragment.typeCondition);
        if (fragment && type && isCompositeType(type)) cost += selectionCost(type, fragment.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : parent;
        if (type && isCompositeType(type)) cost += selectionCost(type, selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (name.startsWith('__') || !('getFields' in parent)) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        let multiplier = 1;
        const pageArgs = field.args.filter((a) => a.name === 'first' || a.name === 'last');
        if (pageArgs.length > 0) {
          const sizes = pageArgs.map((arg) => {
            const node = selection.arguments?.find((a) => a.name.value === arg.name);
            return node ? valueFromAST(node.value, arg.type, variables) : undefined;
          });
          const given = sizes.filter((v): v is number => typeof v === 'number');
          const fallback = pageArgs.map((a) => a.defaultValue).find((v): v is number => typeof v === 'number') ?? DEFAULT_PAGE_SIZE;
          multiplier = Math.max(1, given.length > 0 ? Math.max(...given) : fallback);
        }
        const type = getNamedType(field.type);
        const inner = selection.selectionSet && isCompositeType(type) ? selectionCost(type, selection.selectionSet) : 0;
        cost += 1 + multiplier * inner;
      }
    }
    return cost;
  }
}
