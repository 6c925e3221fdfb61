import { scaleBand, scaleLinear } from 'd3-scale';
import { useState } from 'react';
import type { BudgetYear } from '../api/types';
import { OKABE_ITO } from './palette';

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 28, left: 72 };

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/**
 * Published budgets by organisation and year as grouped bars, one currency at a time (budgets in
 * different currencies are never added up), with the figures in a table below.
 */
/** The organisation of a budget row (rows are grouped by organisation, so it is always given). */
const refOf = (r: BudgetYear): string => r.organisation.ref ?? '—';

export function BudgetChart({ rows, orgName }: { rows: BudgetYear[]; orgName: (ref: string) => string }) {
  const currencies = [...new Set(rows.map((r) => r.currency))].sort(
    (a, b) => rows.filter((r) => r.currency === b).length - rows.filter((r) => r.currency === a).length || a.localeCompare(b),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const currency = chosen && currencies.includes(chosen) ? chosen : currencies[0];
  if (!currency) return null;
  const shown = rows.filter((r) => r.currency === currency);
  const years = [...new Set(shown.map((r) => r.year))].sort((a, b) => a - b);
  const orgs = [...new Set(shown.map((r) => refOf(r)))].sort((a, b) => orgName(a).localeCompare(orgName(b)));
  const colour = (ref: string) => OKABE_ITO[orgs.indexOf(ref) % OKABE_ITO.length]!;
  const x = scaleBand<number>().domain(years).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.2);
  const inner = scaleBand<string>().domain(orgs).range([0, x.bandwidth()]).padding(0.08);
  const y = scaleLinear().domain([0, Math.max(...shown.map((r) => r.value), 1)]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <figure className="budget-chart">
      {currencies.length > 1 && (
        <div className="segmented" role="group" aria-label="Currency">
          {currencies.map((c) => (
            <button key={c} type="button" aria-pressed={c === currency} onClick={() => setChosen(c)}>
              {c}
            </button>
          ))}
        </div>
      )}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Budgets in ${currency} by organisation and year; figures in the table below`}>
        {y.ticks(5).map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(t)} y2={y(t)} stroke="#ddd" />
            <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="11" fill="#333">
              {compact.format(t)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <g key={year} transform={`translate(${x(year)},0)`}>
            {shown
              .filter((r) => r.year === year)
              .map((r) => (
                <rect key={refOf(r)} x={inner(refOf(r))} y={y(r.value)} width={inner.bandwidth()} height={y(0) - y(r.value)} fill={colour(refOf(r))}>
                  <title>{`${orgName(refOf(r))} ${year}: ${full.format(r.value)} ${currency}`}</title>
                </rect>
              ))}
            <text x={x.bandwidth() / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="12" fill="#333">
              {year}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="legend" aria-label="Organisations">
          {orgs.map((o) => (
            <li key={o}>
              <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill={colour(o)} /></svg>
              {orgName(o)}
            </li>
          ))}
        </ul>
        <details>
          <summary>Budget figures ({currency})</summary>
          <table className="compact">
            <caption className="visually-hidden">Budgets in {currency} by organisation and year</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Year</th>
                <th scope="col" className="num">Budget</th>
                <th scope="col" className="num">Activities</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={`${refOf(r)}-${r.year}`}>
                  <td>{orgName(refOf(r))}</td>
                  <td>{r.year}</td>
                  <td className="num">{full.format(r.value)} {currency}</td>
                  <td className="num">{r.activityCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
