import { codesOf } from '../../src/codelists/codelists';
import { isoOfDay } from '../../src/modules/analysis/period';
import type { ActivitySnapshot } from '../../src/modules/analysis/snapshot';
import type { Taxonomy } from '../../src/modules/analysis/taxonomy';
import { Prng, WeightedPicker } from './prng';

/**
 * Synthetic activity snapshots with distributions shaped like the IATI mirror (assumptions, not
 * measurements): 180 recipient countries with Zipf(0.8) popularity; organisations weighted like
 * the UN publishers (UNDP and UNICEF largest) plus 40 smaller bilateral/NGO publishers; 25% of
 * activities without a human-rights theme; 70% of themed activities of a mandated agency take
 * a theme of its mandate; 1–3 themes; 75% single-country, 17% 2–3 countries, 8% 4–12;
 * starts 2000–2025 skewed to recent years; durations 1–7 years skewed to short; 10% open-ended.
 * Same seed, same data.
 */
export const BENCH_AS_OF = '2025-06-30';

const UN_PUBLISHERS: [string, number][] = [
  ['XM-DAC-41114', 20], // UNDP
  ['XM-DAC-41122', 15], // UNICEF
  ['XM-DAC-928', 10], // WHO
  ['XM-DAC-41301', 8], // FAO
  ['XM-DAC-41121', 6], // UNHCR
  ['XM-DAC-41140', 5], // WFP
  ['XM-DAC-41119', 5], // UNFPA
  ['XM-DAC-41146', 4], // UN Women
  ['XM-DAC-41302', 4], // ILO
  ['XM-DAC-41304', 4], // UNESCO
  ['XM-DAC-41313', 3], // OHCHR
  ['XM-DAC-41130', 1], // UNRWA
];

export function generateSnapshots(n: number, seed: number, taxonomy: Taxonomy): ActivitySnapshot[] {
  const prng = new Prng(seed);
  const countries = WeightedPicker.zipf(prng.shuffle(codesOf('Country').slice()).slice(0, 180), 0.8);
  const themeIds = prng.shuffle(taxonomy.themes.map((t) => t.id));
  const themes = WeightedPicker.zipf(themeIds, 0.7);
  const others: [string, number][] = Array.from({ length: 40 }, (_, i) => [`XX-BENCH-${String(i + 1).padStart(3, '0')}`, 15 / (i + 1) / 4.28]);
  const orgs = new WeightedPicker(
    [...UN_PUBLISHERS, ...others].map(([ref]) => ref),
    [...UN_PUBLISHERS, ...others].map(([, w]) => w),
  );
  const start0 = 10957; // 2000-01-01
  const asOf = 20269; // 2025-06-30

  const out: ActivitySnapshot[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const organisation = orgs.pick(prng);
    const mandate = taxonomy.mandates.byOrganisation.get(organisation);
    const mandated = mandate && !mandate.universal ? [...mandate.themes] : [];
    const themeCount = prng.chance(0.25) ? 0 : prng.chance(0.6) ? 1 : prng.chance(0.75) ? 2 : 3;
    const chosen = new Map<string, number>();
    for (let t = 0; t < themeCount * 3 && chosen.size < themeCount; t++) {
      const id = mandated.length > 0 && prng.chance(0.7) ? prng.pick(mandated) : themes.pick(prng);
      chosen.set(id, prng.chance(0.5) ? 1 : prng.chance(0.6) ? 0.5 : Math.round((0.1 + 0.9 * prng.next()) * 100) / 100);
    }
    const countryCount = prng.chance(0.75) ? 1 : prng.chance(0.68) ? prng.int(2, 3) : prng.int(4, 12);
    const codes = new Set<string>();
    for (let c = 0; c < countryCount * 3 && codes.size < countryCount; c++) codes.add(countries.pick(prng));
    const withPercent = prng.chance(0.7);
    const split = [...codes].map(() => prng.next());
    const total = split.reduce((a, b) => a + b, 0);
    const start = start0 + Math.floor(Math.sqrt(prng.next()) * (asOf - start0));
    const open = prng.chance(0.1);
    const end = open ? null : start + Math.floor(365 * (1 + 6 * prng.next() ** 1.5));
    out[i] = {
      id: `bench-${seed}-${i}`,
      organisation,
      countries: [...codes].map((code, k) => ({ code, percentage: withPercent ? Math.round((100 * split[k]!) / total) : null })),
      regions: [],
      themes: [...chosen.entries()].map(([themeId, weight]) => ({ themeId, weight })).sort((a, b) => (a.themeId < b.themeId ? -1 : 1)),
      period: { start: isoOfDay(start), end: end === null ? null : isoOfDay(end) },
      status: open || end! >= asOf ? '2' : '4',
      budgets: [],
    };
  }
  return out;
}
