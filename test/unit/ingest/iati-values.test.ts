import { compareSdgCodes, normaliseLanguage, parseDecimal, parseIsoDate } from '../../../src/ingest/iati/iati-values';

describe('parseIsoDate', () => {
  it.each([
    ['2020-04-02', '2020-04-02'],
    ['2021-04-22T16:19:46-04:00', '2021-04-22'],
    [' 2012-02-15T00:00:00 ', '2012-02-15'],
    ['2020-02-30', null],
    ['31/12/2020', null],
    ['2020-1-1', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['100', 100],
    [' 20276.9863 ', 20276.9863],
    ['-5', -5],
    ['1e3', 1000],
    ['', null],
    ['fifty', null],
    ['1,000', null],
    ['50%', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe('normaliseLanguage', () => {
  it.each([
    ['EN', 'en'],
    ['ENG', 'en'],
    ['fre', 'fr'],
    ['en-GB', 'en'],
    ['pt_BR', 'pt'],
  ])('brings %j to %j', (raw, code) => {
    expect(normaliseLanguage(raw)).toEqual({ code, twoLetter: true });
  });

  it('keeps an unmapped three-letter code, flagged', () => {
    expect(normaliseLanguage('XYZ')).toEqual({ code: 'xyz', twoLetter: false });
  });
});

describe('compareSdgCodes', () => {
  it('orders goals numerically and targets by goal, then number, then letter', () => {
    expect(['16.10', '3.A', '10', '16.2', '3.9', '2'].sort(compareSdgCodes)).toEqual(['2', '3.9', '3.A', '10', '16.2', '16.10']);
  });
});
