import { codesOf } from '../../src/codelists/codelists';
import { dayOf, isoOfDay } from '../../src/modules/analysis/period';
import type { ActivitySnapshot } from '../../src/modules/analysis/snapshot';
import { Prng, WeightedPicker } from './prng';

/**
 * A portfolio of `n` activity snapshots grown from the real activities of the bundled files
 * (templateSnapshots). Copy 0 is the real activities as published; every later copy clones each
 * of them once, in file order, with:
 * - its themes, theme weights, country percentages, duration and data weaknesses as published;
 * - a publisher drawn by Zipf(1) popularity from a pool that grows with the portfolio, one
 *   publisher per 625 activities (the IATI registry: about 1,600 publishers for about a million
 *   activities); the sample's own publishers are the most popular, most published first;
 * - its recipient countries mapped, per copy, onto 180 countries of the Country codelist drawn by
 *   Zipf(0.8) popularity (a few countries receive most activities, as in the registry);
 * - its start moved to a day drawn over 2000–2025, later years more likely (the registry grows),
 *   its end moved with it; an activity ending after BENCH_AS_OF is in implementation (status 2).
 * These are assumptions about the registry's shape, not measurements of it. Same seed, same data.
 */
export const BENCH_AS_OF = '2025-06-30';

const FIRST_DAY = dayOf('2000-01-01');
const AS_OF_DAY = dayOf(BENCH_AS_OF);
const ACTIVITIES_PER_PUBLISHER = 625;

export function growPortfolio(templates: readonly ActivitySnapshot[], n: number, seed: number): ActivitySnapshot[] {
  if (templates.length === 0) throw new Error('no template activities to grow a portfolio from');
  const prng = new Prng(seed);
  const countries = WeightedPicker.zipf(prng.shuffle(codesOf('Country').slice()).slice(0, 180), 0.8);
  const publishers = publisherPicker(templates, n);
  const sampleCountries = [...new Set(templates.flatMap((t) => t.countries.map((c) => c.code)))].sort();

  const out: ActivitySnapshot[] = new Array(n);
  let copyCountries = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const copy = Math.floor(i / templates.length);
    const t = templates[i % templates.length]!;
    if (copy === 0) {
      out[i] = { ...t, id: `c0-${i}` };
      continue;
    }
    if (i % templates.length === 0) copyCountries = new Map(sampleCountries.map((c) => [c, countries.pick(prng)]));
    const byCode = new Map<string, number | null>();
    for (const c of t.countries) {
      const code = copyCountries.get(c.code)!;
      const previous = byCode.get(code);
      byCode.set(code, previous === undefined ? c.percentage : previous === null || c.percentage === null ? null : previous + c.percentage);
    }
    const start = dayOf(t.period.start);
    const shift = FIRST_DAY + Math.floor(Math.sqrt(prng.next()) * (AS_OF_DAY - FIRST_DAY)) - start;
    const end = t.period.end === null ? null : dayOf(t.period.end) + shift;
    out[i] = {
      ...t,
      id: `c${copy}-${i}`,
      organisation: publishers.pick(prng),
      participants: undefined,
      countries: [...byCode].map(([code, percentage]) => ({ code, percentage })),
      period: { start: isoOfDay(start + shift), end: end === null ? null : isoOfDay(end) },
      status: end === null || end >= AS_OF_DAY ? '2' : '4',
    };
  }
  return out;
}

function publisherPicker(templates: readonly ActivitySnapshot[], n: number): WeightedPicker<string> {
  const counts = new Map<string, number>();
  for (const t of templates) counts.set(t.organisation, (counts.get(t.organisation) ?? 0) + 1);
  const real = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ref]) => ref);
  const pool = Math.max(real.length, Math.round(n / ACTIVITIES_PER_PUBLISHER));
  const grown = Array.from({ length: pool - real.length }, (_, k) => `XX-GROWN-${String(k + 1).padStart(4, '0')}`);
  return WeightedPicker.zipf([...real, ...grown], 1);
}
