import path from 'node:path';
import type { ActivityRecord } from '../../../src/modules/activity/activity.model';
import type { ParsedActivity } from '../../../src/ingest/iati';
import { iatiFixtures } from './support/paths';
import { parsedActivities } from './support/read-all';

// test/fixtures/iati/legacy-1.0x.xml: the IATI 1.0x forms still found in published files.
describe('IATI 1.0x forms', () => {
  let first: ParsedActivity;
  let record: ActivityRecord;
  let threeLetter: ActivityRecord;

  beforeAll(async () => {
    const items = await parsedActivities(path.join(iatiFixtures, 'legacy-1.0x.xml'));
    first = items[0] as ParsedActivity;
    record = first.record;
    threeLetter = (items[1] as ParsedActivity).record;
  });

  it('trims the identifier and reads organisation names written as plain text', () => {
    expect([record.iatiIdentifier, record.reportingOrg.name]).toEqual(['GB-1-123456', 'Department for International Development']);
  });

  it('maps textual roles Funding/Accountable/Extending/Implementing to 1–4', () => {
    expect(record.participatingOrgs.slice(0, 4).map((o) => o.role)).toEqual([1, 2, 3, 4]);
  });

  it('leaves an unknown textual role empty, with a warning', () => {
    expect(record.participatingOrgs[4]?.role).toBeNull();
    expect(first.warnings).toContainEqual(expect.objectContaining({ element: 'participating-org/@role', message: expect.stringContaining('"Sponsor"') }));
  });

  it('reads titles without narrative, upper-case xml:lang lower-cased', () => {
    expect(record.titles).toEqual([
      { lang: 'en', text: 'Access to justice programme' },
      { lang: 'fr', text: "Programme d'accès à la justice" },
    ]);
  });

  it('maps 1.0x date types and accepts a date-time or a text date', () => {
    expect([record.plannedStart, record.actualStart, record.plannedEnd, record.actualEnd]).toEqual([
      '2012-01-01',
      '2012-02-15',
      '2015-12-31',
      '2016-03-31',
    ]);
  });

  it('upper-cases country codes', () => {
    expect(record.recipientCountries).toEqual([{ code: 'UG', percentage: 60 }, { code: 'KE', percentage: 40 }]);
  });

  it('maps sector vocabularies "DAC" to 1 and "DAC-3" to 2', () => {
    expect(record.sectors).toEqual([
      { vocabulary: '1', code: '15130', percentage: 70 },
      { vocabulary: '2', code: '151', percentage: 30 },
    ]);
  });

  it('maps the policy-marker vocabulary "DAC" to 1', () => {
    expect(record.policyMarkers).toEqual([{ vocabulary: '1', code: '1', significance: '2' }]);
  });

  it('gives a budget without currency the default currency', () => {
    expect(record.budgets).toEqual([
      { type: '1', status: null, periodStart: '2012-01-01', periodEnd: '2012-12-31', currency: 'GBP', value: 500000 },
    ]);
  });

  it('sums lettered transactions: C as commitment, D and E as disbursement, per currency', () => {
    expect(record.commitments).toEqual([{ currency: 'GBP', value: 1000000 }]);
    expect(record.disbursements).toEqual([{ currency: 'GBP', value: 500000 }, { currency: 'USD', value: 10000.5 }]);
  });

  it('reads a 1.0x location name and coordinates', () => {
    expect(record.locations).toEqual([{ name: 'Gulu', point: { lat: 2.7724, lng: 32.2881 } }]);
  });

  it('maps three-letter languages to two letters ("ENG" → "en", "deu" → "de")', () => {
    expect([threeLetter.defaultLang, threeLetter.titles.map((t) => t.lang)]).toEqual(['en', ['en', 'de']]);
  });
});
