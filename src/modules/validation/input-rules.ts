import { dayNumber } from '../analysis/period';
import { dateProblem, describeDateProblem } from '../analysis/quality/date-credibility';

/**
 * Rules every boundary applies to the same kind of value (UHRI files, the OHCHR CSV, mutation
 * inputs, GraphQL filters). Each returns the problem in words, or null when the value is fine.
 */

/** A real calendar date YYYY-MM-DD, neither a placeholder nor implausible. */
export function dateInputProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || dayNumber(value) === null) return `"${value}" is not a calendar date YYYY-MM-DD`;
  const problem = dateProblem(value);
  return problem ? describeDateProblem(problem, value) : null;
}

/** IATI organisation identifier: registration agency prefix and identifier, e.g. XM-DAC-41114, GB-COH-01234567. */
const ORG_IDENTIFIER = /^[A-Z]{2}-[A-Za-z0-9]+(?:-[A-Za-z0-9._()/]+)+$/;

export function orgIdentifierProblem(value: string): string | null {
  return ORG_IDENTIFIER.test(value.trim()) ? null : `"${value}" is not an IATI organisation identifier (agency prefix and number, e.g. XM-DAC-41114)`;
}

/**
 * Percentages of one list (countries, sectors) together at most 100 %. A share outside 0–100 is
 * the item's own problem (reported by its field), so the sum is then not checked.
 */
export function sharesProblem(shares: readonly (number | null)[]): string | null {
  const given = shares.filter((s): s is number => s !== null);
  if (given.some((s) => !Number.isFinite(s) || s < 0 || s > 100)) return null;
  const total = given.reduce((sum, s) => sum + s, 0);
  return total > 100.0001 ? `shares sum to ${Math.round(total * 100) / 100} %; at most 100 %` : null;
}

/** A UN document symbol: parts separated by "/", no spaces, e.g. CRC/C/KEN/CO/3-5, A/HRC/35/10. */
const DOCUMENT_SYMBOL = /^[A-Z][A-Za-z0-9.()\-]*(?:\/[A-Za-z0-9.()\-]+)+$/;

export function documentSymbolProblem(value: string): string | null {
  return DOCUMENT_SYMBOL.test(value.trim()) ? null : `"${value}" is not a UN document symbol (e.g. CRC/C/KEN/CO/3-5)`;
}
