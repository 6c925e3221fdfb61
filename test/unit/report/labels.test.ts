import { heatLegend, heatLevel, heatmapLookup, maxActivityCount } from '../../../src/modules/report/render/heatmap';
import { dateTimeText, filterText, orgText, overlapHeadline, periodText, scorePercent } from '../../../src/modules/report/render/labels';
import { OVERLAP, sampleModel } from '../../fixtures/report/sample-model';

describe('report labels', () => {
  it('writes a period with open ends in words', () => {
    expect([periodText({ start: '2023-07-01', end: null }), periodText({ start: null, end: '2024-06-30' })]).toEqual([
      '2023-07-01 – open-ended',
      'unknown start – 2024-06-30',
    ]);
  });

  it('writes a score as a whole percentage', () => {
    expect([scorePercent(0.82), scorePercent(0.415), scorePercent(1)]).toEqual(['82%', '42%', '100%']);
  });

  it('writes a date-time in UTC to the minute', () => {
    expect(dateTimeText('2025-02-20T17:05:00+03:00')).toBe('2025-02-20 14:05 UTC');
  });

  it('names an organisation with its IATI identifier', () => {
    expect(orgText({ ref: 'XM-DAC-41114', label: 'UNDP' })).toBe('UNDP (XM-DAC-41114)');
  });

  it('describes an overlap by organisations, countries and themes', () => {
    expect(overlapHeadline(OVERLAP.ugGbv)).toBe('UN Women × UNFPA in Uganda on Gender-based violence');
  });

  it('describes the filter in one line', () => {
    expect(filterText({ countries: [], from: '2024-01-01', to: null })).toBe('Countries: all countries · Period: 2024-01-01 – any end');
  });
});

describe('heatmap levels', () => {
  it('puts zero in level 0 and the busiest cell in level 4', () => {
    expect([heatLevel(0, 8), heatLevel(1, 8), heatLevel(3, 8), heatLevel(8, 8)]).toEqual([0, 1, 2, 4]);
  });

  it('gives each legend step the counts that fall in it', () => {
    expect(heatLegend(9)).toEqual([
      { level: 1, from: 1, to: 2 },
      { level: 2, from: 3, to: 4 },
      { level: 3, from: 5, to: 6 },
      { level: 4, from: 7, to: 9 },
    ]);
  });

  it('leaves out legend steps no whole count falls in', () => {
    expect(heatLegend(2).map((step) => [step.level, step.from, step.to])).toEqual([
      [2, 1, 1],
      [4, 2, 2],
    ]);
  });

  it('agrees with heatLevel for every count', () => {
    for (const max of [1, 2, 5, 9, 40]) {
      for (const step of heatLegend(max)) for (let n = step.from; n <= step.to; n++) expect(heatLevel(n, max)).toBe(step.level);
    }
  });

  it('finds cells by country and theme, null where there is none', () => {
    const at = heatmapLookup(sampleModel.heatmap);
    expect([at('KE', 'administration-of-justice')?.activityCount, at('KE', 'labour-rights'), maxActivityCount(sampleModel.heatmap)]).toEqual([8, null, 8]);
  });
});
