import { parse } from 'csv-parse/sync';
import { renderCsv } from '../../../src/modules/report/render/csv';
import { sampleModel, withFirstActivityTitle } from '../../fixtures/report/sample-model';

const csv = renderCsv(sampleModel);
const records = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, relax_column_count: false });
const rows = records(csv);

describe('renderCsv', () => {
  it('starts with a UTF-8 byte order mark', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('ends every record with CRLF', () => {
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.match(/\r?\n/g)).toEqual(Array(sampleModel.topOverlaps.length + 1).fill('\r\n'));
  });

  it('has one row per overlap, in rank order', () => {
    expect(rows.map((r) => [r['Rank'], r['Overlap ID']])).toEqual([
      ['1', 'ovl_3f9a1c2e'],
      ['2', 'ovl_7b21d0aa'],
      ['3', 'ovl_c04e55b1'],
      ['4', 'ovl_e8d2907f'],
    ]);
  });

  it('writes the score as a number between 0 and 1', () => {
    expect(rows.map((r) => r['Score'])).toEqual(['0.82', '0.67', '0.58', '0.41']);
  });

  it('gives names next to codes for countries, themes and organisations', () => {
    expect(rows[0]).toMatchObject({
      Countries: 'Kenya',
      'Country codes': 'KE',
      Themes: 'Administration of justice, Prevention of torture and ill-treatment',
      'Theme IDs': 'administration-of-justice, torture-prevention',
      'Organisation A': 'UNDP',
      'Organisation A identifier': 'XM-DAC-41114',
      'Organisation B': 'OHCHR',
      'Organisation B identifier': 'XM-DAC-41313',
    });
  });

  it('writes kind, status and decision in words', () => {
    expect(rows[0]).toMatchObject({ Kind: 'Possible duplication', 'Activity A status': 'Implementation', 'Latest decision': 'Duplication to resolve' });
  });

  it('keeps accents, commas and line breaks intact through a parse', () => {
    expect([rows[2]!['Countries'], rows[0]!['Why'], rows[2]!['Decision note']]).toEqual([
      "Côte d'Ivoire",
      sampleModel.topOverlaps[0]!.kindReason,
      'UNDP: institutional support\nOHCHR: accreditation & Paris Principles',
    ]);
  });

  it('leaves an open end and a missing decision blank', () => {
    expect(rows[3]).toMatchObject({ 'Activity B end': '', 'Latest decision': '', 'Decided at (UTC)': '' });
  });

  it('keeps quotes and markup in a title as text', () => {
    const [row] = records(renderCsv(withFirstActivityTitle('Say "no" to <b>torture</b>, now')));
    expect(row!['Activity A title']).toBe('Say "no" to <b>torture</b>, now');
  });

  it('writes only the header when there are no overlaps', () => {
    expect(records(renderCsv({ ...sampleModel, topOverlaps: [] }))).toEqual([]);
  });
});
