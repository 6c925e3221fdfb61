import type { CountryProfile } from '../../../src/modules/register/country-profile';
import { gapLanguages, type MatchContext, rankExperts as rankAllExperts, rankInstitutions as rankAllInstitutions } from '../../../src/modules/register/register.matching';
import type { ExpertRecord, InstitutionRecord } from '../../../src/modules/register/register.model';

const profiles = new Map<string, CountryProfile>([
  ['KE', { region: 'AFRICA', developing: true, languages: ['en', 'sw'] }],
  ['UG', { region: 'AFRICA', developing: true, languages: ['en', 'sw'] }],
  ['GH', { region: 'AFRICA', developing: true, languages: ['en'] }],
  ['HT', { region: 'AMERICAS', developing: true, languages: ['fr', 'ht'] }],
  ['FR', { region: 'EUROPE', developing: false, languages: ['fr'] }],
  ['NO', { region: 'EUROPE', developing: false, languages: ['no'] }],
]);
const ctx: MatchContext = { profiles, themeLabel: (id) => `theme ${id}`, countryName: (c) => `country ${c}`, languageName: (l) => `lang ${l}` };

const expert = (identifier: string, over: Partial<ExpertRecord>): ExpertRecord => ({
  identifier,
  name: identifier,
  nationality: 'NO',
  countries: [],
  regions: [],
  themes: ['justice'],
  languages: ['no'],
  nominatedBy: null,
  availability: 'AVAILABLE',
  rosterYear: 2025,
  removedOn: null,
  ...over,
});
const institution = (identifier: string, over: Partial<InstitutionRecord>): InstitutionRecord => ({
  identifier,
  name: identifier,
  country: 'FR',
  kind: 'NGO',
  themes: ['justice'],
  languages: [],
  accreditation: null,
  contact: null,
  removedOn: null,
  ...over,
});
const rankExperts = (...args: Parameters<typeof rankAllExperts<ExpertRecord>>) => rankAllExperts(...args).matches;
const rankInstitutions = (...args: Parameters<typeof rankAllInstitutions<InstitutionRecord>>) => rankAllInstitutions(...args).matches;
const kenyaJustice = { countries: ['KE'], themeIds: ['justice', 'nhri'], languages: [] };
const ids = (matches: { candidate: { identifier: string } }[]) => matches.map((m) => m.candidate.identifier);

describe('ranking experts for a gap', () => {
  it('lists only experts sharing a theme with the gap', () => {
    expect(ids(rankExperts(kenyaJustice, [expert('a', { themes: ['health'] }), expert('b', {})], ctx))).toEqual(['b']);
  });

  it('leaves out experts removed from the roster or unavailable', () => {
    const list = [expert('gone', { removedOn: '2025-06-30' }), expert('busy', { availability: 'UNAVAILABLE' }), expert('here', {})];
    expect(ids(rankExperts(kenyaJustice, list, ctx))).toEqual(['here']);
  });

  it('puts more of the gap’s themes before language, place and developing-country expertise', () => {
    const list = [expert('one-theme-everything-else', { themes: ['justice'], languages: ['sw'], nationality: 'KE' }), expert('two-themes', { themes: ['justice', 'nhri'] })];
    expect(ids(rankExperts(kenyaJustice, list, ctx))).toEqual(['two-themes', 'one-theme-everything-else']);
  });

  it('puts a language of the gap’s country before experience of the country', () => {
    const list = [expert('in-kenya', { countries: ['KE'] }), expert('speaks-swahili', { languages: ['sw'] })];
    expect(ids(rankExperts(kenyaJustice, list, ctx))).toEqual(['speaks-swahili', 'in-kenya']);
  });

  it('puts experience of the country before experience of its region, and the region before none', () => {
    const list = [expert('none', {}), expert('region', { countries: ['GH'] }), expert('country', { countries: ['KE'] })];
    const ranked = rankExperts(kenyaJustice, list, ctx);
    expect(ranked.map((m) => [m.candidate.identifier, m.place])).toEqual([
      ['country', 'COUNTRY'],
      ['region', 'REGION'],
      ['none', null],
    ]);
  });

  it('puts developing-country expertise first among otherwise equal experts', () => {
    const list = [expert('developed', { name: 'A' }), expert('developing', { name: 'B', nationality: 'HT' })];
    expect(ids(rankExperts(kenyaJustice, list, ctx))).toEqual(['developing', 'developed']);
  });

  it('gives the reasons in ranking order, with what matched', () => {
    const [match] = rankExperts(kenyaJustice, [expert('x', { nationality: 'UG', languages: ['sw', 'en'], themes: ['nhri', 'justice'], countries: ['KE'] })], ctx);
    expect(match!.reasons.map((r) => [r.kind, r.values])).toEqual([
      ['THEME', ['nhri', 'justice']],
      ['LANGUAGE', ['sw', 'en']],
      ['COUNTRY', ['KE']],
      ['DEVELOPING_COUNTRY', []],
    ]);
    expect(match!.reasons[1]!.text).toBe('Speaks lang sw, lang en.');
  });

  it('counts an expert’s nationality as knowledge of the country', () => {
    expect(rankExperts(kenyaJustice, [expert('x', { nationality: 'KE' })], ctx)[0]!.place).toBe('COUNTRY');
  });

  it('matches the languages asked for instead of the country’s', () => {
    const list = [expert('swahili', { languages: ['sw'] }), expert('french', { languages: ['fr'] })];
    expect(ids(rankExperts({ ...kenyaJustice, languages: ['fr'] }, list, ctx))).toEqual(['french', 'swahili']);
  });

  it('numbers the ranks from 1', () => {
    expect(rankExperts(kenyaJustice, [expert('a', {}), expert('b', {})], ctx).map((m) => m.rank)).toEqual([1, 2]);
  });
});

describe('ranking institutions for a gap', () => {
  it('puts an institution in the gap’s country first, then one of its region', () => {
    const list = [institution('paris', {}), institution('accra', { country: 'GH' }), institution('nairobi', { country: 'KE' })];
    expect(ids(rankInstitutions(kenyaJustice, list, ctx))).toEqual(['nairobi', 'accra', 'paris']);
  });

  it('works in its country’s languages when it records none', () => {
    const [match] = rankInstitutions({ countries: ['HT'], themeIds: ['justice'], languages: [] }, [institution('paris', {})], ctx);
    expect(match!.languages).toEqual(['fr']);
  });

  it('leaves out removed institutions', () => {
    expect(rankInstitutions(kenyaJustice, [institution('old', { removedOn: '2024-01-01' })], ctx)).toEqual([]);
  });
});

describe('a limit', () => {
  it('keeps the first matches and counts them all', () => {
    const ranked = rankAllExperts(kenyaJustice, [expert('a', {}), expert('b', {}), expert('c', {})], ctx, 2);
    expect([ranked.total, ranked.matches.map((m) => m.candidate.identifier)]).toEqual([3, ['a', 'b']]);
  });
});

describe('the languages of a gap', () => {
  it('are those of its countries, without repeats', () => {
    expect(gapLanguages({ countries: ['KE', 'UG'], themeIds: [], languages: [] }, profiles)).toEqual(['en', 'sw']);
  });
});
