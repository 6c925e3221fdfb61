import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { read3wFile } from '../../../src/ingest/threew/read-3w-file';
import { InvalidInputFileError } from '../../../src/ingest/input-problems';

const FIXTURES = path.join(__dirname, '../../fixtures/3w');
const AF = path.join(FIXTURES, 'afghanistan_3w_operational_presence_january_march_2024.csv');
const NG = path.join(FIXTURES, 'nigeria-3w-constructed.xlsx');
const work = mkdtempSync(path.join(os.tmpdir(), 'concord-3w-'));

/** A CSV written to a folder of its own (no HDX metadata beside it). */
function csv(name: string, lines: string[]): string {
  const dir = mkdtempSync(path.join(work, 'f-'));
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const refusal = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InvalidInputFileError) return err.problems.map((p) => `${p.field ?? ''}: ${p.message}`).join(' | ');
    throw err;
  }
  throw new Error('not refused');
};

describe('read3wFile on the Afghanistan 3W (January–March 2024)', () => {
  let reading: Awaited<ReturnType<typeof read3wFile>>;
  beforeAll(async () => {
    reading = await read3wFile(AF, { displayName: path.basename(AF) });
  });

  it('finds the columns by the HXL row and names the one it does not use', () => {
    expect([reading.via, reading.notUnderstood]).toEqual(['HXL', [{ column: 'K', header: 'Question' }]]);
  });

  it('takes the country from the P-codes and the period from the HDX metadata beside it', () => {
    expect([reading.country, reading.countryFrom, reading.period, reading.periodFrom]).toEqual(['AF', 'PCODES', { start: '2024-01-01', end: '2024-03-31' }, 'HDX_METADATA']);
  });

  it('mirrors every one of the 10,902 rows into a presence, refusing none', () => {
    const rows = reading.presences.flatMap((p) => p.rows);
    expect([reading.rowsRead, reading.refusedRows.length, rows.length, new Set(rows).size]).toEqual([10902, 0, 10902, 10902]);
  });

  it('makes one presence per organisation × global cluster × district: EiE and EDUCATION rows are one Education presence', () => {
    const keys = reading.presences.map((p) => `${p.organisation.ref}|${p.cluster.id}|${p.place.adm2Code}`);
    expect([reading.presences.length, new Set(keys).size]).toEqual([10282, 10282]);
  });

  it('identifies the UN agencies of the alias list and lists the other organisations as unmatched', () => {
    const matched = new Set(reading.presences.filter((p) => p.organisation.matched).map((p) => p.organisation.acronym));
    expect([[...matched].sort(), reading.unmatchedOrganisations.length]).toEqual([
      ['FAO', 'IOM', 'UNFPA', 'UNHABITAT', 'UNHCR', 'UNICEF', 'UNMAS', 'UNOPS', 'UNWOMEN', 'WFP', 'WHO'],
      273,
    ]);
  });
});

describe('read3wFile on another country and format (constructed Nigeria XLSX, human headers, no HXL)', () => {
  let reading: Awaited<ReturnType<typeof read3wFile>>;
  beforeAll(async () => {
    reading = await read3wFile(NG, { displayName: 'nigeria-3w-constructed.xlsx' });
  });

  it('reads the 3W sheet by its headers, below a title row', () => {
    expect([reading.sheet, reading.via, reading.country, reading.period, reading.periodFrom]).toEqual(['3W NE Nigeria', 'HEADERS', 'NG', { start: '2024-01-01', end: '2024-03-31' }, 'DATE_COLUMNS']);
  });

  it('refuses a row without organisation, without place and of an unknown cluster, one line each', () => {
    expect(reading.refusedRows.map((r) => r.line)).toEqual([14, 15, 16]);
    expect(reading.refusedRows.map((r) => r.reason.split(':')[0]!.split(' (')[0])).toEqual(['unknown cluster "Coordination"', 'no organisation', 'no place']);
  });

  it('names the column it does not understand', () => {
    expect(reading.notUnderstood).toEqual([{ column: 'L', header: 'Beneficiaries' }]);
  });

  it('matches an agency given by name only', () => {
    expect(reading.presences.find((p) => p.organisation.name === 'International Organization for Migration')?.organisation.ref).toBe('XM-DAC-47066');
  });
});

