import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidInputFileError, type InputProblem } from '../../../src/ingest/input-problems';
import { expertCsvTemplate } from '../../../src/ingest/registers/expert-csv';
import { institutionCsvTemplate } from '../../../src/ingest/registers/institution-csv';
import { readRegisterCsv } from '../../../src/ingest/registers/register-csv';
import { SAMPLE_DIR } from '../../../src/ingest/sample';

const THEMES = new Set(['administration-of-justice', 'nhri', 'rights-of-the-child']);
const isTheme = (id: string) => THEMES.has(id);
const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-registers-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const EXPERT_HEADER = 'identifier,name,nationality,countries,regions,themes,languages,nominated_by,nominated_on,availability,roster_year,removed_on';
const readExperts = (name: string, text: string) => readRegisterCsv(file(name, text), name, expertCsvTemplate(isTheme, 2026));

function problemsOf(read: () => unknown): InputProblem[] {
  try {
    read();
  } catch (err) {
    if (err instanceof InvalidInputFileError) return err.problems;
    throw err;
  }
  throw new Error('the file was accepted');
}

describe('the experts CSV', () => {
  it('reads a valid row into the roster record, codes normalised', () => {
    const [row] = readExperts('ok.csv', `${EXPERT_HEADER}\nE-1,Amina,ke,KE;ug,africa,nhri,EN;sw,KE,2024-01-02,limited,2024,\n`);
    expect(row).toEqual({
      line: 2,
      record: {
        identifier: 'E-1',
        name: 'Amina',
        nationality: 'KE',
        countries: ['KE', 'UG'],
        regions: ['AFRICA'],
        themes: ['nhri'],
        languages: ['en', 'sw'],
        nominatedBy: { state: 'KE', date: '2024-01-02' },
        availability: 'LIMITED',
        rosterYear: 2024,
        removedOn: null,
      },
    });
  });

  it('names file, line, record and column of every problem', () => {
    const problems = problemsOf(() => readExperts('bad.csv', `${EXPERT_HEADER}\nE-1,Amina,Kenya,,,astrology,en,,,,2024,\nE-2,,KE,,MOON,nhri,,,,,1850,\n`));
    expect(problems.map((p) => [p.file, p.line, p.record, p.field])).toEqual([
      ['bad.csv', 2, 'E-1', 'nationality'],
      ['bad.csv', 2, 'E-1', 'themes'],
      ['bad.csv', 3, 'E-2', 'name'],
      ['bad.csv', 3, 'E-2', 'regions'],
      ['bad.csv', 3, 'E-2', 'languages'],
      ['bad.csv', 3, 'E-2', 'roster_year'],
    ]);
    expect(problems[0]!.message).toMatch(/did you mean KE/);
  });

  it('needs the nominating State and the day together', () => {
    const problems = problemsOf(() => readExperts('half.csv', `${EXPERT_HEADER}\nE-1,Amina,KE,,,nhri,en,KE,,,2024,\n`));
    expect(problems.map((p) => [p.field, p.message])).toEqual([['nominated_on', 'is required when nominated_by is given']]);
  });

  it('refuses a nomination after the roster year', () => {
    const problems = problemsOf(() => readExperts('late.csv', `${EXPERT_HEADER}\nE-1,Amina,KE,,,nhri,en,KE,2025-01-02,,2024,\n`));
    expect(problems.map((p) => p.field)).toEqual(['nominated_on']);
  });

  it('refuses an identifier used twice, naming the first line', () => {
    const problems = problemsOf(() => readExperts('twice.csv', `${EXPERT_HEADER}\nE-1,A,KE,,,nhri,en,,,,2024,\nE-1,B,KE,,,nhri,en,,,,2024,\n`));
    expect(problems).toEqual([{ file: 'twice.csv', line: 3, record: 'E-1', field: 'identifier', message: 'repeats line 2' }]);
  });

  it('names missing and unknown columns on the header line', () => {
    const problems = problemsOf(() => readExperts('cols.csv', 'identifier,name,nationality,themes,languages,colour\nE-1,A,KE,nhri,en,blue\n'));
    expect(problems.map((p) => [p.line, p.field, p.message.split(' (')[0]])).toEqual([
      [1, 'roster_year', 'required column is missing'],
      [1, 'colour', 'unknown column'],
    ]);
  });

  it('refuses a file of another kind, naming the command that imports it', () => {
    const problems = problemsOf(() => readExperts('ohchr.csv', 'identifier,title_en,countries\nX,T,KE\n'));
    expect(problems[0]!.message).toMatch(/concord ingest ohchr/);
  });

  it('reads the bundled illustrative roster', () => {
    const rows = readRegisterCsv(path.join(SAMPLE_DIR, 'registers', 'experts.csv'), 'experts.csv', expertCsvTemplate(() => true, 2026));
    expect(rows.length).toBe(15);
  });
});

describe('the institutions CSV', () => {
  const HEADER = 'identifier,name,country,kind,themes,languages,accreditation,contact,removed_on';
  const readInstitutions = (name: string, text: string) => readRegisterCsv(file(name, text), name, institutionCsvTemplate(isTheme));

  it('reads a valid row, kind and accreditation normalised', () => {
    const [row] = readInstitutions('ok.csv', `${HEADER}\nI-1,Commission,KE,nhri,nhri,,a,desk,\n`);
    expect(row!.record).toMatchObject({ country: 'KE', kind: 'NHRI', accreditation: 'A', languages: [], contact: 'desk', removedOn: null });
  });

  it('names an unknown kind and accreditation by column', () => {
    const problems = problemsOf(() => readInstitutions('bad.csv', `${HEADER}\nI-1,Commission,KE,club,nhri,,Z,,\n`));
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'kind'],
      [2, 'accreditation'],
    ]);
  });

  it('reads the bundled illustrative compendium', () => {
    const rows = readRegisterCsv(path.join(SAMPLE_DIR, 'registers', 'institutions.csv'), 'institutions.csv', institutionCsvTemplate(() => true));
    expect(rows.length).toBe(10);
  });
});
