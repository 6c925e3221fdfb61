import type { ReactNode } from 'react';
import type { Gap } from '../api/types';

export const GAP_WORDS: Record<Gap['kind'], string> = {
  UNADDRESSED_RECOMMENDATIONS: 'Open recommendations, no activity',
  MANDATED_ABSENT: 'Mandated organisation absent',
  RECOMMENDATION_WITHOUT_FOLLOW_UP: 'Recommendation without follow-up',
};

/** One gap: what is missing, the recommendations behind it and the organisations mandated for it. */
export function GapCard({ gap: g, orgName, countryName, children }: { gap: Gap; orgName: (ref: string) => string; countryName: (code: string) => string; children?: ReactNode }) {
  const mandated = g.kind === 'MANDATED_ABSENT' ? g.absentOrganisations : g.mandatedOrganisations;
  return (
    <li className="card gap" data-gap-id={g.id}>
      <h3>
        {GAP_WORDS[g.kind]}: {g.themes.map((t) => t.label).join(', ') || 'no theme'} <span className="muted">in {g.countries.map(countryName).join(', ')}</span>
      </h3>
      <dl className="explanation">
        {g.kind === 'MANDATED_ABSENT' && (
          <>
            <dt>Working on it</dt>
            <dd>{g.presentOrganisations.map(orgName).join(', ') || '—'}</dd>
          </>
        )}
        <dt>{g.kind === 'MANDATED_ABSENT' ? 'Mandated, absent' : 'Mandated organisations'}</dt>
        <dd>{mandated.map(orgName).join(', ') || 'none named in the mandates'}</dd>
        {g.period && (
          <>
            <dt>Period examined</dt>
            <dd>
              {g.period.start ?? '…'} – {g.period.end ?? 'open'}
            </dd>
          </>
        )}
      </dl>
      {g.recommendations.length > 0 && (
        <>
          <h4>Recommendations</h4>
          <ul className="recommendations">
            {g.recommendations.map((r) => (
              <li key={r.id}>
                <span className="code">{r.symbol}</span> — {r.body.name}
                {r.publicationDate ? `, ${r.publicationDate}` : ''}
                <blockquote>{r.text}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>Who could act</h4>
      <p className="muted">
        {g.matches.expertCount} expert{g.matches.expertCount === 1 ? '' : 's'} of the roster match (names for OHCHR editors in the API);{' '}
        {g.matches.institutionCount} institution{g.matches.institutionCount === 1 ? '' : 's'} of the compendium{g.matches.institutionCount > 0 ? ', best first:' : '.'}
      </p>
      {g.matches.institutions.length > 0 && (
        <ol className="matches">
          {g.matches.institutions.map((m) => (
            <li key={m.institution.id}>
              {m.institution.name} <span className="muted">({countryName(m.institution.country.code)})</span>
              <span className="muted"> — {m.reasons.map((r) => r.text).join(' ')}</span>
            </li>
          ))}
        </ol>
      )}
      {children}
    </li>
  );
}
