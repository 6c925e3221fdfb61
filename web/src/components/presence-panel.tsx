import { useState } from 'react';
import { COUNTRY_PRESENCES } from '../api/queries';
import type { Presence } from '../api/types';
import { useQuery } from '../api/use-query';
import { Busy, Empty, ErrorNote, Loading } from './status';

/** Records per page of the list. */
export const PRESENCE_PAGE = 20;

/** A 3W place in words: district, province (admin-2, admin-1), with the P-code of the finest level. */
export function placeText(p: Presence['place']): string {
  const names = [p.adm2Name, p.adm1Name].filter((n): n is string => !!n);
  const code = p.adm2Code ?? p.adm1Code;
  return `${names.join(', ') || 'place not named'}${code ? ` (${code})` : ''}`;
}

const orgText = (p: Presence) => {
  const name = p.organisation.name ?? p.organisationAcronym ?? p.organisation.ref ?? '?';
  const acronym = p.organisationAcronym ?? p.organisation.acronym;
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
};

export interface PresenceThemeRow {
  themeId: string;
  label: string;
  /** The organisation's acronym or name. */
  organisation: string;
  presenceCount: number;
}

export interface PresencePanelProps {
  country: string;
  countryName: string;
  /** The page's filters as a PresenceFilter (country included). */
  filter: { country: string[]; theme?: string[]; organisation?: string[]; activeDuring?: { from?: string; to?: string } };
  lang: string;
  /** Coverage rows of the country with 3W presence (theme × organisation), for the summary by theme. */
  byTheme: PresenceThemeRow[];
  /** Changes when the page reads its figures again (an import finished), so the list is read again too. */
  refreshKey: string;
}

/**
 * The OCHA 3W layer of a country: presence records (organisation × cluster × place) summed up by
 * theme, then listed a page at a time with their cluster, themes, organisation and place.
 */
export function PresencePanel({ country, countryName, filter, lang, byTheme, refreshKey }: PresencePanelProps) {
  // The cursors of the pages up to the one asked for (null: the first page). Until the page asked
  // for arrives, the previous one stays on screen with its own numbers (`staleData`, `staleStart`).
  const [nav, setNav] = useState<{ cursors: (string | null)[]; staleData: unknown; staleStart: number }>({ cursors: [null], staleData: null, staleStart: 0 });
  const after = nav.cursors[nav.cursors.length - 1] ?? null;
  const { data, error, loading, reload } = useQuery(COUNTRY_PRESENCES, { country, filter, first: PRESENCE_PAGE, after, lang }, { refreshKey });
  const waiting = nav.staleData !== null && data === nav.staleData;
  const total = data?.presences.totalCount ?? 0;
  const start = waiting ? nav.staleStart : (nav.cursors.length - 1) * PRESENCE_PAGE;
  const rows = data?.presences.edges.map((e) => e.node) ?? [];
  const go = (cursors: (string | null)[]) => setNav({ cursors, staleData: data, staleStart: start });

  const themes = new Map<string, { label: string; count: number; orgs: string[] }>();
  for (const r of byTheme) {
    const t = themes.get(r.themeId) ?? { label: r.label, count: 0, orgs: [] };
    t.count += r.presenceCount;
    t.orgs.push(r.organisation);
    themes.set(r.themeId, t);
  }
  const summary = [...themes.entries()].sort((a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label));

  return (
    <section aria-labelledby="presence-h" className="presence-panel">
      <h2 id="presence-h">3W operational presence{data ? ` (${total})` : ''}</h2>
      <p className="muted">
        Who is on the ground where, from OCHA&apos;s &quot;Who does What Where&quot; files: one record per organisation, cluster and place. Not activities: they are counted apart from
        them.
      </p>
      {error !== null && error !== undefined && <ErrorNote error={error} retry={reload} what={`the 3W presence in ${countryName}`} />}
      {!data && loading && <Loading what={`3W presence in ${countryName}`} />}
      {data && data.imported.totalCount === 0 && (
        <Empty>
          No 3W file was imported for {countryName}: there is no OCHA operational presence to show. Import one with <code>concord ingest 3w</code> when OCHA publishes a 3W for{' '}
          {countryName} on HDX.
        </Empty>
      )}
      {data && data.imported.totalCount > 0 && total === 0 && (
        <Empty>
          No 3W presence in {countryName} with these filters ({data.imported.totalCount} records in all). Clear the theme or organisation filter, or widen the period.
        </Empty>
      )}
      {data && total > 0 && (
        <>
          <Busy active={loading || waiting} />
          {summary.length > 0 && (
            <div className="table-scroll" role="region" aria-label={`3W presence by theme, scrollable`} tabIndex={0}>
              <table className="compact" aria-label={`3W presence in ${countryName} by theme`}>
                <thead>
                  <tr>
                    <th scope="col">Theme</th>
                    <th scope="col">Presence records</th>
                    <th scope="col">Organisations</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.map(([id, t]) => (
                    <tr key={id} data-theme-id={id}>
                      <th scope="row">{t.label}</th>
                      <td className="num">{t.count}</td>
                      <td>
                        {t.orgs.length}: {t.orgs.slice(0, 6).join(', ')}
                        {t.orgs.length > 6 ? ` and ${t.orgs.length - 6} more` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="table-scroll" role="region" aria-label={`3W presence records, scrollable`} tabIndex={0}>
            <table className="compact presence-records" aria-label={`3W presence records in ${countryName}`}>
              <caption>
                Records {start + 1}–{start + rows.length} of {total}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Cluster</th>
                  <th scope="col">Themes</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Place</th>
                  <th scope="col">Period</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id} data-presence-id={p.id}>
                    <td>{p.cluster.name}</td>
                    <td>{p.themes.map((t) => t.label).join(', ') || <span className="muted">no human-rights theme</span>}</td>
                    <td>
                      {orgText(p)}
                      {p.organisationType && <span className="muted"> · {p.organisationType}</span>}
                      {p.organisation.ref && <span className="code"> {p.organisation.ref}</span>}
                    </td>
                    <td>{placeText(p.place)}</td>
                    <td>
                      {p.period.start ?? '…'} – {p.period.end ?? '…'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="pager">
            <button type="button" disabled={start === 0 || loading || waiting} onClick={() => go(nav.cursors.slice(0, -1))}>
              Previous {PRESENCE_PAGE}
            </button>{' '}
            <button
              type="button"
              disabled={!data.presences.pageInfo.hasNextPage || loading || waiting}
              onClick={() => data.presences.pageInfo.endCursor && go([...nav.cursors, data.presences.pageInfo.endCursor])}
            >
              Next {PRESENCE_PAGE}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
