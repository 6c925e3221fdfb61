import { codeName, codesOf } from '../../src/codelists/codelists';
import { readableName } from '../../src/codelists/readable-name';

describe('readableName', () => {
  it.each([
    ['Congo (the Democratic Republic of the)', 'Democratic Republic of the Congo'],
    ["Korea (the Democratic People's Republic of)", "Democratic People's Republic of Korea"],
    ['Korea (the Republic of)', 'Republic of Korea'],
    ['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia'],
    ['Iran (Islamic Republic of)', 'Islamic Republic of Iran'],
    ['Tanzania, the United Republic of', 'United Republic of Tanzania'],
    ['Palestine, State of', 'State of Palestine'],
    ['Sudan (the)', 'Sudan'],
    ['United Kingdom of Great Britain and Northern Ireland (the)', 'United Kingdom of Great Britain and Northern Ireland'],
    ['Falkland Islands (the) [Malvinas]', 'Falkland Islands [Malvinas]'],
    ['Virgin Islands (British)', 'Virgin Islands (British)'],
    ['Saint Martin (French part)', 'Saint Martin (French part)'],
    ['Taiwan (Province of China)', 'Taiwan (Province of China)'],
    ['Bonaire, Sint Eustatius and Saba', 'Bonaire, Sint Eustatius and Saba'],
    ['Kenya', 'Kenya'],
  ])('reads %s as %s', (raw, readable) => {
    expect(readableName(raw)).toBe(readable);
  });

  it('leaves no "(the" and no trailing ", … of" in any country of the codelist', () => {
    const names = codesOf('Country').map((c) => readableName(codeName('Country', c)!));
    expect(names.filter((n) => /\(the\b|, (the )?[\w ]+ of$/.test(n))).toEqual([]);
  });
});
