import type { CountryProfile } from '../../../src/modules/register/country-profile';
import type { ExpertRecord } from '../../../src/modules/register/register.model';
import { onRosterOn, rosterCounts, rosterOfYear } from '../../../src/modules/register/register.roster';

const profiles = new Map<string, CountryProfile>([
  ['KE', { region: 'AFRICA', developing: true, languages: ['en'] }],
  ['HT', { region: 'AMERICAS', developing: true, languages: ['fr'] }],
  ['FR', { region: 'EUROPE', developing: false, languages: ['fr'] }],
]);

const expert = (identifier: string, over: Partial<ExpertRecord>): ExpertRecord => ({
  identifier,
  name: identifier,
  nationality: 'KE',
  countries: [],
  regions: [],
  themes: ['justice'],
  languages: ['en'],
  nominatedBy: null,
  availability: 'AVAILABLE',
  rosterYear: 2024,
  removedOn: null,
  ...over,
});

describe('the roster of a year', () => {
  const experts = [
    expert('kept', { rosterYear: 2023 }),
    expert('joined', { rosterYear: 2025 }),
    expert('left', { rosterYear: 2023, removedOn: '2025-03-01' }),
    expert('joined-and-left', { rosterYear: 2025, removedOn: '2025-11-30' }),
    expert('next-year', { rosterYear: 2026 }),
  ];
  const year = rosterOfYear(experts, 2025, profiles);

  it('lists the experts who joined that year', () => {
    expect(year.additions.map((e) => e.identifier)).toEqual(['joined', 'joined-and-left']);
  });

  it('lists the experts who left that year', () => {
    expect(year.removals.map((e) => e.identifier)).toEqual(['joined-and-left', 'left']);
  });

  it('counts the roster as it stands on 31 December', () => {
    expect(year.counts.total).toBe(2);
  });
});

describe('on the roster on a day', () => {
  it('is false from the day of removal', () => {
    expect([onRosterOn({ rosterYear: 2024, removedOn: '2025-03-01' }, '2025-02-28'), onRosterOn({ rosterYear: 2024, removedOn: '2025-03-01' }, '2025-03-01')]).toEqual([true, false]);
  });
});

describe('roster counts', () => {
  const counts = rosterCounts(
    [
      expert('a', { themes: ['justice', 'nhri'], countries: ['HT'] }),
      expert('b', { themes: ['justice'], nationality: 'FR', regions: ['AFRICA'] }),
      expert('c', { themes: ['nhri'], nationality: 'HT', countries: ['KE'] }),
    ],
    profiles,
  );

  it('counts an expert under each of their themes, most first', () => {
    expect(counts.byTheme).toEqual([
      { themeId: 'justice', count: 2 },
      { themeId: 'nhri', count: 2 },
    ]);
  });

  it('counts regions of experience given or of the countries of experience', () => {
    expect(counts.byRegion).toEqual([
      { region: 'AFRICA', count: 2 },
      { region: 'AMERICAS', count: 1 },
    ]);
  });

  it('groups nationalities by region and developing country', () => {
    expect(counts.byNationalityGroup).toEqual([
      { region: 'AFRICA', developingCountry: true, count: 1 },
      { region: 'AMERICAS', developingCountry: true, count: 1 },
      { region: 'EUROPE', developingCountry: false, count: 1 },
    ]);
  });
});
