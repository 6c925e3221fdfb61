import { findGaps, type Gap, type GapKind } from '../../../src/modules/analysis/gaps';
import { recommendationThemes } from '../../../src/modules/analysis/recommendation-themes';
import { loadTaxonomy } from '../../../src/modules/analysis/taxonomy';
import { buildSnapshot, loadRecommendationFixtures, ORG } from './support/factories';

const taxonomy = loadTaxonomy();
const recommendations = loadRecommendationFixtures();
const theme = (themeId: string) => [{ themeId, weight: 1 }];
const snapshots = [
  buildSnapshot({ id: 'ke-justice', organisation: ORG.UNDP, period: { start: '2021-01-01', end: '2025-12-31' } }),
  buildSnapshot({ id: 'ke-nhri-old', organisation: ORG.UNDP, themes: theme('nhri'), period: { start: '2015-01-01', end: '2019-12-31' } }),
  buildSnapshot({ id: 'ke-food', organisation: ORG.FAO, themes: theme('right-to-food'), period: { start: '2022-01-01', end: null } }),
  buildSnapshot({ id: 'ug-refugees', organisation: ORG.WFP, countries: [{ code: 'UG', percentage: 100 }], themes: theme('refugees-asylum'), period: { start: '2023-01-01', end: '2024-12-31' } }),
];
const report = findGaps(recommendations, snapshots, taxonomy, { asOf: '2024-01-01' });
const gapsOf = <K extends GapKind>(kind: K) => report.gaps.filter((g): g is Extract<Gap, { kind: K }> => g.kind === kind);

describe('fixture recommendations', () => {
  it('are each placed by their themes, or reported as unplaced with the UHRI themes no rule maps', () => {
    const unplaced = new Set(report.unplacedRecommendations.map((u) => u.annotationId));
    for (const r of recommendations) {
      const placed = recommendationThemes(r, taxonomy);
      expect({ id: r.annotationId, unplaced: unplaced.has(r.annotationId) }).toEqual({ id: r.annotationId, unplaced: placed.themeIds.length === 0 });
      for (const theme of placed.unmappedUhriThemes) expect(report.unmappedUhriThemes).toContain(theme);
    }
    expect(unplaced.size).toBeGreaterThan(0);
    expect(unplaced.size).toBeLessThan(recommendations.length);
  });
});

describe('recommendationThemes', () => {
  it('maps UHRI theme names onto Concord themes', () => {
    expect(recommendationThemes({ themes: ['Juvenile justice', 'Administration of justice & fair trial'], sdgs: [] }, taxonomy)).toEqual({
      themeIds: ['administration-of-justice', 'rights-of-the-child'],
      source: 'UHRI',
      unmappedUhriThemes: [],
    });
  });

  it('falls back on the SDGs when no UHRI theme maps', () => {
    expect(recommendationThemes({ themes: ['Right to social security'], sdgs: ['2.1', '1.3'] }, taxonomy)).toEqual({
      themeIds: ['right-to-food'],
      source: 'SDG',
      unmappedUhriThemes: ['Right to social security'],
    });
  });
});

