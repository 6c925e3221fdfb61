import { readFileSync } from 'node:fs';
import type { ActivityRecord } from '../../../src/modules/activity/activity.model';
import type { ParsedActivity } from '../../../src/ingest/iati';
import { annotatedExample } from './support/paths';
import { collect, parsedActivities, readXml } from './support/read-all';

// The official IATI 2.03 annotated example (one fictitious activity in en, fr, es).
describe('IATI annotated activity example', () => {
  let parsed: ParsedActivity;
  let record: ActivityRecord;

  beforeAll(async () => {
    [parsed] = (await parsedActivities(annotatedExample)) as [ParsedActivity];
    record = parsed.record;
  });

  it('reads identifier, reporting org, default language and currency', () => {
    expect(record).toMatchObject({
      iatiIdentifier: 'AA-AAA-123456789-ABC123',
      reportingOrg: { ref: 'AA-AAA-123456789', name: 'Organisation name', type: '40' },
      defaultLang: 'en',
      defaultCurrency: 'USD',
    });
  });

  it('reads the title in English, French and Spanish', () => {
    expect(record.titles).toEqual([
      { lang: 'en', text: 'Activity title' },
      { lang: 'fr', text: "Titre de l'activité" },
      { lang: 'es', text: 'Título de la actividad' },
    ]);
  });

  it('reads descriptions of every type in every language', () => {
    expect(record.descriptions.map((d) => `${d.type}/${d.lang}`)).toEqual(['1/en', '1/fr', '2/en', '2/fr', '3/en', '3/fr']);
  });

  it('reads status and dates', () => {
    expect(record).toMatchObject({
      status: '2',
      plannedStart: '2012-04-15',
      actualStart: '2012-04-28',
      plannedEnd: '2015-12-31',
      actualEnd: null,
    });
  });

  it('reads participating organisations with roles and names in the default language', () => {
    expect(record.participatingOrgs).toEqual([
      { ref: 'BB-BBB-123456789', name: 'Name of Agency B', type: '40', role: 1 },
      { ref: 'CC-CCC-123456789', name: 'Name of Agency C', type: '10', role: 2 },
      { ref: 'AA-AAA-123456789', name: 'Name of Agency A', type: '21', role: 3 },
    ]);
  });

  it('reads recipient countries and regions with percentages', () => {
    expect(record.recipientCountries).toEqual([{ code: 'AF', percentage: 25 }, { code: 'AG', percentage: 25 }]);
    expect(record.recipientRegions).toEqual([
      { code: '489', vocabulary: '1', percentage: 25 },
      { code: 'A1', vocabulary: '99', percentage: 25 },
    ]);
  });

  it('reads sectors of every vocabulary', () => {
    expect(record.sectors).toEqual([
      { vocabulary: '2', code: '111', percentage: 50 },
      { vocabulary: '2', code: '112', percentage: 50 },
      { vocabulary: '99', code: 'A1', percentage: 100 },
    ]);
  });

  it('takes no SDG from tags of other vocabularies (vocabulary 1 is AGROVOC)', () => {
    expect([record.sdgGoals, record.sdgTargets]).toEqual([[], []]);
  });

  it('reads policy markers with significance', () => {
    expect(record.policyMarkers).toEqual([
      { vocabulary: '1', code: '2', significance: '3' },
      { vocabulary: '1', code: '9', significance: '4' },
      { vocabulary: '99', code: 'A1', significance: '3' },
    ]);
  });

  it('reads the budget with its own currency', () => {
    expect(record.budgets).toEqual([
      { type: '1', status: '1', periodStart: '2014-01-01', periodEnd: '2014-12-31', currency: 'EUR', value: 3000 },
    ]);
  });

  it('does not count incoming funds (type 1) as commitment or disbursement', () => {
    expect([record.commitments, record.disbursements]).toEqual([[], []]);
  });

  it('sums the same transaction as a disbursement when its type is 3', async () => {
    const xml = readFileSync(annotatedExample, 'utf8').replace('<transaction-type code="1" />', '<transaction-type code="3" />');
    const [item] = (await collect(readXml(xml))) as [ParsedActivity];
    expect(item.record.disbursements).toEqual([{ currency: 'EUR', value: 1000 }]);
  });

  it('reads humanitarian flag and last-updated-datetime', () => {
    expect(record).toMatchObject({ humanitarian: true, lastUpdated: '2014-09-10T07:15:37Z' });
  });

  it('reads locations with their names and points', () => {
    expect(record.locations).toEqual([
      { name: 'Location name', point: { lat: 31.616944, lng: 65.716944 } },
      { name: 'Location #2 name', point: { lat: 11.55, lng: 104.9167 } },
    ]);
  });

  it('reports the line of the activity, its IATI version and no warning', () => {
    expect(parsed).toMatchObject({ line: 8, iatiVersion: '2.03', warnings: [] });
  });
});
