import { useState } from 'react';
import { COUNTRY_PAGE } from '../api/queries';
import { useQuery } from '../api/use-query';
import { DECISION_CHANGED, IMPORT_RUN_FINISHED, changedMirror, useSubscription } from '../api/live';
import { BudgetChart } from '../components/budget-chart';
import { FilterBar } from '../components/filter-bar';
import { GapCard } from '../components/gap-card';
import { Heatmap } from '../components/heatmap';
import { OverlapCard } from '../components/overlap-card';
import { PresencePanel } from '../components/presence-panel';
import { Busy, Empty, ErrorNote, Loading } from '../components/status';
import { coverageFilter, filterParams, gapFilter, overlapFilter, presenceFilter, readFilters } from '../state/filters';
import { useLang } from '../state/lang';
import { useVocabulary } from '../state/options';
import { follow, href, navigate, useLocation } from '../state/route';

/** One country: who covers which theme, the overlaps ranked with their explanation, the gaps, and budgets. */
export function CountryPage({ code }: { code: string }) {
  const { search } = useLocation();
  const lang = useLang();
  const filters = { ...readFilters(search), country: [code] };
  const { orgName, countryName, canRunMeetings } = useVocabulary();
  const { data, error, loading, reload } = useQuery(COUNTRY_PAGE, {
    code,
    lang,
    coverage: coverageFilter(filters),
    overlaps: overlapFilter(filters),
    gaps: gapFilter(filters),
  });
  // Bumped when an import changed the mirror, so the 3W list is read again with the page.
  const [imports, setImports] = useState(0);
  useSubscription(IMPORT_RUN_FINISHED, {}, (d) => {
    if (!changedMirror(d.importRunFinished)) return;
    setImports((n) => n + 1);
    reload();
  });
  useSubscription(DECISION_CHANGED, { filter: { country: [code] } }, reload);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const name = data?.country?.name ?? countryName(code);
  const cells = (data?.coverage.rows ?? [])
    // Rows of OCHA 3W presence alone (no activity) are not drawn on the activity heatmap.
    .filter((r) => r.theme && r.organisation?.ref && r.theme.id !== 'unclassified' && r.activityCount > 0)
    .map((r) => ({ themeId: r.theme!.id, organisation: r.organisation!.ref!, activityCount: r.activityCount }));
  const themeLabels = new Map((data?.coverage.rows ?? []).filter((r) => r.theme).map((r) => [r.theme!.id, r.theme!.label]));
  const presenceRows = (data?.coverage.rows ?? [])
    .filter((r) => r.theme && r.organisation?.ref && r.presenceCount > 0)
    .map((r) => ({ themeId: r.theme!.id, label: r.theme!.label, organisation: r.organisation!.acronym ?? orgName(r.organisation!.ref!), presenceCount: r.presenceCount }));
  const presences = presenceFilter(filters);
  const meetingLink = href('/meetings', { country: code, theme: filters.theme, from: filters.from, to: filters.to });

  return (
    <>
      <p className="breadcrumb">
        <a href={href('/', filterParams(filters))} onClick={follow}>
          Overview
        </a>{' '}
        › {name}
      </p>
      <h1>
        {name} <span className="code">{code}</span>
      </h1>
      <FilterBar filters={filters} hideCountry onChange={(f) => navigate(href(`/country/${code}`, filterParams({ ...f, country: [] })), { replace: true })} />
      {canRunMeetings && (
        <p>
          <a className="button" href={meetingLink} onClick={follow}>
            Plan a meeting on {name}
          </a>
        </p>
      )}
      {error !== null && error !== undefined && <ErrorNote error={error} retry={reload} what={`${name}`} />}
      {!data && loading && <Loading what={`${name}: coverage, overlaps, gaps and budgets`} />}
      {data && !data.country && <Empty>{code} is not a country of the IATI Country codelist. Choose a country on the overview.</Empty>}
      {data && data.country && (
        <div className="country-sections">
          <Busy active={loading} />
          <section aria-labelledby="coverage-h">
            <h2 id="coverage-h">Coverage: who works on what</h2>
            <p className="muted">
              {data.coverage.totalActivities} activities{data.coverage.totalUndatedActivities > 0 ? `, ${data.coverage.totalUndatedActivities} of them without a usable date` : ''}
              {data.coverage.totalPresences > 0 ? `; ${data.coverage.totalPresences} OCHA 3W presence records, counted apart (below)` : ''}.
            </p>
            {cells.length === 0 ? (
              <Empty>No activity on a human-rights theme in {name} with these filters. Clear the theme or organisation filter, or widen the period.</Empty>
            ) : (
              <Heatmap cells={cells} themeLabel={(id) => themeLabels.get(id) ?? id} orgName={orgName} caption={`Activities in ${name} by theme and organisation`} />
            )}
          </section>

          <PresencePanel
            key={JSON.stringify([code, presences, lang])}
            country={code}
            countryName={name}
            filter={presences}
            lang={lang}
            byTheme={presenceRows}
            refreshKey={String(imports)}
          />

          <section aria-labelledby="overlaps-h">
            <h2 id="overlaps-h">Overlaps ({data.overlaps.totalCount})</h2>
            {data.overlaps.totalCount === 0 ? (
              <Empty>
                No overlap in {name} with these filters: no two organisations work on the same theme here at the same time. Gaps, below, may still need a decision.
              </Empty>
            ) : (
              <ol className="cards" aria-label="Overlaps, highest score first">
                {data.overlaps.edges.map((e, i) => (
                  <OverlapCard key={e.node.id} overlap={e.node} rank={i + 1} open={open.has(e.node.id)} onToggle={() => toggle(e.node.id)} orgName={orgName} countryName={countryName} />
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="gaps-h">
            <h2 id="gaps-h">Gaps ({data.gaps.totalCount})</h2>
            <p className="muted">Period examined: {filters.from || filters.to ? `${filters.from || '…'} – ${filters.to || '…'}` : 'today'}.</p>
            {data.gaps.totalCount === 0 ? (
              <Empty>No gap found in {name} for this period. Change the period to look at another time.</Empty>
            ) : (
              <ul className="cards" aria-label="Gaps">
                {data.gaps.edges.map((e) => (
                  <GapCard key={e.node.id} gap={e.node} orgName={orgName} countryName={countryName} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="budgets-h">
            <h2 id="budgets-h">Budgets by organisation and year</h2>
            {data.budgetsByYear.length === 0 ? (
              <Empty>No published budget for these activities. Many publishers give budgets only for their own reporting years.</Empty>
            ) : (
              <BudgetChart rows={data.budgetsByYear} orgName={orgName} />
            )}
          </section>
        </div>
      )}
    </>
  );
}
