import type { CodelistName } from '../../codelists/codelists';

/** What a CodeName field resolves from: a code and the codelist it belongs to. */
export interface CodeNameParent {
  list: CodelistName;
  code: string;
}
