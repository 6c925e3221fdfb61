import { OVERVIEW } from '../api/queries';
import { useQuery } from '../api/use-query';
import { IMPORT_RUN_FINISHED, changedMirror, useSubscription } from '../api/live';
import { Busy, Empty, ErrorNote, Loading } from '../components/status';
import { FilterBar } from '../components/filter-bar';
import { WorldMap } from '../components/world-map';
import { coverageFilter, filterParams, type Filters, gapFilter, METRICS, type Metric, overlapFilter, readFilters, readMetric } from '../state/filters';
import { useVocabulary } from '../state/options';
import { follow, href, navigate, useLocation } from '../state/route';

const METRIC_WORDS: Record<Metric, string> = { activities: 'activities', overlaps: 'overlaps', gaps: 'gaps' };

function countBy(lists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const c of list) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** The world at a glance: a map shaded by activities, overlaps or gaps, the figures behind it, and the filters. */
export function OverviewPage() {
  const { search } = useLocation();
  const filters = readFilters(search);
  const metric = readMetric(search);
  const { countryName } = useVocabulary();
  const { data, error, loading, reload } = useQuery(OVERVIEW, { coverage: coverageFilter(filters), overlaps: overlapFilter(filters), gaps: gapFilter(filters) });
  useSubscription(IMPORT_RUN_FINISHED, {}, (d) => changedMirror(d.importRunFinished) && reload());
  const go = (f: Filters, m: Metric = metric) => navigate(href('/', { ...filterParams(f), metric: m === 'activities' ? null : m }), { replace: true });

  const values =
    metric === 'activities'
      ? new Map((data?.coverage.rows ?? []).filter((r) => r.country).map((r) => [r.country!, r.activityCount]))
      : countBy((metric === 'overlaps' ? data?.overlaps.edges : data?.gaps.edges)?.map((e) => e.node.countries) ?? []);
  const visible = filters.country.length > 0 ? new Map([...values].filter(([c]) => filters.country.includes(c))) : values;
  const ranked = [...visible.entries()].sort((a, b) => b[1] - a[1] || countryName(a[0]).localeCompare(countryName(b[0])));
  const duplications = data?.overlaps.edges.filter((e) => e.node.kind === 'POSSIBLE_DUPLICATION').length ?? 0;

  return (
    <>
      <h1>Coordination overview</h1>
      <FilterBar filters={filters} onChange={(f) => go(f)} />
      {filters.country.length === 1 && (
        <p className="open-country">
          <a className="button" href={href(`/country/${filters.country[0]}`, filterParams({ ...filters, country: [] }))} onClick={follow}>
            Open {countryName(filters.country[0]!)}: coverage, overlaps, gaps, budgets →
          </a>
        </p>
      )}
      {error !== null && error !== undefined && <ErrorNote error={error} retry={reload} what="the overview" />}
      {!data && loading && <Loading what="activities, overlaps and gaps" />}
      {data && (
        <section aria-labelledby="summary-h" className="summary-section">
          <Busy active={loading} />
          <h2 id="summary-h" className="visually-hidden">
            Summary
          </h2>
          <ul className="figures">
            <li>
              <span className="figure">{data.coverage.totalActivities}</span> activities
              {data.coverage.totalUndatedActivities > 0 && <span className="muted"> ({data.coverage.totalUndatedActivities} undated)</span>}
            </li>
            <li>
              <span className="figure">{data.overlaps.totalCount}</span> overlaps
              <span className="muted"> ({duplications} possible duplications)</span>
            </li>
            <li>
              <span className="figure">{data.gaps.totalCount}</span> gaps
            </li>
            <li>
              <span className="figure">{values.size}</span> countries with {METRIC_WORDS[metric]}
            </li>
          </ul>
        </section>
      )}
      <section aria-labelledby="map-h" className="map-section">
        <div className="section-head">
          <h2 id="map-h">Map of {METRIC_WORDS[metric]}</h2>
          <div className="segmented" role="group" aria-label="Shade the map by">
            {METRICS.map((m) => (
              <button key={m} type="button" aria-pressed={m === metric} onClick={() => go(filters, m)}>
                {METRIC_WORDS[m]}
              </button>
            ))}
          </div>
        </div>
        {data && (
          <div className="map-and-table">
            <WorldMap
              values={visible}
              measure={METRIC_WORDS[metric]}
              selected={filters.country}
              countryName={countryName}
              onSelect={(code) => navigate(href(`/country/${code}`, filterParams({ ...filters, country: [] })))}
            />
            <div className="ranked">
              {ranked.length === 0 ? (
                <Empty>No country has {METRIC_WORDS[metric]} with these filters. Clear a filter or widen the period.</Empty>
              ) : (
                <div className="table-scroll" role="region" aria-label={`Countries by ${METRIC_WORDS[metric]}`} tabIndex={0}>
                  <table className="compact">
                    <caption>Countries by {METRIC_WORDS[metric]}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Country</th>
                        <th scope="col" className="num">
                          {METRIC_WORDS[metric]}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {ranked.map(([code, n]) => (
                        <tr key={code}>
                          <td>
                            <a href={href(`/country/${code}`, filterParams({ ...filters, country: [] }))} onClick={follow}>
                              {countryName(code)}
                            </a>
                          </td>
                          <td className="num">{n}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          </div>
        )}
      </section>
    </>
  );
}
