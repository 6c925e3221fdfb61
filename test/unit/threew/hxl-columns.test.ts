import { columnLetter, locateColumns } from '../../../src/ingest/threew/columns';
import { isHashtagRow, parseHashtagSpec } from '../../../src/ingest/threew/hxl';
import { threewVocabulary } from '../../../src/ingest/threew/threew-vocabulary';

const map = threewVocabulary().headerMap;

describe('HXL hashtag specs', () => {
  it('reads a tag and its attributes whatever the spacing and case', () => {
    expect(parseHashtagSpec(' #Org  + Acronym ')).toEqual({ tag: '#org', attributes: ['+acronym'] });
    expect(parseHashtagSpec('#sector+cluster+code')).toEqual({ tag: '#sector', attributes: ['+cluster', '+code'] });
  });

  it('refuses text that is not a hashtag spec', () => {
    expect([parseHashtagSpec('Organisation'), parseHashtagSpec('# org'), parseHashtagSpec('#org acronym')]).toEqual([null, null, null]);
  });

  it('calls a row of hashtags (untagged columns empty) a hashtag row, and a header row not', () => {
    expect(isHashtagRow(['#org +name', '', '#adm1+code'])).toBe(true);
    expect(isHashtagRow(['ORG_NAME', '#adm1'])).toBe(false);
  });
});

describe('locateColumns', () => {
  it('finds columns by the HXL row below the human headers, attributes in any order', () => {
    const rows = [
      ['PROVINCE', 'ACRONYM', 'NAME', 'CODE', 'SECTOR', 'Question'],
      ['#adm1+name', '#org +acronym', '#org+name', '#adm1 +code', '#sector +code +cluster', ''],
      ['Kabul', 'X', 'Xorg', 'AF01', 'HEALTH_OP', 'OP'],
    ];
    const layout = locateColumns(rows, map)!;
    expect([layout.via, layout.firstDataRow, layout.columns]).toEqual([
      'HXL',
      2,
      { adm1Name: 0, orgAcronym: 1, orgName: 2, adm1Code: 3, clusterCode: 4 },
    ]);
  });

  it('names a column it does not understand by letter and header or tag', () => {
    const rows = [
      ['Org', 'Budget', 'Province', 'Sector', 'Note'],
      ['#org', '#value', '#adm1', '#sector', ''],
    ];
    expect(locateColumns(rows, map)!.notUnderstood).toEqual([
      { column: 'B', header: '#value' },
      { column: 'E', header: 'Note' },
    ]);
  });

  it('finds the header row of a sheet without HXL below a title, through the header map', () => {
    const rows = [['North-east Nigeria 3W'], [], ['Organisation', 'Acronym', 'Sector', 'State', 'LGA Pcode', 'Month/Year', 'Donor', 'Budget']];
    const layout = locateColumns(rows, map)!;
    expect([layout.via, layout.headerRow, layout.columns, layout.notUnderstood]).toEqual([
      'HEADERS',
      2,
      { orgName: 0, orgAcronym: 1, clusterName: 2, adm1Name: 3, adm2Code: 4, date: 5 },
      [{ column: 'H', header: 'Budget' }],
    ]);
  });

  it('prefers an earlier synonym: Province is admin-1 even when a Region column comes first', () => {
    const rows = [['Region', 'Province', 'District', 'Organization', 'Cluster']];
    expect(locateColumns(rows, map)!.columns).toMatchObject({ adm1Name: 1, adm2Name: 2 });
  });

  it('finds nothing in a table with neither an HXL row nor 3W headers', () => {
    expect(locateColumns([['identifier', 'title_en', 'start'], ['a', 'b', 'c']], map)).toBeNull();
  });

  it('names columns as spreadsheets do', () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(27)]).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});
