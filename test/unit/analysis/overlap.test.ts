import { countOverlaps, findOverlaps, scanOverlaps } from '../../../src/modules/analysis/overlap';
import { findClusters } from '../../../src/modules/analysis/overlap.clusters';
import type { OverlapOptions } from '../../../src/modules/analysis/overlap.types';
import { loadTaxonomy } from '../../../src/modules/analysis/taxonomy';
import { buildSnapshot, ORG } from './support/factories';

const options: OverlapOptions = { asOf: '2024-01-01', mandates: loadTaxonomy().mandates };
const theme = (themeId: string, weight = 1) => ({ themeId, weight });

describe('findOverlaps', () => {
  it('finds two organisations in the same country, theme and time, with the documented score', () => {
    const a = buildSnapshot({ id: 'a', organisation: ORG.DANIDA });
    const b = buildSnapshot({
      id: 'b',
      organisation: ORG.IFAD,
      countries: [{ code: 'KE', percentage: 50 }, { code: 'UG', percentage: 50 }],
      themes: [theme('administration-of-justice'), theme('governance')],
      period: { start: '2020-07-01', end: '2021-06-30' },
    });
    const [overlap, ...rest] = findOverlaps([a, b], options);
    expect(rest).toEqual([]);
    // theme 1/2; time 184 days / 365 (the shorter period); country min(100, 50)/100.
    expect(overlap).toMatchObject({
      activityIds: ['a', 'b'],
      organisations: [ORG.DANIDA, ORG.IFAD],
      sharedCountries: ['KE'],
      sharedThemes: ['administration-of-justice'],
      period: { start: '2020-07-01', end: '2020-12-31' },
      scoreParts: { theme: 0.5, time: 0.50411, country: 0.5 },
      score: 0.501438,
      kind: 'COMPLEMENTARY',
      kindReason: 'BELOW_THRESHOLD',
    });
  });

  it('never pairs two activities of the same organisation', () => {
    expect(findOverlaps([buildSnapshot({ id: 'a' }), buildSnapshot({ id: 'b' })], options)).toEqual([]);
  });

  it('counts periods that touch on one day as intersecting', () => {
    const a = buildSnapshot({ id: 'a', organisation: ORG.DANIDA });
    const b = buildSnapshot({ id: 'b', organisation: ORG.IFAD, period: { start: '2020-12-31', end: '2022-12-31' } });
    expect(findOverlaps([a, b], options)[0]?.period).toEqual({ start: '2020-12-31', end: '2020-12-31' });
  });

  it('ignores periods that follow each other without a common day', () => {
    const a = buildSnapshot({ id: 'a', organisation: ORG.DANIDA });
    const b = buildSnapshot({ id: 'b', organisation: ORG.IFAD, period: { start: '2021-01-01', end: '2022-12-31' } });
    expect(findOverlaps([a, b], options)).toEqual([]);
  });

  it('keeps the intersection open when both activities are open-ended', () => {
    const a = buildSnapshot({ id: 'a', organisation: ORG.DANIDA, period: { start: '2018-01-01', end: null } });
    const b = buildSnapshot({ id: 'b', organisation: ORG.IFAD, period: { start: '2030-01-01', end: null } });
    const [overlap] = findOverlaps([a, b], options);
    expect(overlap?.period).toEqual({ start: '2030-01-01', end: null });
  });

  it('reports a pair sharing several countries and themes once, with all of them', () => {
    const shared = {
      countries: [{ code: 'UG', percentage: 50 }, { code: 'KE', percentage: 50 }],
      themes: [theme('governance'), theme('administration-of-justice')],
    };
    const overlaps = findOverlaps(
      [buildSnapshot({ id: 'a', organisation: ORG.DANIDA, ...shared }), buildSnapshot({ id: 'b', organisation: ORG.IFAD, ...shared })],
      options,
    );
    expect(overlaps.map((o) => [o.sharedCountries, o.sharedThemes])).toEqual([[['KE', 'UG'], ['administration-of-justice', 'governance']]]);
  });

  it('gives the same id whatever the input order', () => {
    const a = buildSnapshot({ id: 'a', organisation: ORG.DANIDA });
    const b = buildSnapshot({ id: 'b', organisation: ORG.IFAD });
    expect(findOverlaps([b, a], options)[0]?.id).toBe(findOverlaps([a, b], options)[0]?.id);
    expect(findOverlaps([a, b], options)[0]?.id).toMatch(/^ovl_[0-9a-f]{32}$/);
  });

  it('ignores themes below minThemeWeight', () => {
    const a = buildSnapshot({ id: 'a', organisation: ORG.DANIDA, themes: [theme('administration-of-justice', 0.2)] });
    const b = buildSnapshot({ id: 'b', organisation: ORG.IFAD });
    expect(findOverlaps([a, b], { ...options, minThemeWeight: 0.25 })).toEqual([]);
  });
});

