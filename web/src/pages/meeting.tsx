import { useState } from 'react';
import { advice, graphql } from '../api/client';
import { MEETING, MINUTES } from '../api/queries';
import type { Decision } from '../api/types';
import { useQuery } from '../api/use-query';
import { DECISION_CHANGED, useSubscription } from '../api/live';
import { DecisionForm } from '../components/decision-form';
import { GapCard } from '../components/gap-card';
import { OverlapCard } from '../components/overlap-card';
import { Busy, Empty, ErrorNote, Loading } from '../components/status';
import { DECISION_KIND_WORDS, STATE_ICONS, STATE_WORDS } from '../components/words';
import { useLang } from '../state/lang';
import { useVocabulary } from '../state/options';
import { follow, href } from '../state/route';

type MinutesFormat = 'HTML' | 'XLSX' | 'MD';
const FORMAT_WORDS: Record<MinutesFormat, string> = { HTML: 'HTML', XLSX: 'Excel (XLSX)', MD: 'Markdown' };

/** Saves a file the gateway rendered (text or base64) through a temporary object URL. */
function saveFile(file: { filename: string; contentType: string; encoding: string; content: string }): void {
  const bytes = file.encoding === 'BASE64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function MinutesExport({ meetingId }: { meetingId: string }) {
  const [busy, setBusy] = useState<MinutesFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  async function download(format: MinutesFormat) {
    setBusy(format);
    setProblem(null);
    try {
      const data = await graphql(MINUTES, { id: meetingId, format });
      if (data.meeting) saveFile(data.meeting.minutes);
    } catch (err) {
      setProblem(`${err instanceof Error ? err.message : String(err)} ${advice(err)}`);
    } finally {
      setBusy(null);
    }
  }
  return (
    <section aria-labelledby="minutes-h" className="minutes no-print">
      <h2 id="minutes-h">Minutes</h2>
      <p className="muted">Summary, coverage, overlaps and gaps in scope, this meeting’s decisions with owners and due dates, and budgets by organisation and year.</p>
      <div className="button-row">
        {(Object.keys(FORMAT_WORDS) as MinutesFormat[]).map((f) => (
          <button key={f} type="button" className="secondary" onClick={() => download(f)} disabled={busy !== null}>
            {busy === f ? `Preparing ${FORMAT_WORDS[f]}…` : `Download ${FORMAT_WORDS[f]}`}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      {busy && (
        <p role="status" className="muted">
          Preparing the minutes…
        </p>
      )}
      {problem && (
        <p className="note note-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function DecisionLine({ d, orgName }: { d: Decision; orgName: (ref: string) => string }) {
  return (
    <p className="decision-line">
      <strong>{DECISION_KIND_WORDS[d.kind] ?? d.kind}</strong> — owner {orgName(d.ownerOrganisation.ref ?? '—')}
      {d.dueDate ? `, due ${d.dueDate}` : ''}{' '}
      <span className={`state state-${d.followUp.toLowerCase()}`}>
        <span aria-hidden="true">{STATE_ICONS[d.followUp]} </span>
        {STATE_WORDS[d.followUp]}
      </span>
      {d.note ? ` — ${d.note}` : ''}
    </p>
  );
}

/** A meeting: its scope, its agenda with a decision form on each item, and the minutes. */
export function MeetingPage({ id }: { id: string }) {
  const lang = useLang();
  const { orgName, countryName, canRunMeetings } = useVocabulary();
  const { data, error, loading, reload } = useQuery(MEETING, { id, lang });
  useSubscription(DECISION_CHANGED, { filter: { meeting: [id] } }, reload);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) => setOpen((s) => (s.has(key) ? new Set([...s].filter((x) => x !== key)) : new Set([...s, key])));
  const m = data?.meeting;
  const participants = (m?.organisations ?? []).map((o) => o.ref).filter((ref): ref is string => ref !== null);
  const decisionOn = (subjectId: string) => m?.decisions.filter((d) => d.subjectId === subjectId) ?? [];

  return (
    <>
      <p className="breadcrumb no-print">
        <a href={href('/meetings')} onClick={follow}>
          Meetings
        </a>{' '}
        › {m?.title ?? 'Meeting'}
      </p>
      {error !== null && error !== undefined && <ErrorNote error={error} retry={reload} what="the meeting" />}
      {!data && loading && <Loading what="the meeting and its agenda" />}
      {data && !m && <Empty>This meeting does not exist. Open one from the list of meetings.</Empty>}
      {m && (
        <>
          <h1>{m.title}</h1>
          <Busy active={loading} />
          <dl className="meta">
            <dt>Date</dt>
            <dd>{m.date}</dd>
            <dt>Countries</dt>
            <dd>{m.countries.map(countryName).join(', ') || 'All countries'}</dd>
            <dt>Themes</dt>
            <dd>{m.themes.map((t) => t.label).join(', ') || 'All themes'}</dd>
            <dt>Participants</dt>
            <dd>{participants.map(orgName).join(', ') || 'Not recorded'}</dd>
            <dt>Period examined</dt>
            <dd>{m.period ? `${m.period.start ?? '…'} – ${m.period.end ?? '…'}` : 'today (gaps); every current overlap'}</dd>
            <dt>Created by</dt>
            <dd>{m.createdBy}</dd>
          </dl>
          {!canRunMeetings && <Empty>Reading only: enter an OHCHR editor or admin API key under “API key” to record decisions.</Empty>}

          <section aria-labelledby="agenda-overlaps-h">
            <h2 id="agenda-overlaps-h">Agenda: overlaps ({m.agenda.overlaps.length})</h2>
            {m.agenda.overlaps.length === 0 ? (
              <Empty>No open overlap in this meeting’s scope: every overlap has a decision, or none exists here.</Empty>
            ) : (
              <ol className="cards">
                {m.agenda.overlaps.map((o, i) => {
                  const decided = decisionOn(o.id);
                  return (
                    <OverlapCard key={o.id} overlap={o} rank={i + 1} open={open.has(o.id)} onToggle={() => toggle(o.id)} orgName={orgName} countryName={countryName}>
                      {decided.map((d) => (
                        <DecisionLine key={d.id} d={d} orgName={orgName} />
                      ))}
                      {canRunMeetings && decided.length === 0 && <DecisionForm meetingId={m.id} subject="OVERLAP" subjectId={o.id} participants={participants} onRecorded={reload} />}
                    </OverlapCard>
                  );
                })}
              </ol>
            )}
          </section>

          <section aria-labelledby="agenda-gaps-h">
            <h2 id="agenda-gaps-h">Agenda: gaps ({m.agenda.gaps.length})</h2>
            {m.agenda.gaps.length === 0 ? (
              <Empty>No open gap in this meeting’s scope for the period examined.</Empty>
            ) : (
              <ul className="cards">
                {m.agenda.gaps.map((g) => {
                  const decided = decisionOn(g.id);
                  return (
                    <GapCard key={g.id} gap={g} orgName={orgName} countryName={countryName}>
                      {decided.map((d) => (
                        <DecisionLine key={d.id} d={d} orgName={orgName} />
                      ))}
                      {canRunMeetings && decided.length === 0 && (
                        <details className="no-print">
                          <summary>Record a decision on this gap</summary>
                          <DecisionForm meetingId={m.id} subject="GAP" subjectId={g.id} participants={participants} onRecorded={reload} />
                        </details>
                      )}
                    </GapCard>
                  );
                })}
              </ul>
            )}
          </section>

          <section aria-labelledby="decisions-h">
            <h2 id="decisions-h">Decisions of this meeting ({m.decisions.length})</h2>
            {m.decisions.length === 0 ? (
              <Empty>No decision recorded yet. Open an overlap or a gap above to record one.</Empty>
            ) : (
              <table className="compact">
                <caption className="visually-hidden">Decisions of this meeting</caption>
                <thead>
                  <tr>
                    <th scope="col">Subject</th>
                    <th scope="col">Decision</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Due</th>
                    <th scope="col">Follow-up</th>
                  </tr>
                </thead>
                <tbody>
                  {m.decisions.map((d) => (
                    <tr key={d.id}>
                      <td>{d.subjectLabel}</td>
                      <td>{DECISION_KIND_WORDS[d.kind] ?? d.kind}</td>
                      <td>{orgName(d.ownerOrganisation.ref ?? '—')}</td>
                      <td>{d.dueDate ?? '—'}</td>
                      <td>
                        <span className={`state state-${d.followUp.toLowerCase()}`}>
                          <span aria-hidden="true">{STATE_ICONS[d.followUp]} </span>
                          {STATE_WORDS[d.followUp]}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="no-print">
              <a href={href('/follow-ups', { meeting: m.id })} onClick={follow}>
                Follow these decisions up →
              </a>
            </p>
          </section>
          <MinutesExport meetingId={m.id} />
        </>
      )}
    </>
  );
}
