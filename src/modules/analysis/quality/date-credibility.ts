/**
 * Whether a published date can be believed. Publishers fill required date fields with sentinels
 * (1900-01-01, the Unix epoch, 9999-12-31) or type years wrongly; such dates must never place an
 * activity in time. Pure.
 */

/** Dates that systems write when they have none: spreadsheet and database zero dates, epochs, "forever". */
export const PLACEHOLDER_DATES: ReadonlySet<string> = new Set([
  '0001-01-01',
  '1753-01-01',
  '1899-12-30',
  '1899-12-31',
  '1900-01-01',
  '1901-01-01',
  '1970-01-01',
  '2099-12-31',
  '2999-12-31',
  '9999-12-31',
]);

/** Earliest and latest years an activity date may plausibly fall in. */
export const PLAUSIBLE_YEARS = { from: 1950, to: 2100 } as const;

export type DateProblem = 'PLACEHOLDER_DATE' | 'IMPLAUSIBLE_DATE';

/** Why `iso` (YYYY-MM-DD) cannot be believed, or null when it can. */
export function dateProblem(iso: string): DateProblem | null {
  if (PLACEHOLDER_DATES.has(iso)) return 'PLACEHOLDER_DATE';
  const year = Number(iso.slice(0, 4));
  if (!Number.isInteger(year) || year < PLAUSIBLE_YEARS.from || year > PLAUSIBLE_YEARS.to) return 'IMPLAUSIBLE_DATE';
  return null;
}

export function describeDateProblem(problem: DateProblem, iso: string): string {
  return problem === 'PLACEHOLDER_DATE'
    ? `${iso} is a placeholder date (a system default, not a real date)`
    : `${iso} is outside the plausible years ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to}`;
}
