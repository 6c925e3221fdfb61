import path from 'node:path';
import type { ParsedActivity, SkippedActivity } from '../../../src/ingest/iati';
import { dportalFiles, iatiFixtures } from './support/paths';
import { parsedActivities, skippedActivities } from './support/read-all';

describe('WHO sector code written in the narrative', () => {
  let first: ParsedActivity;

  beforeAll(async () => {
    [first] = (await parsedActivities(dportalFiles.who)) as [ParsedActivity];
  });

  it('recovers the DAC code from the narrative text', () => {
    expect(first.record.sectors).toEqual([{ vocabulary: '1', code: '72010', percentage: null }]);
  });

  it('warns at the sector line, naming the activity and its line', () => {
    expect(first.warnings).toEqual([
      {
        element: 'transaction/sector/@code',
        line: 121,
        message: expect.stringMatching(/DAC code 72010 .*XM-DAC-928-DJ-2020-21-13\.003\.EM01\.DJI03 at line 3\b/),
      },
    ]);
  });

  it('sums commitments and disbursements from the transactions', () => {
    expect([first.record.commitments, first.record.disbursements]).toEqual([
      [{ currency: 'USD', value: 38000 }],
      [{ currency: 'USD', value: 37999.73 }],
    ]);
  });
});

describe('codes outside the codelists (lenient-codes.xml)', () => {
  const file = path.join(iatiFixtures, 'lenient-codes.xml');
  let parsed: ParsedActivity;
  let skipped: SkippedActivity[];
  const warningAbout = (element: string): unknown =>
    expect.arrayContaining([expect.objectContaining({ element, line: expect.any(Number) })]);

  beforeAll(async () => {
    [parsed] = (await parsedActivities(file)) as [ParsedActivity];
    skipped = await skippedActivities(file);
  });

  it('keeps an unknown country code', () => {
    expect(parsed.record.recipientCountries[0]).toEqual({ code: 'QQ', percentage: 50 });
  });

  it('warns about the unknown country code with its line', () => {
    expect(parsed.warnings).toContainEqual({ element: 'recipient-country/@code', line: 11, message: 'unknown country code "QQ" (kept)' });
  });

  it('empties a non-numeric percentage, with a warning', () => {
    expect(parsed.record.recipientCountries[1]).toEqual({ code: 'KE', percentage: null });
    expect(parsed.warnings).toEqual(warningAbout('recipient-country/@percentage'));
  });

  it('keeps an unknown DAC sector code, with a warning', () => {
    expect(parsed.record.sectors).toEqual([{ vocabulary: '1', code: '99999', percentage: 100 }]);
    expect(parsed.warnings).toEqual(warningAbout('sector/@code'));
  });

  it('keeps an unknown status, role and SDG target, each with a warning', () => {
    expect([parsed.record.status, parsed.record.participatingOrgs[0]?.role, parsed.record.sdgTargets]).toEqual(['9', 7, ['16.99']]);
    for (const element of ['activity-status/@code', 'participating-org/@role', 'tag/@code']) {
      expect(parsed.warnings).toEqual(warningAbout(element));
    }
  });

  it('skips activities without identifier or reporting-org/@ref, with reasons and lines', () => {
    expect(skipped).toEqual([
      { skipped: { reason: 'missing iati-identifier', line: 16, iatiIdentifier: null } },
      { skipped: { reason: 'missing reporting-org/@ref', line: 20, iatiIdentifier: 'XX-NO-REPORTER' } },
    ]);
  });
});
