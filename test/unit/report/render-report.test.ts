import { renderReport } from '../../../src/modules/report/render';
import type { ReportFormat } from '../../../src/modules/report/overlap-report.model';
import { sampleModel } from '../../fixtures/report/sample-model';

describe('renderReport', () => {
  it.each<[ReportFormat, string, string]>([
    ['md', 'text/markdown; charset=utf-8', '# Overlap report'],
    ['csv', 'text/csv; charset=utf-8; header=present', '\uFEFFRank,Overlap ID'],
    ['html', 'text/html; charset=utf-8', '<!doctype html>'],
  ])('renders %s as text with its content type and extension', async (format, contentType, start) => {
    const report = await renderReport(sampleModel, format);
    expect([report.contentType, report.extension, typeof report.body, String(report.body).startsWith(start)]).toEqual([contentType, format, 'string', true]);
  });

  it('renders xlsx as a zip buffer', async () => {
    const report = await renderReport(sampleModel, 'xlsx');
    expect([report.contentType, report.extension, Buffer.isBuffer(report.body), (report.body as Buffer).subarray(0, 2).toString()]).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'xlsx',
      true,
      'PK',
    ]);
  });

  it('rejects an unknown format with BAD_USER_INPUT', async () => {
    await expect(renderReport(sampleModel, 'pdf' as ReportFormat)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'format' } });
  });
});
