import type { ActivityRecord } from '../../activity/activity.model';
import { crediblePeriod } from './credible-period';

/**
 * What can be wrong with an activity's data, set when it is written to the mirror:
 * - PLACEHOLDER_DATE: a date is a system default (1900-01-01, 1970-01-01, 9999-12-31, …).
 * - IMPLAUSIBLE_DATE: a date lies before 1950 or after 2100.
 * - END_BEFORE_START: the credible end precedes the credible start.
 * - NO_USABLE_DATE: no credible start date: the activity cannot be placed in time.
 * - NO_END_DATE: no credible end date although the activity is not in implementation.
 * - NO_COUNTRY_OR_REGION: neither recipient country nor recipient region.
 * - COUNTRY_SHARES_NOT_100: country and region percentages are given and do not sum to 100.
 * - SECTOR_SHARES_NOT_100: the sector percentages of one vocabulary do not sum to 100.
 * - UNKNOWN_CODE: a code is not in its IATI codelist (kept as published).
 * - MISSING_TITLE: no title in any language.
 */
export const QUALITY_FLAGS = [
  'PLACEHOLDER_DATE',
  'IMPLAUSIBLE_DATE',
  'END_BEFORE_START',
  'NO_USABLE_DATE',
  'NO_END_DATE',
  'NO_COUNTRY_OR_REGION',
  'COUNTRY_SHARES_NOT_100',
  'SECTOR_SHARES_NOT_100',
  'UNKNOWN_CODE',
  'MISSING_TITLE',
] as const;

export type QualityFlag = (typeof QUALITY_FLAGS)[number];

/** One problem: which flag, which field, in words. */
export interface QualityIssue {
  flag: QualityFlag;
  field: string;
  message: string;
}

/** Flags that make an activity's period untrustworthy: it never makes a time overlap. */
export const DATE_FLAGS: ReadonlySet<QualityFlag> = new Set(['PLACEHOLDER_DATE', 'IMPLAUSIBLE_DATE', 'END_BEFORE_START', 'NO_USABLE_DATE', 'NO_END_DATE']);

/** The codelists an activity's codes are checked against. */
export type QualityCodelist = 'ActivityStatus' | 'Country' | 'Region' | 'Sector' | 'SectorCategory' | 'UNSDG-Goals' | 'UNSDG-Targets' | 'OrganisationRole';

export interface QualityOptions {
  isKnownCode: (list: QualityCodelist, code: string) => boolean;
}

/** Tolerance of a percentage sum, as IATI publishers round each share. */
const SHARE_TOLERANCE = 1;

const SECTOR_CODELIST: Readonly<Record<string, QualityCodelist>> = { '1': 'Sector', '2': 'SectorCategory', '7': 'UNSDG-Goals', '8': 'UNSDG-Targets' };

type QualityInput = Pick<
  ActivityRecord,
  'titles' | 'status' | 'plannedStart' | 'actualStart' | 'plannedEnd' | 'actualEnd' | 'recipientCountries' | 'recipientRegions' | 'sectors' | 'participatingOrgs'
>;

/** Every quality problem of an activity, in QUALITY_FLAGS order, then by field. Pure. */
export function assessActivityQuality(record: QualityInput, options: QualityOptions): QualityIssue[] {
  const issues: QualityIssue[] = [...dateIssues(record), ...placeIssues(record), ...codeIssues(record, options)];
  if (!record.titles.some((t) => t.text.trim() !== '')) issues.push({ flag: 'MISSING_TITLE', field: 'title', message: 'no title in any language' });
  const order = new Map(QUALITY_FLAGS.map((f, i) => [f, i]));
  return issues.sort((a, b) => order.get(a.flag)! - order.get(b.flag)! || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/** The distinct flags of a list of issues, in QUALITY_FLAGS order. */
export function qualityFlagsOf(issues: readonly QualityIssue[]): QualityFlag[] {
  const present = new Set(issues.map((i) => i.flag));
  return QUALITY_FLAGS.filter((f) => present.has(f));
}

function dateIssues(record: QualityInput): QualityIssue[] {
  const period = crediblePeriod(record);
  const issues: QualityIssue[] = period.discarded
    .filter((d) => d.problem !== 'NOT_A_DATE')
    .map((d) => ({ flag: d.problem as QualityFlag, field: d.field, message: `${d.message}; not used` }));
  if (!period.ok) {
    const flag: QualityFlag = period.reason === 'NO_USABLE_START' ? 'NO_USABLE_DATE' : period.reason;
    issues.push({ flag, field: 'period', message: period.detail });
  }
  return issues;
}

function placeIssues(record: QualityInput): QualityIssue[] {
  if (record.recipientCountries.length === 0 && record.recipientRegions.length === 0) {
    return [{ flag: 'NO_COUNTRY_OR_REGION', field: 'recipientCountries', message: 'neither recipient country nor recipient region' }];
  }
  const issues: QualityIssue[] = [];
  const shares = [...record.recipientCountries, ...record.recipientRegions].map((s) => s.percentage);
  const sum = shareSum(shares);
  if (sum !== null && Math.abs(sum - 100) > SHARE_TOLERANCE) {
    issues.push({ flag: 'COUNTRY_SHARES_NOT_100', field: 'recipientCountries', message: `country and region percentages sum to ${round2(sum)}, not 100` });
  }
  const byVocabulary = new Map<string, (number | null)[]>();
  for (const s of record.sectors) byVocabulary.set(s.vocabulary, [...(byVocabulary.get(s.vocabulary) ?? []), s.percentage]);
  for (const [vocabulary, values] of byVocabulary) {
    const total = shareSum(values);
    if (total !== null && Math.abs(total - 100) > SHARE_TOLERANCE) {
      issues.push({ flag: 'SECTOR_SHARES_NOT_100', field: `sectors[vocabulary=${vocabulary}]`, message: `sector percentages of vocabulary ${vocabulary} sum to ${round2(total)}, not 100` });
    }
  }
  return issues;
}

/**
 * Sum of the shares when they can be checked: several shares, at least one percentage given.
 * A single share without a percentage means 100 %; a missing one among others counts 0.
 */
function shareSum(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.every((v) => v === null)) return null;
  if (values.length === 1 && values[0] === null) return null;
  return values.reduce<number>((sum, v) => sum + (v !== null && Number.isFinite(v) ? v : 0), 0);
}

function codeIssues(record: QualityInput, { isKnownCode }: QualityOptions): QualityIssue[] {
  const issues: QualityIssue[] = [];
  const unknown = (field: string, list: QualityCodelist, code: string) =>
    issues.push({ flag: 'UNKNOWN_CODE', field, message: `"${code}" is not in the IATI ${list} codelist` });
  if (record.status !== null && !isKnownCode('ActivityStatus', record.status)) unknown('status', 'ActivityStatus', record.status);
  for (const c of record.recipientCountries) if (!isKnownCode('Country', c.code)) unknown('recipientCountries', 'Country', c.code);
  for (const r of record.recipientRegions) if ((r.vocabulary === '1' || r.vocabulary === '') && !isKnownCode('Region', r.code)) unknown('recipientRegions', 'Region', r.code);
  for (const s of record.sectors) {
    const list = SECTOR_CODELIST[s.vocabulary];
    if (list && !isKnownCode(list, s.vocabulary === '8' ? s.code.toUpperCase() : s.code)) unknown('sectors', list, s.code);
  }
  for (const p of record.participatingOrgs) if (p.role !== null && !isKnownCode('OrganisationRole', String(p.role))) unknown('participatingOrgs', 'OrganisationRole', String(p.role));
  return issues;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
