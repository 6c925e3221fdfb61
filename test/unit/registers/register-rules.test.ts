import { checkExpert, checkInstitution } from '../../../src/modules/register/register.rules';

const isTheme = (id: string) => id === 'nhri';
const valid = { identifier: 'E-1', name: 'Amina', nationality: 'KE', themes: ['nhri'], languages: ['en'], rosterYear: 2025 };
const fields = (outcome: ReturnType<typeof checkExpert>) => (outcome.ok ? [] : outcome.problems.map((p) => p.field));

describe('an expert', () => {
  it('is AVAILABLE, on the roster and without a nomination unless said otherwise', () => {
    const outcome = checkExpert(valid, isTheme, 2026);
    expect(outcome.ok && [outcome.value.availability, outcome.value.removedOn, outcome.value.nominatedBy, outcome.value.countries]).toEqual(['AVAILABLE', null, null, []]);
  });

  it('keeps each country, language and theme once', () => {
    const outcome = checkExpert({ ...valid, countries: ['KE', 'ke'], languages: ['en', 'EN'], themes: ['nhri', 'nhri'] }, isTheme, 2026);
    expect(outcome.ok && [outcome.value.countries, outcome.value.languages, outcome.value.themes]).toEqual([['KE'], ['en'], ['nhri']]);
  });

  it('may join the roster next year at the latest', () => {
    expect([fields(checkExpert({ ...valid, rosterYear: 2027 }, isTheme, 2026)), fields(checkExpert({ ...valid, rosterYear: 2028 }, isTheme, 2026))]).toEqual([[], ['rosterYear']]);
  });

  it('cannot leave the roster before joining it', () => {
    expect(fields(checkExpert({ ...valid, removedOn: '2024-12-31' }, isTheme, 2026))).toEqual(['removedOn']);
  });

  it('names a bad item of a list by its position', () => {
    expect(fields(checkExpert({ ...valid, countries: ['KE', 'XX'] }, isTheme, 2026))).toEqual(['countries.1']);
  });

  it('refuses an identifier with spaces', () => {
    expect(fields(checkExpert({ ...valid, identifier: 'E 1' }, isTheme, 2026))).toEqual(['identifier']);
  });
});

describe('an institution', () => {
  it('clears an empty contact', () => {
    const outcome = checkInstitution({ identifier: 'I-1', name: 'Centre', country: 'GH', kind: 'resource centre', themes: ['nhri'], contact: '  ' }, isTheme);
    expect(outcome.ok && [outcome.value.kind, outcome.value.contact]).toEqual(['RESOURCE_CENTRE', null]);
  });

  it('needs a theme', () => {
    const outcome = checkInstitution({ identifier: 'I-1', name: 'Centre', country: 'GH', kind: 'NGO', themes: [] }, isTheme);
    expect(outcome.ok ? [] : outcome.problems).toEqual([{ field: 'themes', message: 'needs at least one theme' }]);
  });
});
