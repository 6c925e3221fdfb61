import { useId, useState } from 'react';
import { useApiKey, writeApiKey } from '../state/api-key';
import { useVocabulary } from '../state/options';

const ROLE_WORDS: Record<string, string> = { LIAISON: 'liaison', OHCHR_EDITOR: 'OHCHR editor', ADMIN: 'admin' };

/**
 * Reading is public; an API key unlocks restricted records and the editor actions of its role.
 * The key is kept in this tab's session storage only and sent only to /graphql.
 */
export function ApiKeyPanel() {
  const key = useApiKey();
  const { options, error } = useVocabulary();
  const [draft, setDraft] = useState('');
  const id = useId();
  const viewer = options?.viewer;
  const refused = key && error;
  const who = viewer?.authenticated ? `${viewer.label ?? 'key'} · ${ROLE_WORDS[viewer.role ?? ''] ?? viewer.role}${viewer.organisationRef ? ` (${viewer.organisationRef})` : ''}` : 'public reading';
  return (
    <details className="api-key">
      <summary>
        API key: <span data-testid="viewer">{refused ? 'refused' : key ? who : 'none (public reading)'}</span>
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) writeApiKey(draft.trim());
          setDraft('');
        }}
      >
        <label htmlFor={`${id}-key`}>API key (ck_…), kept in this tab only</label>
        <input id={`${id}-key`} type="password" autoComplete="off" spellCheck={false} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="ck_…" />
        <button type="submit">Use key</button>
        {key && (
          <button type="button" className="secondary" onClick={() => writeApiKey(null)}>
            Forget key
          </button>
        )}
      </form>
      {refused ? <p className="note note-error">The gateway refused this key. Check it with whoever issued it, or forget it to read public data.</p> : null}
    </details>
  );
}
