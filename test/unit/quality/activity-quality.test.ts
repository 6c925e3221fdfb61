import { assessActivityQuality, qualityFlagsOf } from '../../../src/modules/analysis/quality/activity-quality';
import { isKnownCode } from '../../../src/codelists/codelists';
import { buildStoredActivity } from '../analysis/support/factories';

const flagsOf = (overrides: Parameters<typeof buildStoredActivity>[0]) =>
  qualityFlagsOf(assessActivityQuality(buildStoredActivity({ recipientCountries: [{ code: 'KE', percentage: null }], plannedStart: '2020-01-01', ...overrides }), { isKnownCode }));

describe('assessActivityQuality', () => {
  it('finds nothing wrong with a sound activity', () => {
    expect(flagsOf({})).toEqual([]);
  });

  it('flags a placeholder start and the missing usable date it leaves', () => {
    expect(flagsOf({ plannedStart: null, actualStart: '1900-01-01' })).toEqual(['PLACEHOLDER_DATE', 'NO_USABLE_DATE']);
  });

  it('flags an implausible date even when another date is used', () => {
    expect(flagsOf({ plannedEnd: '2999-01-01', status: '2' })).toEqual(['IMPLAUSIBLE_DATE']);
    expect(flagsOf({ plannedEnd: '9999-12-31', status: '2' })).toEqual(['PLACEHOLDER_DATE']);
    expect(flagsOf({ actualStart: '1901-06-01' })).toEqual(['IMPLAUSIBLE_DATE']);
  });

  it('flags an end before the start', () => {
    expect(flagsOf({ plannedEnd: '2019-01-01' })).toEqual(['END_BEFORE_START']);
  });

  it('flags an activity with neither country nor region', () => {
    expect(flagsOf({ recipientCountries: [] })).toEqual(['NO_COUNTRY_OR_REGION']);
  });

  it('flags country and sector shares that do not sum to 100', () => {
    const issues = assessActivityQuality(
      buildStoredActivity({
        plannedStart: '2020-01-01',
        recipientCountries: [{ code: 'KE', percentage: 60 }, { code: 'UG', percentage: 50 }],
        sectors: [{ vocabulary: '1', code: '15160', percentage: 70 }],
      }),
      { isKnownCode },
    );
    expect(issues.map((i) => [i.flag, i.message])).toEqual([
      ['COUNTRY_SHARES_NOT_100', 'country and region percentages sum to 110, not 100'],
      ['SECTOR_SHARES_NOT_100', 'sector percentages of vocabulary 1 sum to 70, not 100'],
    ]);
  });

  it('flags unknown codes and a missing title', () => {
    expect(flagsOf({ status: '9', plannedEnd: '2021-01-01', titles: [], recipientCountries: [{ code: 'ZZ', percentage: null }] })).toEqual(['UNKNOWN_CODE', 'MISSING_TITLE']);
  });
});
