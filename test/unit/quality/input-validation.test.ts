import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOhchrCsv } from '../../../src/ingest/ohchr/ohchr-csv';
import { InvalidInputFileError } from '../../../src/ingest/input-problems';
import { sniffInputKind, wrongKindProblem } from '../../../src/ingest/input-kind';
import { readUhriFile } from '../../../src/ingest/recommendations/uhri';
import { scanIatiFile } from '../../../src/ingest/iati';
import { checkCountryCode } from '../../../src/modules/validation/country-input';
import { filterProblems } from '../../../src/modules/validation/filter-values';

const dir = mkdtempSync(path.join(tmpdir(), 'concord-input-'));
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const HEADER = 'identifier,title_en,countries,sectors,budget_value,budget_currency\n';
const problemsOf = (read: () => unknown): string[] => {
  try {
    read();
  } catch (err) {
    if (err instanceof InvalidInputFileError) return err.problems.map((p) => `${p.field ?? ''}: ${p.message}`);
    throw err;
  }
  return [];
};

describe('country codes', () => {
  it.each([
    ['Kenya', 'KE'],
    ['KEN', 'KE'],
    ['ZZ', null],
  ])('refuses %s and suggests %s', (value, suggestion) => {
    const result = checkCountryCode(value);
    expect(result).toMatchObject({ ok: false, suggestion });
    if (suggestion) expect(!result.ok && result.message).toContain(`did you mean ${suggestion}?`);
  });

  it('accepts a known alpha-2 code in any case', () => {
    expect(checkCountryCode('ke')).toEqual({ ok: true, code: 'KE' });
  });
});

describe('filter values', () => {
  it('names every unknown country, theme and malformed organisation identifier', () => {
    const problems = filterProblems(
      { country: ['KE', 'Kenya'], theme: ['no-such-theme'], organisation: ['UNDP'] },
      { countries: ['country'], themes: ['theme'], organisations: ['organisation'] },
      () => false,
    );
    expect(problems.map((p) => p.field)).toEqual(['filter.country[1]', 'filter.theme[0]', 'filter.organisation[0]']);
  });
});

describe('OHCHR CSV', () => {
  it('refuses a currency without a value and shares above 100 %', () => {
    const csv = file('bad.csv', `${HEADER}OHCHR-1,Title,KE:60;UG:50,,,USD\n`);
    expect(problemsOf(() => readOhchrCsv(csv, 'bad.csv'))).toEqual([
      'countries: shares sum to 110 %; at most 100 %',
      'budget_value: is required when budget_currency is given',
    ]);
  });

  it('refuses an empty file and a file without rows', () => {
    expect(problemsOf(() => readOhchrCsv(file('empty.csv', ''), 'empty.csv'))).toEqual([': the file is empty']);
    expect(problemsOf(() => readOhchrCsv(file('header.csv', HEADER), 'header.csv'))).toEqual([': the file has a header but no activity rows']);
  });

  it('names the right command for an IATI file', () => {
    const xml = file('iati.xml', '<?xml version="1.0"?>\n<iati-activities version="2.03"></iati-activities>');
    expect(problemsOf(() => readOhchrCsv(xml, 'iati.xml'))[0]).toContain('concord ingest iati');
  });
});

describe('IATI files', () => {
  it('recognises the OHCHR CSV given to the IATI importer and names its command', async () => {
    const csv = file('ohchr.csv', `${HEADER}OHCHR-1,Title,KE,,,\n`);
    await expect(scanIatiFile(csv)).rejects.toThrow(/OHCHR's activity CSV.*concord ingest ohchr/);
  });

  it('sniffs kinds from the first bytes', () => {
    expect(sniffInputKind('[{"AnnotationId": "1"}]')).toBe('UHRI_JSON');
    expect(wrongKindProblem('UHRI_JSON', 'IATI_XML')).toContain('concord ingest recommendations');
  });
});

describe('UHRI recommendations', () => {
  const record = (overrides: Record<string, unknown>) => ({
    AnnotationId: 'a-1',
    Symbol: 'CRC/C/KEN/CO/3-5',
    Text: 'Strengthen the commission',
    PublicationDate: '2021-03-01',
    Body: 'Committee on the Rights of the Child',
    BodyType: 'Treaty body',
    Countries: ['KE'],
    ...overrides,
  });

  it('refuses an impossible date, a bad symbol, an alpha-3 country and a UPR position outside the UPR', () => {
    const json = file(
      'recs.json',
      JSON.stringify([record({ PublicationDate: '2021-13-45', Symbol: 'not a symbol', Countries: ['KEN'], Position: 'Supported' })]),
    );
    expect(problemsOf(() => readUhriFile(json, 'recs.json'))).toEqual([
      'Symbol: "not a symbol" is not a UN document symbol (e.g. CRC/C/KEN/CO/3-5)',
      'PublicationDate: "2021-13-45" is not a calendar date YYYY-MM-DD',
      'Position: is given only for UPR recommendations',
    ]);
  });

  it('refuses an alpha-3 country with the code meant', () => {
    const json = file('recs3.json', JSON.stringify([record({ Countries: ['KEN'] })]));
    expect(problemsOf(() => readUhriFile(json, 'recs3.json'))).toEqual(['Countries.0: "KEN" is not an ISO 3166-1 alpha-2 country code; did you mean KE?']);
  });
});