describe('read3wFile: country and period', () => {
  const lines = ['Organisation,Sector,Province', 'Agency A,Health,Kabul'];

  it('refuses a file with no country anywhere, naming the flag to give', async () => {
    expect(await refusal(read3wFile(csv('a.csv', lines), { displayName: 'a.csv', period: { start: '2024-01-01', end: '2024-03-31' } }))).toMatch(/^country: no country.*--country/);
  });

  it('refuses a file with no period anywhere, naming the flags to give', async () => {
    expect(await refusal(read3wFile(csv('a.csv', lines), { displayName: 'a.csv', country: 'AF' }))).toMatch(/^period: no period.*--from YYYY-MM-DD --to YYYY-MM-DD/);
  });

  it('takes country and period from the flags when the file has neither', async () => {
    const r = await read3wFile(csv('a.csv', lines), { displayName: 'a.csv', country: 'AFG', period: { start: '2024-01-01', end: '2024-03-31' } });
    expect([r.country, r.countryFrom, r.period, r.periodFrom, r.presences.length]).toEqual(['AF', 'FLAG', { start: '2024-01-01', end: '2024-03-31' }, 'FLAGS', 1]);
  });

  it('refuses flags that contradict the file', async () => {
    const dir = mkdtempSync(path.join(work, 'af-'));
    const copy = path.join(dir, path.basename(AF));
    copyFileSync(AF, copy);
    copyFileSync(path.join(FIXTURES, 'afghanistan-who-does-what-where-january-to-march-2024.hdx-metadata.json'), path.join(dir, 'm.hdx-metadata.json'));
    expect(await refusal(read3wFile(copy, { displayName: 'af.csv', country: 'NG' }))).toBe("country: the file's P-codes say AF, but --country says NG");
  });

  it('refuses an unreadable date, naming its line', async () => {
    const file = csv('d.csv', ['Organisation,Sector,State,Month', 'A,Health,Borno,someday']);
    try {
      await read3wFile(file, { displayName: 'd.csv', country: 'NG' });
      throw new Error('not refused');
    } catch (err) {
      expect((err as InvalidInputFileError).problems[0]).toMatchObject({ line: 2, field: 'date' });
    }
  });
});

describe('read3wFile: files it cannot read', () => {
  it('refuses a table with neither an HXL row nor headers it knows, saying what to add', async () => {
    expect(await refusal(read3wFile(csv('x.csv', ['name,budget', 'a,1']), { displayName: 'x.csv', country: 'AF' }))).toMatch(/no HXL hashtag row .* and no header row Concord recognises/);
  });

  it('refuses an HXL table without a place column, naming what is missing', async () => {
    expect(await refusal(read3wFile(csv('y.csv', ['#org,#sector', 'A,Health']), { displayName: 'y.csv', country: 'AF' }))).toMatch(/^adm1Code\|adm1Name\|adm2Code\|adm2Name: no place/);
  });

  it('refuses a file that is neither UTF-8 text nor XLSX', async () => {
    const file = path.join(work, 'latin1.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('Organisation,Sector,Province\n'), Buffer.from([0xe9, 0x0a])]));
    expect(await refusal(read3wFile(file, { displayName: 'latin1.csv', country: 'AF' }))).toMatch(/not UTF-8 text and not an XLSX workbook/);
  });

  it('reads the HXL row wherever it sits near the top', async () => {
    const text = readFileSync(AF, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(0, 12);
    const file = csv('top.csv', ['Afghanistan 3W export', ',,', ...text]);
    const r = await read3wFile(file, { displayName: 'top.csv', period: { start: '2024-01-01', end: '2024-03-31' } });
    expect([r.via, r.rowsRead, r.presences[0]?.rows[0]]).toEqual(['HXL', 10, 5]);
  });
});

describe('3W files given to the wrong command, and other files given to concord ingest 3w', () => {
  it('names a CSV with HXL #org and #adm1/#sector hashtags as a 3W file and points to concord ingest 3w', async () => {
    const { sniffInputKind, wrongKindProblem } = await import('../../../src/ingest/input-kind');
    const head = readFileSync(AF, 'utf8').slice(0, 4096);
    expect([sniffInputKind(head), wrongKindProblem(sniffInputKind(head), 'OHCHR_CSV', ['OHCHR_CSV', 'CSV'])]).toEqual([
      'OCHA_3W',
      'this is an OCHA 3W file (CSV with HXL hashtags), not OHCHR\'s activity CSV; import it with `concord ingest 3w`',
    ]);
  });

  it('refuses an IATI file, naming the command that imports it', async () => {
    const file = path.join(work, 'activities.csv');
    writeFileSync(file, '<?xml version="1.0"?>\n<iati-activities version="2.03"><iati-activity/></iati-activities>\n');
    expect(await refusal(read3wFile(file, { displayName: 'activities.csv', country: 'AF' }))).toMatch(/IATI activity file .*concord ingest iati/);
  });
});
