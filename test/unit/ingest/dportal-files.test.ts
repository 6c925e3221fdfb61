import { scanIatiFile } from '../../../src/ingest/iati';
import { dportalFiles } from './support/paths';

// Activity counts per reporting organisation, as listed in data/sample/SOURCES.md.
describe('d-portal sample files', () => {
  it('reads the UNDP file: 100 activities, all XM-DAC-41114', async () => {
    const scan = await scanIatiFile(dportalFiles.undp);
    expect(scan.byReportingOrg).toEqual({ 'XM-DAC-41114': 100 });
  });

  it('reads the Denmark/UNDP/IFAD file: 56 Danida, 36 UNDP, 8 IFAD', async () => {
    const scan = await scanIatiFile(dportalFiles.denmark);
    expect(scan.byReportingOrg).toEqual({ 'XM-DAC-3-1': 56, 'XM-DAC-41114': 36, 'XM-DAC-41108': 8 });
  });

  it('reads the FAO/UNIDO/UNICEF/UN Women/WFP/UNRWA file: 38/30/16/12/3/1', async () => {
    const scan = await scanIatiFile(dportalFiles.agencies);
    expect(scan.byReportingOrg).toEqual({
      'XM-DAC-41301': 38,
      'XM-DAC-41123': 30,
      'XM-DAC-41122': 16,
      'XM-DAC-41146': 12,
      'XM-DAC-41140': 3,
      'XM-DAC-41130': 1,
    });
  });

  it('reads the WHO file: 100 activities, all XM-DAC-928, despite its schema errors', async () => {
    const scan = await scanIatiFile(dportalFiles.who);
    expect(scan.byReportingOrg).toEqual({ 'XM-DAC-928': 100 });
  });

  it('reads the food-security fixture: 7 activities', async () => {
    const scan = await scanIatiFile(dportalFiles.foodsecurity);
    expect(scan.activities).toBe(7);
  });

  it('skips no activity in any sample file', async () => {
    const scans = await Promise.all(Object.values(dportalFiles).map((file) => scanIatiFile(file)));
    expect(scans.flatMap((scan) => scan.skipped)).toEqual([]);
  });
});
