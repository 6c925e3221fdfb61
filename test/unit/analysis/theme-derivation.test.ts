import { codeName } from '../../../src/codelists/codelists';
import { loadTaxonomy } from '../../../src/modules/analysis/taxonomy';
import { deriveThemes, themeWeights, type ThemeSource } from '../../../src/modules/analysis/theme-derivation';

const taxonomy = loadTaxonomy();
const source = (overrides: Partial<ThemeSource>): ThemeSource => ({ sectors: [], sdgGoals: [], sdgTargets: [], policyMarkers: [], ...overrides });
const sector = (code: string, percentage: number | null = null, vocabulary = '1') => ({ vocabulary, code, percentage });

describe('deriveThemes', () => {
  it('maps DAC 15160 to the general human-rights theme and names the rule', () => {
    expect(deriveThemes(source({ sectors: [sector('15160', 100)] }), taxonomy)).toEqual([
      { themeId: 'human-rights-general', via: 'sector 1:15160 100%', weight: 1 },
    ]);
  });

  it('weights a sector by its percentage', () => {
    const derived = deriveThemes(source({ sectors: [sector('15130', 40), sector('15160', 60)] }), taxonomy);
    expect(derived.find((d) => d.themeId === 'administration-of-justice')?.weight).toBeCloseTo(0.4);
  });

  it('splits sectors without percentage equally', () => {
    const derived = deriveThemes(source({ sectors: [sector('15130'), sector('15160')] }), taxonomy);
    expect(derived.find((d) => d.themeId === 'administration-of-justice')).toEqual({
      themeId: 'administration-of-justice',
      via: 'sector 1:15130 50% (equal split)',
      weight: 0.5,
    });
  });

  it('applies the category rules of a 5-digit sector as well as its own', () => {
    const derived = deriveThemes(source({ sectors: [sector('12240', 100)] }), taxonomy);
    expect(derived.map((d) => [d.themeId, d.via])).toEqual([
      ['right-to-food', 'sector 1:12240 100%'],
      ['right-to-health', 'sector-category 122 from sector 1:12240 100%'],
    ]);
  });

  it('reads DAC 3-digit codes of sector vocabulary 2 as categories', () => {
    expect(deriveThemes(source({ sectors: [sector('111', null, '2')] }), taxonomy)).toEqual([
      { themeId: 'right-to-education', via: 'sector 2:111', weight: 1 },
    ]);
  });

  it('maps SDG targets whatever the case of their letter', () => {
    expect(deriveThemes(source({ sdgTargets: ['16.a'] }), taxonomy)).toEqual([{ themeId: 'nhri', via: 'sdg-target 16.A', weight: 1 }]);
  });

  it('counts a goal implied by a target once, saying which target implied it', () => {
    const derived = deriveThemes(source({ sdgTargets: ['4.1', '4.7'] }), taxonomy);
    expect(derived.map((d) => d.via)).toEqual(['sdg-target 4.7', 'sdg-goal 4 implied by sdg-target 4.1']);
  });

  it('takes SDG goals and targets given as sectors of vocabularies 7 and 8', () => {
    const derived = deriveThemes(source({ sectors: [sector('16.3', null, '8'), sector('5', null, '7')] }), taxonomy);
    expect(derived.map((d) => d.themeId).sort()).toEqual(['administration-of-justice', 'womens-rights']);
  });

  it('weights a policy marker by its significance and ignores "not targeted"', () => {
    const marker = (significance: string) => ({ vocabulary: '1', code: '1', significance });
    expect(deriveThemes(source({ policyMarkers: [marker('0')] }), taxonomy)).toEqual([]);
    expect(deriveThemes(source({ policyMarkers: [marker('1')] }), taxonomy)).toEqual([
      { themeId: 'womens-rights', via: 'policy-marker 1 significance 1', weight: 0.5 },
    ]);
  });

  it('ignores policy markers of the reporting organisation vocabulary', () => {
    expect(deriveThemes(source({ policyMarkers: [{ vocabulary: '99', code: '1', significance: '2' }] }), taxonomy)).toEqual([]);
  });

  it('names codes in `via` when given a name resolver', () => {
    const derived = deriveThemes(source({ sectors: [sector('15160', 100)] }), taxonomy, { nameOf: codeName });
    expect(derived[0]?.via).toBe('sector 1:15160 (Human rights) 100%');
  });
});

describe('themeWeights', () => {
  it('sums the contributions of a theme, capped at 1, sorted by theme id', () => {
    const weights = themeWeights([
      { themeId: 'womens-rights', via: 'a', weight: 0.3 },
      { themeId: 'administration-of-justice', via: 'b', weight: 0.6 },
      { themeId: 'womens-rights', via: 'c', weight: 0.6 },
      { themeId: 'administration-of-justice', via: 'd', weight: 0.7 },
    ]);
    expect(weights).toEqual([
      { themeId: 'administration-of-justice', weight: 1 },
      { themeId: 'womens-rights', weight: 0.9 },
    ]);
  });
});
