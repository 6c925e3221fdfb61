import type { CodeNameResolvers } from '../../__generated__/graphql';
import { codeName } from '../../codelists/codelists';
import type { CodeNameParent } from './codelist.model';

export type { CodeNameParent };

export const codeNameResolvers: { CodeName: CodeNameResolvers } = {
  CodeName: {
    code: (parent) => parent.code,
    name: (parent, { lang }) => codeName(parent.list, parent.code, lang ?? 'en'),
  },
};
