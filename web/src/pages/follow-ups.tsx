import { useState } from 'react';
import { advice, graphql } from '../api/client';
import { FOLLOW_UPS, UPDATE_FOLLOW_UP } from '../api/queries';
import type { Decision, FollowUpState, FollowUpStatus } from '../api/types';
import { useQuery } from '../api/use-query';
import { DECISION_CHANGED, useSubscription } from '../api/live';
import { Busy, Empty, ErrorNote, Loading } from '../components/status';
import { DECISION_KIND_WORDS, STATE_ICONS, STATE_WORDS, STATUS_WORDS } from '../components/words';
import { useVocabulary } from '../state/options';
import { follow, href, navigate, useLocation } from '../state/route';
import { Field } from '../components/field';

const STATES: FollowUpState[] = ['OPEN', 'DUE_SOON', 'OVERDUE', 'DONE'];
/** The owner's controls: status, due date and note, saved together. */
function FollowUpEditor({ d, onSaved }: { d: Decision; onSaved: () => void }) {
  const [status, setStatus] = useState<FollowUpStatus>(d.status);
  const [dueDate, setDueDate] = useState(d.dueDate ?? '');
  const [note, setNote] = useState(d.note ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const r = (await graphql(UPDATE_FOLLOW_UP, { input: { decisionId: d.id, status, dueDate: dueDate || null, note } })).updateFollowUp;
      if (r.__typename === 'ValidationFailed') setProblem(r.fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; '));
      else onSaved();
    } catch (err) {
      setProblem(`${err instanceof Error ? err.message : String(err)} ${advice(err)}`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="follow-up-editor" onSubmit={save} aria-label={`Update follow-up: ${d.subjectLabel}`}>
      <fieldset disabled={busy}>
        <Field label="Status">
          {(id) => (
            <select id={id} value={status} onChange={(e) => setStatus(e.target.value as FollowUpStatus)}>
              {(Object.keys(STATUS_WORDS) as FollowUpStatus[]).map((s) => (
                <option key={s} value={s}>
                  {STATUS_WORDS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Due">
          {(id) => (
            <input id={id} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          )}
        </Field>
        <Field label="Note">
          {(id) => (
            <input id={id} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
          )}
        </Field>
        <button type="submit">{busy ? 'Saving…' : 'Save'}</button>
      </fieldset>
      {problem && (
        <p className="note note-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

/** Every decision to follow up across meetings, by state against its due date; owners update them here. */
export function FollowUpsPage() {
  const { search } = useLocation();
  const state = STATES.filter((s) => search.getAll('state').includes(s));
  const owner = search.get('owner') ?? '';
  const meeting = search.get('meeting') ?? '';
  const { options, orgName, canRunMeetings } = useVocabulary();
  const viewer = options?.viewer;
  const mayUpdate = (d: Decision) => canRunMeetings || (viewer?.role === 'LIAISON' && viewer.organisationRef === d.ownerOrganisation.ref);
  const filter = { state: state.length ? state : undefined, ownerOrganisation: owner ? [owner] : undefined, meeting: meeting ? [meeting] : undefined };
  const { data, error, loading, reload } = useQuery(FOLLOW_UPS, { filter });
  // A decision recorded or updated anywhere (another tab, another person) shows without reloading.
  useSubscription(DECISION_CHANGED, {}, reload);
  const go = (patch: Record<string, string | string[]>) => navigate(href('/follow-ups', { state, owner, meeting, ...patch }), { replace: true });
  const owners = [...(options?.organisations.edges.map((e) => e.node.ref) ?? [])].sort((a, b) => orgName(a).localeCompare(orgName(b)));

  return (
    <>
      <h1>Follow-up of decisions</h1>
      <form className="filters" aria-label="Follow-up filters" onSubmit={(e) => e.preventDefault()}>
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={state.length === 0} onClick={() => go({ state: [] })}>
            All
          </button>
          {STATES.map((s) => (
            <button key={s} type="button" aria-pressed={state.length === 1 && state[0] === s} onClick={() => go({ state: [s] })}>
              <span aria-hidden="true">{STATE_ICONS[s]} </span>
              {STATE_WORDS[s]}
            </button>
          ))}
        </div>
        <Field label="Owner">
          {(id) => (
            <select id={id} value={owner} onChange={(e) => go({ owner: e.target.value })}>
              <option value="">All owners</option>
              {owners.map((o) => (
                <option key={o} value={o}>
                  {orgName(o)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {meeting && (
          <button type="button" className="secondary" onClick={() => go({ meeting: '' })}>
            Show every meeting
          </button>
        )}
      </form>
      <Busy active={loading && data !== null} />
      {error !== null && error !== undefined && <ErrorNote error={error} retry={reload} what="the follow-up list" />}
      {!data && loading && <Loading what="decisions to follow up" />}
      {data && data.followUps.totalCount === 0 && (
        <Empty>No decision matches. {state.length || owner || meeting ? 'Show all states and owners to see more.' : 'Decisions recorded in meetings appear here.'}</Empty>
      )}
      {data && data.followUps.totalCount > 0 && (
        <ul className="cards follow-ups" aria-label="Decisions to follow up, earliest due first">
          {data.followUps.edges.map(({ node: d }) => (
            <li key={d.id} className={`card follow-up followup-${d.followUp.toLowerCase()}`} data-decision-id={d.id}>
              <h2 className="card-title">{d.subjectLabel}</h2>
              <p className="badges">
                <span className={`badge state state-${d.followUp.toLowerCase()}`}>
                  <span aria-hidden="true">{STATE_ICONS[d.followUp]} </span>
                  {STATE_WORDS[d.followUp]}
                </span>
                <span className="badge">{DECISION_KIND_WORDS[d.kind] ?? d.kind}</span>
                <span className="badge">owner {orgName(d.ownerOrganisation.ref ?? '—')}</span>
                <span className="badge">{d.dueDate ? `due ${d.dueDate}` : 'no due date'}</span>
              </p>
              {d.note && <p>{d.note}</p>}
              <p className="muted">
                {d.meeting ? (
                  <a href={href(`/meetings/${d.meeting.id}`)} onClick={follow}>
                    {d.meeting.title} ({d.meeting.date})
                  </a>
                ) : (
                  'Meeting not found'
                )}{' '}
                · recorded by {d.decidedBy}
              </p>
              {mayUpdate(d) && <FollowUpEditor d={d} onSaved={reload} />}
              <details>
                <summary>History ({d.history.length})</summary>
                <ol className="history">
                  {d.history.map((h, i) => (
                    <li key={i}>
                      {h.at.slice(0, 16).replace('T', ' ')} — {h.action === 'RECORDED' ? 'recorded' : 'updated'} by {h.by}: {STATUS_WORDS[h.status]}
                      {h.dueDate ? `, due ${h.dueDate}` : ''}
                      {h.note ? ` — ${h.note}` : ''}
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
