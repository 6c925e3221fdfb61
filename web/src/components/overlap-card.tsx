import type { ReactNode } from 'react';
import type { Activity, Overlap, OverlapSide, Period } from '../api/types';
import { placeText } from './presence-panel';

const KIND_WORDS: Record<Overlap['kind'], string> = { POSSIBLE_DUPLICATION: 'Possible duplication', COMPLEMENTARY: 'Complementary' };
const DECISION_WORDS: Record<string, string> = {
  REVIEWED: 'Reviewed',
  COMPLEMENTARY: 'Complementary',
  DUPLICATION_TO_RESOLVE: 'Duplication to resolve',
  JOINT_PROGRAMME_AGREED: 'Joint programme agreed',
};

export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const periodText = (p: Period | null) => (p ? `${p.start ?? 'unknown start'} – ${p.end ?? 'open'}` : 'no period');

/** d-portal's page of an IATI activity (opens outside the dashboard). */
export const dportalUrl = (iatiIdentifier: string) => `https://d-portal.org/ctrack.html#view=act&aid=${encodeURIComponent(iatiIdentifier)}`;

function ActivitySide({ activity, orgName, countryName }: { activity: Activity; orgName: (ref: string) => string; countryName: (code: string) => string }) {
  const org = activity.reportingOrg.ref ?? '';
  return (
    <article className="activity-side" aria-label={`Activity of ${orgName(org)}`}>
      <h4>{activity.title ?? '(no title)'}</h4>
      <dl>
        <dt>Organisation</dt>
        <dd>
          {orgName(org)} <span className="code">{org}</span>
        </dd>
        <dt>IATI identifier</dt>
        <dd className="code">{activity.iatiIdentifier}</dd>
        <dt>Status</dt>
        <dd>{activity.statusName ?? '—'}</dd>
        <dt>Dates</dt>
        <dd>
          start {activity.actualStart ?? activity.plannedStart ?? '—'} {activity.actualStart ? '(actual)' : activity.plannedStart ? '(planned)' : ''} · end{' '}
          {activity.actualEnd ?? activity.plannedEnd ?? '—'} {activity.actualEnd ? '(actual)' : activity.plannedEnd ? '(planned)' : ''}
        </dd>
        <dt>Countries</dt>
        <dd>{activity.recipientCountries.map((c) => `${countryName(c.code)}${c.percentage !== null ? ` ${c.percentage}%` : ''}`).join(', ') || '—'}</dd>
        {activity.participatingOrgs.length > 0 && (
          <>
            <dt>Taking part</dt>
            <dd>{activity.participatingOrgs.map((p) => `${p.ref ? orgName(p.ref) : (p.name ?? '?')}${p.roleName ? ` (${p.roleName.toLowerCase()})` : ''}`).join(', ')}</dd>
          </>
        )}
      </dl>
      {activity.origin !== 'OHCHR' && (
        <a href={dportalUrl(activity.iatiIdentifier)} target="_blank" rel="noopener noreferrer">
          Open on d-portal<span className="visually-hidden"> (new tab): {activity.iatiIdentifier}</span>
        </a>
      )}
    </article>
  );
}

/** Places shown on a 3W side before "and N more". */
const SIDE_PLACES = 8;

/** A side that is OCHA 3W presence, not an activity: the organisation, its cluster, and the places the 3W file lists it in. */
function PresenceSide({ side, orgName }: { side: OverlapSide; orgName: (ref: string) => string }) {
  const first = side.presences[0];
  const name = first?.organisation.name ?? first?.organisationAcronym ?? orgName(side.organisation);
  const clusters = [...new Set(side.presences.map((p) => p.cluster.name))];
  const places = side.presences.map((p) => placeText(p.place));
  return (
    <article className="activity-side presence-side" aria-label={`3W presence of ${name}`}>
      <h4>
        <span className="badge origin-3w" title="OCHA 3W operational presence">
          3W
        </span>{' '}
        {name}
      </h4>
      <dl>
        <dt>Organisation</dt>
        <dd>
          {name} <span className="code">{side.organisation}</span>
        </dd>
        <dt>Cluster</dt>
        <dd>{clusters.join(', ') || '—'}</dd>
        <dt>Place{places.length === 1 ? '' : 's'}</dt>
        <dd className="presence-places">
          {places.slice(0, SIDE_PLACES).join('; ') || '—'}
          {places.length > SIDE_PLACES ? ` and ${places.length - SIDE_PLACES} more` : ''}
        </dd>
        <dt>Period</dt>
        <dd>{periodText(side.period)}</dd>
      </dl>
      <p className="muted">OCHA 3W presence: who is on the ground where, not an activity.</p>
    </article>
  );
}

