import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFieldOperationsCsv } from '../../../src/modules/field-operation/field-operation.csv';
import { InvalidInputFileError } from '../../../src/ingest/input-problems';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'concord-field-ops-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'identifier,name,country,kind,start,end,mandate';
function file(name: string, lines: string[]): string {
  const p = path.join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
}
function problemsOf(p: string): string[] {
  try {
    readFieldOperationsCsv(p, path.basename(p));
  } catch (err) {
    if (err instanceof InvalidInputFileError) return err.problems.map((x) => `${x.line ?? '-'} ${x.record ?? '-'} ${x.field ?? '-'}: ${x.message}`);
    throw err;
  }
  throw new Error('the file was accepted');
}

describe('readFieldOperationsCsv', () => {
  it('reads rows, normalising country and kind, an empty end and mandate as null', () => {
    const rows = readFieldOperationsCsv(file('ok.csv', ['Identifier,Name,Country,Kind,Start,End', 'FO-1,Presence in Haiti,ht,monitoring,2020-01-01,', 'FO-2,Presence in Kenya,KE,Preventive,2021-01-01,2022-12-31']), 'ok.csv');
    expect(rows).toEqual([
      { line: 2, fields: { identifier: 'FO-1', name: 'Presence in Haiti', country: 'HT', kind: 'MONITORING', start: '2020-01-01', end: null, mandate: null } },
      { line: 3, fields: { identifier: 'FO-2', name: 'Presence in Kenya', country: 'KE', kind: 'PREVENTIVE', start: '2021-01-01', end: '2022-12-31', mandate: null } },
    ]);
  });

  it('lists every problem with its line, record and field', () => {
    const p = file('bad.csv', [HEADER, 'FO-1,Presence,HTI,watching,2020-01-01,2019-01-01,', 'FO-2,,KE,MONITORING,2020-02-30,,', 'FO-1,Again,KE,MONITORING,2020-01-01,,']);
    expect(problemsOf(p)).toEqual([
      '2 FO-1 country: "HTI" is not an ISO 3166-1 alpha-2 country code; did you mean HT?',
      '2 FO-1 kind: must be MONITORING or PREVENTIVE',
      '2 FO-1 end: is before start',
      '3 FO-2 name: is required',
      '3 FO-2 start: "2020-02-30" is not a calendar date YYYY-MM-DD',
      '4 FO-1 identifier: repeats line 2',
    ]);
  });

  it('refuses missing and unknown columns from the header line', () => {
    expect(problemsOf(file('columns.csv', ['identifier,name,country,start,budget', 'FO-1,P,HT,2020-01-01,5']))).toEqual(['1 - kind: required column is missing', '1 - budget: unknown column (see the CSV template)']);
  });

  it('names an OHCHR activity CSV given in its place', () => {
    const [problem] = problemsOf(file('activities.csv', ['identifier,title_en,countries', 'X,Y,KE']));
    expect(problem).toMatch(/OHCHR's activity CSV.*concord ingest ohchr/);
  });

  it('refuses a file with a header and no rows', () => {
    expect(problemsOf(file('empty.csv', [HEADER]))).toEqual(['2 - -: the file has a header but no field-operation rows']);
  });
});
