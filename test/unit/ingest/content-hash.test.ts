import type { ActivityRecord } from '../../../src/modules/activity/activity.model';
import { activityContentHash, canonicalJson } from '../../../src/ingest/iati';
import { dportalFiles } from './support/paths';
import { parsedActivities } from './support/read-all';

describe('activityContentHash', () => {
  let first: ActivityRecord[];
  let second: ActivityRecord[];

  beforeAll(async () => {
    first = (await parsedActivities(dportalFiles.denmark)).map((a) => a.record);
    second = (await parsedActivities(dportalFiles.denmark)).map((a) => a.record);
  });

  it('is a sha256 hex digest', () => {
    expect(activityContentHash(first[0] as ActivityRecord)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for every activity read twice', () => {
    expect(second.map(activityContentHash)).toEqual(first.map(activityContentHash));
  });

  it('differs between different activities of a file', () => {
    expect(new Set(first.map(activityContentHash)).size).toBe(first.length);
  });

  it('changes when a field changes', () => {
    const record = first[0] as ActivityRecord;
    const changed: ActivityRecord = { ...record, titles: [...record.titles, { lang: 'fr', text: 'Titre' }] };
    expect(activityContentHash(changed)).not.toBe(activityContentHash(record));
  });

  it('changes when a nested value changes', () => {
    const record = first[0] as ActivityRecord;
    const changed = structuredClone(record);
    changed.reportingOrg.type = '99';
    expect(activityContentHash(changed)).not.toBe(activityContentHash(record));
  });

  it('does not depend on the order of object keys', () => {
    const record = first[0] as ActivityRecord;
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as unknown as ActivityRecord;
    expect(activityContentHash(reversed)).toBe(activityContentHash(record));
  });

  it('keeps array order (document order is significant)', () => {
    expect(canonicalJson({ b: [2, 1], a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":[2,1]}');
  });
});