export interface OverlapCardProps {
  overlap: Overlap;
  rank: number;
  open: boolean;
  onToggle: () => void;
  orgName: (ref: string) => string;
  countryName: (code: string) => string;
  /** Extra content under the explanation, e.g. the decision form of a meeting. */
  children?: ReactNode;
}

/** One overlap: its score, kind and decision in the heading line; opened, why (explanation) and the two activities side by side. */
export function OverlapCard({ overlap: o, rank, open, onToggle, orgName, countryName, children }: OverlapCardProps) {
  const sides = o.explanation?.sides ?? [];
  const threeW = sides.filter((s) => s.origin === '3W');
  const sideName = (s: OverlapSide) => (s.origin === '3W' ? (s.presences[0]?.organisation.name ?? s.presences[0]?.organisationAcronym ?? orgName(s.organisation)) : orgName(s.organisation));
  const orgs = sides.length > 0 ? sides.map(sideName).join(' × ') : o.activities.map((a) => orgName(a.reportingOrg.ref ?? '')).join(' × ');
  const bodyId = `overlap-${o.id}`;
  const weaknesses = o.explanation?.sides.flatMap((s) => s.weaknesses.map((w) => ({ org: s.organisation, ...w }))) ?? [];
  return (
    <li className={`card overlap kind-${o.kind.toLowerCase()}`} data-overlap-id={o.id}>
      <h3>
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="rank">{rank}.</span> {orgs} <span className="muted">on {o.themes.map((t) => t.label).join(', ')}</span>
        </button>
      </h3>
      <p className="badges">
        <span className="badge score">score {percent(o.score)}</span>
        <span className={`badge kind ${o.kind === 'POSSIBLE_DUPLICATION' ? 'warn' : 'ok'}`}>
          <span aria-hidden="true">{o.kind === 'POSSIBLE_DUPLICATION' ? '⚠ ' : '↔ '}</span>
          {KIND_WORDS[o.kind]}
        </span>
        {threeW.map((s, i) => (
          <span key={i} className="badge origin-3w" title="OCHA 3W operational presence">
            3W<span className="visually-hidden">:</span> {sideName(s)} in {s.presences.length === 1 ? placeText(s.presences[0]!.place) : `${s.presences.length} places`}
          </span>
        ))}
        {o.decision ? (
          <span className="badge decided">Decided: {DECISION_WORDS[o.decision.decision] ?? o.decision.decision}</span>
        ) : (
          <span className="badge undecided">No decision yet</span>
        )}
      </p>
      {open && (
        <div id={bodyId} className="overlap-body">
          <h4 className="visually-hidden">Why this is an overlap</h4>
          <dl className="explanation">
            <dt>Shared themes</dt>
            <dd>{o.themes.map((t) => t.label).join(', ')}</dd>
            <dt>Shared places</dt>
            <dd>{o.countries.map(countryName).join(', ')}</dd>
            <dt>Shared period</dt>
            <dd>{periodText(o.period)}</dd>
            <dt>Score parts</dt>
            <dd>
              theme {percent(o.scoreParts.theme)} · time {percent(o.scoreParts.time)} · country {percent(o.scoreParts.country)} · data reliability {percent(o.scoreParts.reliability)}
            </dd>
            <dt>Data-quality notes</dt>
            <dd>
              {weaknesses.length === 0 ? (
                'None: both activities have published dates with an end and consistent country shares.'
              ) : (
                <ul>
                  {weaknesses.map((w, i) => (
                    <li key={i}>
                      {orgName(w.org)}: {w.message} (×{w.factor})
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
          {o.explanation && <p className="summary">{o.explanation.summary}</p>}
          {o.decision && (
            <p className="decision-note">
              Latest decision: <strong>{DECISION_WORDS[o.decision.decision] ?? o.decision.decision}</strong> by {o.decision.decidedBy} on {o.decision.decidedAt.slice(0, 10)}
              {o.decision.note ? ` — ${o.decision.note}` : ''}
            </p>
          )}
          <div className="side-by-side">
            {o.activities.map((a) => (
              <ActivitySide key={a.id} activity={a} orgName={orgName} countryName={countryName} />
            ))}
            {threeW.map((s, i) => (
              <PresenceSide key={`3w-${i}`} side={s} orgName={orgName} />
            ))}
          </div>
          {children}
        </div>
      )}
    </li>
  );
}