describe('overlap kind', () => {
  const kindOf = (orgA: string, orgB: string, themes = [theme('right-to-food')]) =>
    findOverlaps(
      [buildSnapshot({ id: 'a', organisation: orgA, themes }), buildSnapshot({ id: 'b', organisation: orgB, themes })],
      options,
    ).map((o) => [o.kind, o.kindReason])[0];

  it('is a joint-programming opportunity when OHCHR is one of the two', () => {
    expect(kindOf(ORG.OHCHR, ORG.FAO)).toEqual(['COMPLEMENTARY', 'UNIVERSAL_MANDATE']);
  });

  it('is complementary when only one organisation is mandated for the shared theme', () => {
    expect(kindOf(ORG.FAO, ORG.UNICEF)).toEqual(['COMPLEMENTARY', 'DISTINCT_MANDATES']);
  });

  it('is complementary when each organisation brings a different mandated theme', () => {
    expect(kindOf(ORG.UNICEF, ORG.UNHCR, [theme('rights-of-the-child'), theme('refugees-asylum')])).toEqual(['COMPLEMENTARY', 'DISTINCT_MANDATES']);
  });

  it('is a possible duplication when both hold the same mandate and the score reaches the threshold', () => {
    expect(kindOf(ORG.FAO, ORG.WFP)).toEqual(['POSSIBLE_DUPLICATION', 'SAME_MANDATES']);
  });

  it('is a possible duplication when neither is mandated and the score reaches the threshold', () => {
    expect(kindOf(ORG.DANIDA, ORG.IFAD)).toEqual(['POSSIBLE_DUPLICATION', 'NO_MANDATE']);
  });
});

describe('streaming and counting', () => {
  const many = Array.from({ length: 6 }, (_, i) =>
    buildSnapshot({ id: `a${i}`, organisation: i % 2 ? ORG.DANIDA : ORG.IFAD, period: { start: `202${i}-01-01`, end: null } }),
  );

  it('stops when the visitor returns false', () => {
    let seen = 0;
    const stats = scanOverlaps(many, options, () => ++seen < 2);
    expect([seen, stats.stopped]).toEqual([2, true]);
  });

  it('counts what findOverlaps finds, per kind', () => {
    const found = findOverlaps(many, options);
    const count = countOverlaps(many, options);
    expect(count.total).toBe(found.length);
    expect(count.byKind?.POSSIBLE_DUPLICATION).toBe(found.filter((o) => o.kind === 'POSSIBLE_DUPLICATION').length);
  });
});

describe('findClusters', () => {
  it('joins activities connected through a third organisation, per country and theme', () => {
    const snapshots = [
      buildSnapshot({ id: 'a', organisation: ORG.DANIDA, period: { start: '2020-01-01', end: '2020-06-30' } }),
      buildSnapshot({ id: 'b', organisation: ORG.IFAD, period: { start: '2020-06-01', end: '2020-12-31' } }),
      buildSnapshot({ id: 'c', organisation: ORG.DANIDA, period: { start: '2020-12-01', end: '2021-06-30' } }),
      buildSnapshot({ id: 'd', organisation: ORG.IFAD, period: { start: '2023-01-01', end: '2023-12-31' } }),
    ];
    expect(findClusters(snapshots, options)).toEqual([
      expect.objectContaining({
        country: 'KE',
        themeId: 'administration-of-justice',
        activityIds: ['a', 'b', 'c'],
        organisations: [ORG.DANIDA, ORG.IFAD].sort(),
        period: { start: '2020-01-01', end: '2021-06-30' },
        overlapCount: 2,
      }),
    ]);
  });
});
