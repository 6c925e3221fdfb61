import { createHash } from 'node:crypto';
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

  it('is the sha256 of the record\'s JSON with object keys sorted at every depth', () => {
    const record = { titles: [{ text: 'Water', lang: 'en' }], iatiIdentifier: 'XM-1', budgets: [{ value: 10, currency: 'USD' }], status: null } as unknown as ActivityRecord;
    const canonical = '{"budgets":[{"currency":"USD","value":10}],"iatiIdentifier":"XM-1","status":null,"titles":[{"lang":"en","text":"Water"}]}';
    expect(activityContentHash(record)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('is the same for every activity of a file read a second time, by a separate reading', () => {
    expect(second).not.toBe(first);
    expect(second.map(activityContentHash)).toEqual(first.map(activityContentHash));
  });

  it('does not depend on the order of keys inside nested objects', () => {
    const record = first[0] as ActivityRecord;
    const reorder = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reorder) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)])) : value;
    const reordered = reorder(record) as ActivityRecord;
    expect(Object.keys(reordered.reportingOrg)).not.toEqual(Object.keys(record.reportingOrg));
    expect(activityContentHash(reordered)).toBe(activityContentHash(record));
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
