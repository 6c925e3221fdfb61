import fc from 'fast-check';
import { countOverlaps, findOverlaps } from '../../../src/modules/analysis/overlap';
import { findClusters } from '../../../src/modules/analysis/overlap.clusters';
import { findClustersBruteForce, findOverlapsBruteForce } from '../../../src/modules/analysis/overlap.oracle';
import type { OverlapOptions } from '../../../src/modules/analysis/overlap.types';
import { isoOfDay } from '../../../src/modules/analysis/period';
import type { ActivitySnapshot } from '../../../src/modules/analysis/snapshot';
import { loadTaxonomy } from '../../../src/modules/analysis/taxonomy';
import { ORG } from './support/factories';

/**
 * The fast engine against the brute-force oracle on random inputs. Small code pools and a short
 * time window make shared countries, shared themes, touching periods and ties frequent.
 */
const mandates = loadTaxonomy().mandates;
const ORGS = ['X-1', 'X-2', ORG.OHCHR, ORG.FAO, ORG.WFP, ORG.UNICEF, ORG.UNHCR];
const COUNTRIES = ['KE', 'UG', 'GH', 'NG', 'MD'];
const THEMES = ['right-to-food', 'rights-of-the-child', 'refugees-asylum', 'governance', 'nhri'];
const DAY0 = 18262; // 2020-01-01

/** Mostly 1–3 countries and themes; one in ten has none (such activities can never overlap). */
const maybeEmpty = <T>(arb: fc.Arbitrary<T[]>) => fc.oneof({ arbitrary: arb, weight: 9 }, { arbitrary: fc.constant([] as T[]), weight: 1 });

const snapshotArb = fc.record({
  organisation: fc.constantFrom(...ORGS),
  countries: maybeEmpty(fc.uniqueArray(
    fc.record({
      code: fc.constantFrom(...COUNTRIES),
      percentage: fc.oneof(fc.constant(null), fc.constant(0), fc.constant(100), fc.integer({ min: 0, max: 100 })),
    }),
    { minLength: 1, maxLength: 3, selector: (c) => c.code },
  )),
  themes: maybeEmpty(fc.uniqueArray(
    fc.record({
      themeId: fc.constantFrom(...THEMES),
      weight: fc.oneof(fc.constant(1), fc.constant(0.5), fc.constant(0.25), fc.double({ min: 0.01, max: 1, noNaN: true })),
    }),
    { minLength: 1, maxLength: 3, selector: (t) => t.themeId },
  )),
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 6 }),
  status: fc.constantFrom('2', '3', null),
});

const inputArb = fc.record({
  raw: fc.array(snapshotArb, { maxLength: 40, size: 'medium' }),
  asOf: fc.integer({ min: -10, max: 120 }),
  threshold: fc.oneof(fc.constant(0.6), fc.double({ min: 0, max: 1, noNaN: true })),
  minThemeWeight: fc.constantFrom(0, 0.3),
});

type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function toInput({ raw, asOf, threshold, minThemeWeight }: Input): { snapshots: ActivitySnapshot[]; options: OverlapOptions } {
  const snapshots = raw.map((r, i) => ({
    id: `act-${(i * 7919) % 1000}`,
    organisation: r.organisation,
    countries: r.countries,
    regions: [],
    themes: [...r.themes].sort((a, b) => (a.themeId < b.themeId ? -1 : 1)),
    period: { start: isoOfDay(DAY0 + r.start), end: r.length === null ? null : isoOfDay(DAY0 + r.start + r.length) },
    status: r.status,
    budgets: [],
  }));
  return { snapshots, options: { asOf: isoOfDay(DAY0 + asOf), mandates, threshold, minThemeWeight } };
}

describe('overlap engine against the brute-force oracle', () => {
  it('finds the same overlaps, with the same shared sets, periods, scores and kinds', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { snapshots, options } = toInput(input);
        expect(findOverlaps(snapshots, options)).toEqual(findOverlapsBruteForce(snapshots, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('never reports two activities of the same organisation', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { snapshots, options } = toInput(input);
        for (const o of findOverlaps(snapshots, options)) expect(o.organisations[0]).not.toBe(o.organisations[1]);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts what the oracle finds, per kind', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { snapshots, options } = toInput(input);
        const oracle = findOverlapsBruteForce(snapshots, options);
        const count = countOverlaps(snapshots, options);
        expect([count.total, count.byKind?.POSSIBLE_DUPLICATION]).toEqual([
          oracle.length,
          oracle.filter((o) => o.kind === 'POSSIBLE_DUPLICATION').length,
        ]);
      }),
      { numRuns: 1000 },
    );
  });

  it('builds the same clusters as union-find over the oracle pairs', () => {
    const key = (c: { country: string; themeId: string; activityIds: string[] }) => `${c.country}|${c.themeId}|${c.activityIds.join()}`;
    fc.assert(
      fc.property(inputArb, (input) => {
        const { snapshots, options } = toInput(input);
        const fast = findClusters(snapshots, options).map(({ country, themeId, activityIds, overlapCount }) => ({ country, themeId, activityIds, overlapCount }));
        const oracle = findClustersBruteForce(snapshots, options);
        expect(fast.sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(oracle.sort((a, b) => (key(a) < key(b) ? -1 : 1)));
      }),
      { numRuns: 1000 },
    );
  });
});
