import { EMPTY_FIELDS, type OhchrActivityFields, fieldsOf, toOhchrRecord } from '../../../src/modules/ohchr/ohchr.fields';
import { changedFields } from '../../../src/modules/ohchr/ohchr.changes';
import { applyChanges, validateOhchrFields } from '../../../src/modules/ohchr/ohchr.validation';

const fields: OhchrActivityFields = {
  ...EMPTY_FIELDS,
  identifier: 'OHCHR-UG-2024-07',
  titleEn: 'Torture prevention',
  titleFr: 'Prévention de la torture',
  status: '2',
  plannedStart: '2024-01-01',
  plannedEnd: '2024-12-31',
  countries: [{ code: 'UG', percentage: 100 }],
  sectors: [{ code: '15160', percentage: null }],
  sdgTargets: ['16.3'],
  participatingOrgs: [{ ref: 'XM-DAC-41114', role: 4 }],
  budget: { value: 1000, currency: 'USD' },
  internalNotes: 'note',
};

describe('OHCHR activity fields', () => {
  it('survive the trip to a record and back', () => {
    const record = toOhchrRecord(fields, '2024-05-01T00:00:00.000Z');
    expect(fieldsOf(record, fields.restricted, fields.internalNotes)).toEqual(fields);
  });

  it('make the same record the CSV importer makes (OHCHR accountable, SDG goals derived)', () => {
    const record = toOhchrRecord(fields, '2024-05-01T00:00:00.000Z');
    expect({ orgs: record.participatingOrgs.map((o) => [o.ref, o.role]), goals: record.sdgGoals, lastUpdated: record.lastUpdated }).toEqual({
      orgs: [
        ['XM-DAC-41313', 2],
        ['XM-DAC-41114', 4],
      ],
      goals: ['16'],
      lastUpdated: '2024-05-01T00:00:00.000Z',
    });
  });
});

describe('validateOhchrFields', () => {
  it('accepts valid fields and normalises codes', () => {
    const result = validateOhchrFields({ ...fields, countries: [{ code: ' ug ', percentage: null }], budget: { value: 5, currency: 'usd' } });
    expect(result.ok && [result.fields.countries[0]!.code, result.fields.budget!.currency]).toEqual(['UG', 'USD']);
  });

  it('names each problem by its input path', () => {
    const result = validateOhchrFields({ ...fields, countries: [{ code: 'UG', percentage: null }, { code: 'UG', percentage: 150 }] });
    expect(result.ok ? [] : result.fieldErrors).toEqual([
      { field: 'countries.1.percentage', message: 'must be 0–100' },
      { field: 'countries.1', message: 'repeats country "UG"' },
    ]);
  });

  it('says a cleared required title is required', () => {
    const result = validateOhchrFields(applyChanges(fields, { titleEn: null }));
    expect(result.ok ? [] : result.fieldErrors).toEqual([{ field: 'titleEn', message: 'is required' }]);
  });
});

describe('applyChanges', () => {
  it('keeps fields left out, replaces given ones, and clears lists given as null', () => {
    const next = applyChanges(fields, { titleEn: 'New', sectors: null, status: undefined });
    expect([next.titleEn, next.sectors, next.status]).toEqual(['New', [], '2']);
  });
});

describe('changedFields', () => {
  it('lists the fields that differ with before and after', () => {
    expect(changedFields(fields, { ...fields, status: '3', internalNotes: null })).toEqual([
      { field: 'status', before: '2', after: '3' },
      { field: 'internalNotes', before: 'note', after: null },
    ]);
  });

  it('lists every field given a value on creation', () => {
    expect(changedFields(null, { ...EMPTY_FIELDS, identifier: 'X', titleEn: 'T', countries: [{ code: 'KE', percentage: null }] }).map((c) => c.field)).toEqual([
      'identifier',
      'titleEn',
      'countries',
      'humanitarian',
      'restricted',
    ]);
  });
});
