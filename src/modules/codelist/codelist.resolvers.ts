import type { CodeNameResolvers } from '../../__generated__/graphql';
import { type CodelistName, codeName } from '../../codelists/codelists';

/** What a CodeName field resolves from: a code and the codelist it belongs to. */
export interface CodeNameParent {
  list: CodelistName;
  code: string;
}

export const codeNameResolvers: { CodeName: CodeNameResolvers } = {
  CodeName: {
    code: (parent) => parent.code,
    name: (parent, { lang }) => codeName(parent.list, parent.code, lang ?? 'en'),
  },
};