describe('findGaps', () => {
  it('reports a country × theme with open recommendations and no activity in the period, naming the mandated organisations', () => {
    expect(gapsOf('UNADDRESSED_RECOMMENDATIONS').find((g) => g.country === 'KE' && g.themeId === 'rights-of-the-child')).toEqual({
      kind: 'UNADDRESSED_RECOMMENDATIONS',
      id: expect.stringMatching(/^gap_[0-9a-f]{32}$/),
      country: 'KE',
      themeId: 'rights-of-the-child',
      period: { start: '2024-01-01', end: '2024-01-01' },
      recommendationIds: ['fixture-ke-001'],
      mandatedOrganisations: [ORG.UNICEF],
      coordinatingOrganisations: [ORG.OHCHR],
    });
  });

  it('does not report a cell where an activity is active in the period', () => {
    const cells = gapsOf('UNADDRESSED_RECOMMENDATIONS').map((g) => `${g.country}/${g.themeId}`);
    expect(cells).not.toContain('KE/administration-of-justice');
    expect(cells).not.toContain('KE/right-to-food');
  });

  it('ignores closed recommendations', () => {
    expect(gapsOf('UNADDRESSED_RECOMMENDATIONS').flatMap((g) => g.recommendationIds)).not.toContain('fixture-ke-004');
  });

  it('reports a theme where only non-mandated organisations are active', () => {
    expect(gapsOf('MANDATED_ABSENT')).toEqual([
      expect.objectContaining({
        country: 'UG',
        themeId: 'refugees-asylum',
        absentOrganisations: [ORG.UNHCR, 'XM-DAC-41130'],
        presentOrganisations: [ORG.WFP],
        activityIds: ['ug-refugees'],
      }),
    ]);
  });

  it('reports recommendations with no activity running on or after their publication', () => {
    expect(gapsOf('RECOMMENDATION_WITHOUT_FOLLOW_UP').map((g) => g.recommendationId)).toEqual([
      'fixture-gh-001',
      'fixture-gh-002',
      'fixture-ke-002',
      'fixture-kh-001',
      'fixture-kh-002',
      'fixture-md-001',
      'fixture-mg-002',
      'fixture-ng-002',
      'fixture-ug-001',
    ]);
  });

  it('counts a linked activity as follow-up', () => {
    expect(gapsOf('RECOMMENDATION_WITHOUT_FOLLOW_UP').map((g) => g.recommendationId)).not.toContain('fixture-ng-001');
  });

  it('lists recommendations it cannot place and the UHRI themes it does not know', () => {
    expect(report.unplacedRecommendations).toEqual([{ annotationId: 'fixture-mg-001', reason: 'NO_THEME' }]);
    expect(report.unmappedUhriThemes).toEqual(['Right to social security', 'Right to water and sanitation']);
  });

  it('names each gap by what it is (kind, country and theme, or recommendation), whatever the order of the input', () => {
    const what = (g: Gap) => (g.kind === 'RECOMMENDATION_WITHOUT_FOLLOW_UP' ? `${g.kind}/${g.recommendationId}` : `${g.kind}/${g.country}/${g.themeId}`);
    const reordered = findGaps([...recommendations].reverse(), [...snapshots].reverse(), taxonomy, { asOf: '2024-01-01' });
    const byId = (gaps: Gap[]) => Object.fromEntries(gaps.map((g) => [g.id, what(g)]));
    expect(report.gaps.length).toBeGreaterThan(1);
    expect(new Set(report.gaps.map((g) => g.id)).size).toBe(report.gaps.length);
    expect(byId(reordered.gaps)).toEqual(byId(report.gaps));
    // The same cell in another analysis period keeps its id.
    const past = findGaps(recommendations, snapshots, taxonomy, { asOf: '2024-01-01', period: { start: '2016-01-01', end: '2016-12-31' } });
    const child = (gaps: Gap[]) => gaps.find((g) => g.kind === 'UNADDRESSED_RECOMMENDATIONS' && g.country === 'KE' && g.themeId === 'rights-of-the-child')?.id;
    expect(child(past.gaps)).toEqual(child(report.gaps));
    expect(child(report.gaps)).toEqual(expect.any(String));
  });

  it('uses the analysis period when one is given', () => {
    const past = findGaps(recommendations, snapshots, taxonomy, { asOf: '2024-01-01', period: { start: '2016-01-01', end: '2016-12-31' } });
    const cells = past.gaps.filter((g) => g.kind === 'UNADDRESSED_RECOMMENDATIONS').map((g) => `${g.country}/${g.themeId}`);
    expect(cells).toContain('KE/administration-of-justice');
    expect(cells).not.toContain('KE/nhri');
  });
});
