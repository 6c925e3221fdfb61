import { useId, useState } from 'react';
import { graphql } from '../api/client';
import { RECORD_DECISION } from '../api/queries';
import type { CoordinationDecisionKind } from '../gql/graphql';
import { useVocabulary } from '../state/options';
import { advice } from '../api/client';
import { DECISION_KIND_WORDS, GAP_DECISION_KINDS, OVERLAP_DECISION_KINDS } from './words';
import { Problems } from './status';

/** Records a meeting's decision on one agenda item: kind, owner organisation, due date, note. */
export function DecisionForm({ meetingId, subject, subjectId, participants, onRecorded }: { meetingId: string; subject: 'OVERLAP' | 'GAP'; subjectId: string; participants: string[]; onRecorded: () => void }) {
  const { options, orgName } = useVocabulary();
  const id = useId();
  const kinds = subject === 'OVERLAP' ? OVERLAP_DECISION_KINDS : GAP_DECISION_KINDS;
  const [kind, setKind] = useState(kinds[1]!);
  const [owner, setOwner] = useState(participants[0] ?? '');
  const [dueDate, setDueDate] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const others = (options?.organisations.edges.map((e) => e.node.ref) ?? []).filter((r) => !participants.includes(r)).sort((a, b) => orgName(a).localeCompare(orgName(b)));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!owner) return setProblems(['Choose the organisation that owns the follow-up.']);
    setBusy(true);
    setProblems([]);
    try {
      const result = await graphql(RECORD_DECISION, { input: { meetingId, subject, subjectId, kind, ownerOrganisation: owner, dueDate: dueDate || null, note: note || null } });
      const r = result.recordMeetingDecision;
      if (r.__typename === 'ValidationFailed') setProblems(r.fieldErrors.map((f) => `${f.field}: ${f.message}`));
      else onRecorded();
    } catch (err) {
      setProblems([`${err instanceof Error ? err.message : String(err)} ${advice(err)}`]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="decision-form" onSubmit={submit} aria-label="Record a decision">
      <fieldset disabled={busy}>
        <legend>Record the meeting’s decision</legend>
        <label htmlFor={`${id}-kind`}>Decision</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as CoordinationDecisionKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {DECISION_KIND_WORDS[k]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-owner`}>Owner organisation</label>
        <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)} required>
          <option value="">Choose…</option>
          {participants.length > 0 && (
            <optgroup label="Participants">
              {participants.map((p) => (
                <option key={p} value={p}>
                  {orgName(p)}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label="Other organisations">
            {others.map((p) => (
              <option key={p} value={p}>
                {orgName(p)}
              </option>
            ))}
          </optgroup>
        </select>
        <label htmlFor={`${id}-due`}>Due date</label>
        <input id={`${id}-due`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What is to be done, by whom" />
        <button type="submit">{busy ? 'Recording…' : 'Record decision'}</button>
      </fieldset>
      <Problems outcome="The decision was not recorded" problems={problems} />
    </form>
  );
}
